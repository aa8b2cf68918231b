import { useState } from 'react';
import { deleteThought, restoreThought } from '@/lib/db/thoughts';
import type { Thought } from '@/lib/db/types';
import { t } from '@/lib/i18n';
import { trapName } from './TrapCard';

/** Saved thought records, newest first: the thought, the traps, the reframe, belief before and after. */
export function RecordList({ records }: { records: readonly Thought[] }) {
  const [status, setStatus] = useState('');
  const [deleted, setDeleted] = useState<Thought>();
  return (
    <section aria-labelledby="records-title" className="records">
      <h2 id="records-title">{t('reframe_recordTitle')}</h2>
      {records.length === 0 ? (
        <p className="muted">{t('reframe_recordEmpty')}</p>
      ) : (
        <ul className="plain stack" data-testid="records">
          {records.map((r) => (
            <li key={r.id} className="card record">
              <p className="quote">{r.text}</p>
              {r.traps.length > 0 && <p className="muted small">{r.traps.map(trapName).join(' · ')}</p>}
              {r.reframe && (
                <p>
                  <span className="muted">{t('reframe_recordReframe')} </span>
                  {r.reframe}
                </p>
              )}
              <p className="muted small" data-testid="record-belief">
                {r.beliefAfter === undefined
                  ? t('reframe_recordBeliefBefore', String(r.beliefBefore))
                  : t('reframe_recordBelief', [String(r.beliefBefore), String(r.beliefAfter)])}
                {' · '}
                {new Date(r.createdAt).toLocaleDateString()}
              </p>
              <button
                type="button"
                className="link"
                onClick={async () => {
                  setDeleted(await deleteThought(r.id));
                  setStatus(t('reframe_recordDeleted'));
                }}
              >
                {t('reframe_recordDelete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status">
        {status}
        {deleted && ' '}
        {deleted && (
          <button
            type="button"
            className="link"
            onClick={async () => {
              await restoreThought(deleted);
              setDeleted(undefined);
              setStatus('');
            }}
          >
            {t('common_undo')}
          </button>
        )}
      </p>
    </section>
  );
}
