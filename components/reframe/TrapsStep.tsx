import type { Dispatch } from 'react';
import { TRAP_IDS, type TrapId } from '@/lib/db/types';
import { t } from '@/lib/i18n';
import type { RecordAction, RecordState, TrapView } from '@/lib/reframe/record-state';
import type { Span } from '@/lib/traps/detect';
import { TrapCard, trapName } from './TrapCard';

/** Step 2: the traps offered (likely, then maybe), those added by hand, and the full list. */
export function TrapsStep({
  text,
  view,
  choices,
  dispatch,
}: {
  text: string;
  view: TrapView;
  choices: RecordState['choices'];
  dispatch: Dispatch<RecordAction>;
}) {
  const { hits, maybe, unread, added } = view;
  // A trap offered, likely or maybe, is the same card and the same choice.
  const card = (h: { trap: TrapId; spans: Span[] }) => (
    <TrapCard
      key={h.trap}
      trap={h.trap}
      text={text}
      spans={h.spans}
      choice={choices[h.trap]}
      onChoose={(choice) => dispatch({ type: 'choose', trap: h.trap, choice })}
    />
  );
  return (
    <section aria-labelledby="s2" className="step">
      <h2 id="s2">{t('reframe_trapsTitle')}</h2>
      {!text.trim() ? (
        <p className="muted">{t('reframe_thoughtEmpty')}</p>
      ) : (
        <>
          <p className="muted" data-testid="traps-intro">
            {unread
              ? t('reframe_trapsOtherLanguage')
              : hits.length || maybe.length
                ? t('reframe_trapsIntro')
                : t('reframe_trapsNone')}
          </p>
          <ul className="plain stack traps" data-testid="traps">
            {hits.map(card)}
            {added.map((id) => (
              <TrapCard
                key={id}
                trap={id}
                text={text}
                spans={[]}
                choice="confirmed"
                onChoose={(choice) => dispatch({ type: 'choose', trap: id, choice })}
              />
            ))}
          </ul>
          {maybe.length > 0 && (
            <div className="maybe stack" data-testid="traps-maybe">
              <p className="small muted">{t('reframe_trapsMaybe')}</p>
              <ul className="plain stack traps">{maybe.map(card)}</ul>
            </div>
          )}
        </>
      )}
      <details className="add-traps" open={unread || undefined}>
        <summary>{t('reframe_trapsAdd')}</summary>
        <fieldset>
          <legend>{t('reframe_trapsAll')}</legend>
          {TRAP_IDS.map((id) => (
            <label key={id} className="check">
              <input
                type="checkbox"
                checked={choices[id] === 'confirmed'}
                onChange={(e) =>
                  dispatch({ type: 'choose', trap: id, choice: e.target.checked ? 'confirmed' : undefined })
                }
              />{' '}
              {trapName(id)}
            </label>
          ))}
        </fieldset>
      </details>
    </section>
  );
}
