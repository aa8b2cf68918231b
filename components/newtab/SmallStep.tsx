import { type RefObject, useState } from 'react';
import { useCrisisCheck } from '@/components/hooks/useCrisisCheck';
import { useLimit } from '@/components/hooks/useLimit';
import type { Step } from '@/lib/db/types';
import { t } from '@/lib/i18n';
import { type StepCandidate, suggestionKey } from '@/lib/newtab/steps';
import { CrisisPanel } from '../CrisisPanel';

// Database code loads after the page's first render.
const stepsRepo = () => import('@/lib/db/steps');

export function stepText(c: StepCandidate): string {
  return c.type === 'own' ? c.text : t(suggestionKey(c.id));
}

/** One small step forward: "done" and "another". No counters, no streaks. */
export function SmallStep({
  step,
  own,
  onAnother,
  sectionRef,
}: {
  step: StepCandidate | undefined;
  own: Step[];
  onAnother: () => void;
  sectionRef: RefObject<HTMLElement | null>;
}) {
  const detectCrisis = useCrisisCheck();
  const [status, setStatus] = useState('');
  const [draft, setDraft] = useState('');
  const limit = useLimit('step', setDraft);

  const done = async () => {
    if (!step) return;
    const steps = await stepsRepo();
    if (step.type === 'own') await steps.markOwnStepDone(step.id);
    else await steps.recordSuggestionDone(step.id, stepText(step));
    setStatus(t('newtab_stepDoneAck'));
  };
  const another = () => {
    setStatus('');
    onAnother();
  };
  const add = async () => {
    if (!draft.trim()) return;
    await (await stepsRepo()).addOwnStep(draft);
    setDraft('');
    setStatus(t('newtab_stepAdded'));
  };

  return (
    <section
      id="step"
      ref={sectionRef}
      tabIndex={-1}
      className="card step"
      aria-labelledby="step-title"
      data-testid="step"
    >
      <h2 id="step-title">{t('newtab_stepTitle')}</h2>
      <p className="step-text" data-testid="step-text">
        {step ? stepText(step) : ''}
      </p>
      <div className="row">
        <button type="button" className="primary" onClick={done} disabled={!step}>
          {t('newtab_stepDone')}
        </button>
        <button type="button" onClick={another}>
          {t('newtab_stepAnother')}
        </button>
      </div>
      <p role="status" className="muted small">
        {status}
      </p>
      <details className="own-steps">
        <summary>{t('newtab_stepOwnTitle')}</summary>
        {detectCrisis(draft) && <CrisisPanel />}
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <label htmlFor="own-step" className="visually-hidden">
            {t('newtab_stepOwnLabel')}
          </label>
          <input
            id="own-step"
            type="text"
            value={draft}
            placeholder={t('newtab_stepOwnPlaceholder')}
            {...limit.field}
          />
          <button type="submit">{t('newtab_stepOwnAdd')}</button>
          {limit.note}
        </form>
        {own.length > 0 && (
          <ul className="plain own-list" aria-label={t('newtab_stepOwnList')}>
            {own.map((s) => (
              <li key={s.id} className="row">
                <span>{s.text}</span>
                <button
                  type="button"
                  className="link"
                  aria-label={t('newtab_stepOwnRemove', s.text)}
                  onClick={() => void stepsRepo().then((m) => m.deleteStep(s.id))}
                >
                  {t('common_delete')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </details>
    </section>
  );
}
