import type { Dispatch } from 'react';
import { CrisisPanel } from '@/components/CrisisPanel';
import type { Lang } from '@/lib/detect/language';
import { t } from '@/lib/i18n';
import type { RecordAction } from '@/lib/reframe/record-state';
import { ListEditor } from './ListEditor';

/** Step 3: what supports the thought and what doesn't fit it. */
export function FactsStep({
  evidenceFor,
  evidenceAgainst,
  crisis,
  lang,
  dispatch,
}: {
  evidenceFor: readonly string[];
  evidenceAgainst: readonly string[];
  crisis: boolean;
  lang: Lang;
  dispatch: Dispatch<RecordAction>;
}) {
  return (
    <section aria-labelledby="s3" className="step">
      <h2 id="s3">{t('reframe_factsTitle')}</h2>
      <p className="muted">{t('reframe_factsIntro')}</p>
      <div className="two">
        <ListEditor
          label={t('reframe_factsFor')}
          items={evidenceFor}
          onAdd={(item) => dispatch({ type: 'addEvidence', side: 'for', item })}
          onRemove={(index) => dispatch({ type: 'removeEvidence', side: 'for', index })}
          testId="facts-for"
        />
        <ListEditor
          label={t('reframe_factsAgainst')}
          items={evidenceAgainst}
          onAdd={(item) => dispatch({ type: 'addEvidence', side: 'against', item })}
          onRemove={(index) => dispatch({ type: 'removeEvidence', side: 'against', index })}
          testId="facts-against"
        />
      </div>
      {crisis && <CrisisPanel lang={lang} />}
    </section>
  );
}
