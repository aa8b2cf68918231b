import type { TrapId } from '@/lib/db/types';
import { keyFor, t } from '@/lib/i18n';
import type { TrapChoice } from '@/lib/reframe/record-state';
import type { Span } from '@/lib/traps/detect';

export function trapName(id: TrapId): string {
  return t(keyFor('trap', id));
}

/** One offered trap: where it was noticed, what it means, two questions, and the person's choice. */
export function TrapCard({
  trap,
  text,
  spans,
  choice,
  onChoose,
}: {
  trap: TrapId;
  text: string;
  spans: readonly Span[];
  choice: TrapChoice;
  onChoose: (choice: TrapChoice) => void;
}) {
  const base = keyFor('trap', trap);
  const headingId = `trap-${trap}`;
  return (
    <li className={`trap card ${choice ?? ''}`} data-testid={`trap-${trap}`}>
      <h3 id={headingId}>
        {trapName(trap)}
        {choice && (
          <span className="muted">
            {' '}
            · {t(choice === 'confirmed' ? 'reframe_trapConfirmed' : 'reframe_trapDismissed')}
          </span>
        )}
      </h3>
      {spans.length > 0 && (
        <p className="found">
          <span className="muted">{t('reframe_trapsFoundIn')} </span>
          {spans.map((s, i) => (
            <span key={s.start}>
              {i > 0 && ' · '}
              <mark>{text.slice(s.start, s.end)}</mark>
            </span>
          ))}
        </p>
      )}
      {choice !== 'dismissed' && (
        <>
          <p>{t(`${base}_what` as Parameters<typeof t>[0])}</p>
          <p className="muted small">{t('reframe_trapsQuestions')}</p>
          <ul className="questions">
            <li>{t(`${base}_q1` as Parameters<typeof t>[0])}</li>
            <li>{t(`${base}_q2` as Parameters<typeof t>[0])}</li>
          </ul>
        </>
      )}
      <div className="row">
        <button
          type="button"
          aria-pressed={choice === 'confirmed'}
          onClick={() => onChoose(choice === 'confirmed' ? undefined : 'confirmed')}
        >
          {t('reframe_trapConfirm')}
          <span className="visually-hidden">: {trapName(trap)}</span>
        </button>
        <button
          type="button"
          aria-pressed={choice === 'dismissed'}
          onClick={() => onChoose(choice === 'dismissed' ? undefined : 'dismissed')}
        >
          {t('reframe_trapDismiss')}
          <span className="visually-hidden">: {trapName(trap)}</span>
        </button>
      </div>
    </li>
  );
}
