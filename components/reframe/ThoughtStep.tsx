import type { Dispatch } from 'react';
import { CrisisPanel } from '@/components/CrisisPanel';
import { FeelingPicker } from '@/components/FeelingPicker';
import { feelingLabel } from '@/components/feelingLabel';
import { useLimit } from '@/components/hooks/useLimit';
import { KindSelect } from '@/components/KindSelect';
import type { RejectionKind } from '@/lib/db/types';
import type { Lang } from '@/lib/detect/language';
import { t } from '@/lib/i18n';
import type { RecordAction } from '@/lib/reframe/record-state';
import { BeliefSlider } from './BeliefSlider';

/** Step 1: the thought, how much it is believed, the feelings and the kind of rejection. */
export function ThoughtStep({
  cut,
  text,
  beliefBefore,
  words,
  kind,
  kindsFirst,
  crisis,
  lang,
  dispatch,
}: {
  /** The hand-off was cut to fit. */
  cut: boolean;
  text: string;
  beliefBefore: number;
  words: readonly string[];
  kind: RejectionKind | undefined;
  kindsFirst: readonly RejectionKind[] | undefined;
  crisis: boolean;
  lang: Lang;
  dispatch: Dispatch<RecordAction>;
}) {
  const textLimit = useLimit('thought', (text) => dispatch({ type: 'setText', text }));
  return (
    <section aria-labelledby="s1" className="step">
      <h2 id="s1">{t('reframe_thoughtTitle')}</h2>
      {cut && (
        <p className="note" data-testid="cut-note">
          {t('reframe_cutNote')}
        </p>
      )}
      <label htmlFor="thought">{t('reframe_thoughtLabel')}</label>
      <textarea
        id="thought"
        value={text}
        rows={3}
        placeholder={t('reframe_thoughtPlaceholder')}
        {...textLimit.field}
      />
      {textLimit.note}
      {crisis && <CrisisPanel lang={lang} />}
      <BeliefSlider
        label={t('reframe_beliefBefore')}
        value={beliefBefore}
        onChange={(value) => dispatch({ type: 'setBeliefBefore', value })}
        testId="belief-before"
      />
      <FeelingPicker
        label={t('reframe_feelingsLabel')}
        placeholder={t('reframe_feelingsPlaceholder')}
        exclude={words}
        onPick={(word) => dispatch({ type: 'addWord', word })}
      />
      {words.length > 0 && (
        <ul className="chips" aria-label={t('reframe_feelingsChosen')}>
          {words.map((w) => (
            <li key={w}>
              {feelingLabel(w)}
              <button
                type="button"
                className="link"
                aria-label={t('reframe_removeWord', feelingLabel(w))}
                onClick={() => dispatch({ type: 'removeWord', word: w })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <KindSelect
        value={kind}
        onChange={(kind) => dispatch({ type: 'setKind', kind })}
        first={kindsFirst}
        label={t('reframe_kindLabel')}
      />
    </section>
  );
}
