import type { Dispatch } from 'react';
import { CrisisPanel } from '@/components/CrisisPanel';
import { useLimit } from '@/components/hooks/useLimit';
import type { RejectionKind, TrapId } from '@/lib/db/types';
import type { Lang } from '@/lib/detect/language';
import { t } from '@/lib/i18n';
import type { RecordAction } from '@/lib/reframe/record-state';
import { startersFor } from '@/lib/reframe/starters';
import { BeliefSlider } from './BeliefSlider';

/** Step 6: the balanced thought (with starters), the belief after, and saving. */
export function ReframeStep({
  inPlay,
  kind,
  reframe,
  beliefBefore,
  beliefAfter,
  saved,
  status,
  crisis,
  lang,
  dispatch,
  onSave,
  onReset,
}: {
  /** The traps the starters answer, first ones first. */
  inPlay: readonly TrapId[];
  kind: RejectionKind | undefined;
  reframe: string;
  beliefBefore: number;
  beliefAfter: number | undefined;
  /** A record has been saved, so "another" can start afresh. */
  saved: boolean;
  status: string;
  crisis: boolean;
  lang: Lang;
  dispatch: Dispatch<RecordAction>;
  onSave: () => void;
  onReset: () => void;
}) {
  const reframeLimit = useLimit('thought', (text) => dispatch({ type: 'setReframe', text }));
  return (
    <section aria-labelledby="s6" className="step">
      <h2 id="s6">{t('reframe_reframeTitle')}</h2>
      <p className="muted">{t('reframe_reframeIntro')}</p>
      <fieldset className="row starters">
        <legend className="small muted">{t('reframe_startersLabel')}</legend>
        {startersFor(inPlay, 2, kind).map((key) => (
          <button
            type="button"
            key={key}
            className="starter"
            onClick={() => {
              dispatch({ type: 'addStarter', starter: t(key) });
              document.getElementById('reframe')?.focus();
            }}
          >
            {t(key).replace(/\s+$/, '…')}
          </button>
        ))}
      </fieldset>
      <label htmlFor="reframe">{t('reframe_reframeLabel')}</label>
      <textarea id="reframe" rows={4} value={reframe} {...reframeLimit.field} />
      {reframeLimit.note}
      {crisis && <CrisisPanel lang={lang} />}
      <BeliefSlider
        label={t('reframe_beliefAfter')}
        value={beliefAfter ?? beliefBefore}
        onChange={(value) => dispatch({ type: 'setBeliefAfter', value })}
        testId="belief-after"
      />
      <div className="row">
        <button type="button" className="primary" onClick={onSave}>
          {t('reframe_save')}
        </button>
        {saved && (
          <button type="button" onClick={onReset}>
            {t('reframe_another')}
          </button>
        )}
      </div>
      <p role="status" data-testid="save-status">
        {status}
      </p>
    </section>
  );
}
