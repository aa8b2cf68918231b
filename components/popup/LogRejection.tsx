import { useId, useState } from 'react';
import { useCrisisCheck } from '@/components/hooks/useCrisisCheck';
import { useLimit } from '@/components/hooks/useLimit';
import type { Rejection, RejectionKind } from '@/lib/db/types';
import { t } from '@/lib/i18n';
import { CrisisPanel } from '../CrisisPanel';
import { KindSelect } from '../KindSelect';

/** Local midnight of a yyyy-mm-dd date, or now for today. */
function dayToMs(day: string, now: number): number {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return now;
  const at = new Date(y, m - 1, d, 12).getTime();
  return new Date(now).toDateString() === new Date(at).toDateString() ? now : at;
}

function today(now: number): string {
  const d = new Date(now);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** "I got a no": logs a rejection by hand, for people who keep email noticing off. */
export function LogRejection({
  kindsFirst = [],
  now = Date.now,
}: {
  kindsFirst?: readonly RejectionKind[];
  now?: () => number;
}) {
  const detectCrisis = useCrisisCheck();
  const [kind, setKind] = useState<RejectionKind | undefined>('job-application');
  const [who, setWho] = useState('');
  const whoLimit = useLimit('who', setWho);
  const [day, setDay] = useState(() => today(now()));
  const [saved, setSaved] = useState<Rejection>();
  // The form renders only once opened, so the popup's first paint doesn't pay for it.
  const [open, setOpen] = useState(false);
  const ids = { who: useId(), day: useId() };

  const save = async () => {
    const { addRejection } = await import('@/lib/db/rejections');
    const { row } = await addRejection({
      kind: kind ?? 'other',
      who,
      source: 'manual',
      at: dayToMs(day, now()),
    });
    await (await import('@/lib/jobboard/state')).refreshJobBoardState();
    setSaved(row);
    setWho('');
  };

  const undo = async () => {
    if (!saved) return;
    const { deleteRejection } = await import('@/lib/db/rejections');
    await deleteRejection(saved.id);
    await (await import('@/lib/jobboard/state')).refreshJobBoardState();
    setSaved(undefined);
  };

  return (
    <details
      className="more log-no"
      data-testid="log-no"
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>{t('jobs_logTitle')}</summary>
      {open && detectCrisis(who) && <CrisisPanel />}
      {!open ? null : saved ? (
        <div className="stack">
          <p role="status">{t('jobs_logSaved')}</p>
          <div className="row">
            <button type="button" onClick={undo}>
              {t('common_undo')}
            </button>
            <button type="button" onClick={() => setSaved(undefined)}>
              {t('jobs_logAnother')}
            </button>
          </div>
        </div>
      ) : (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <p className="hint muted">{t('jobs_logHint')}</p>
          <KindSelect value={kind} onChange={setKind} first={kindsFirst} label={t('jobs_logKind')} />
          <div>
            <label htmlFor={ids.who}>{t('jobs_logWho')}</label>
            <input id={ids.who} type="text" value={who} {...whoLimit.field} />
            {whoLimit.note}
          </div>
          <div>
            <label htmlFor={ids.day}>{t('jobs_logWhen')}</label>
            <input
              id={ids.day}
              type="date"
              value={day}
              max={today(now())}
              onChange={(e) => setDay(e.target.value)}
            />
          </div>
          <button type="submit" className="primary">
            {t('jobs_logSave')}
          </button>
        </form>
      )}
    </details>
  );
}
