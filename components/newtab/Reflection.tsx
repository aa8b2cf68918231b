import { type RefObject, useState } from 'react';
import { describedBy, useLimit } from '@/components/hooks/useLimit';
import { useLive } from '@/components/hooks/useLive';
import type { Reflection as Row } from '@/lib/db/types';
import { detectLanguage } from '@/lib/detect/language';
import { t } from '@/lib/i18n';
import { CrisisPanel } from '../CrisisPanel';
import { ErrorBoundary } from '../ErrorBoundary';

const reflectionsRepo = () => import('@/lib/db/reflections');

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Space to write under the prompt; the draft is saved by the parent on every change. */
export function Reflection({
  text,
  onText,
  onSave,
  status,
  textRef,
  crisis,
}: {
  text: string;
  onText: (text: string) => void;
  onSave: () => void;
  status: string;
  textRef: RefObject<HTMLTextAreaElement | null>;
  /** The words speak of self-harm: the crisis lines go right under them. */
  crisis: boolean;
}) {
  const limit = useLimit('reflection', onText);
  return (
    <section className="write stack" aria-labelledby="write-label">
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          onSave();
        }}
      >
        <label id="write-label" htmlFor="reflection">
          {t('newtab_writeLabel')}
        </label>
        <textarea
          id="reflection"
          ref={textRef}
          rows={5}
          value={text}
          onChange={limit.onChange}
          aria-describedby={describedBy('write-hint', limit.noteId)}
          data-testid="reflection"
        />
        {limit.note}
        {crisis && <CrisisPanel lang={detectLanguage(text)} />}
        <p id="write-hint" className="muted small">
          {t('newtab_writeHint')}
        </p>
        <div className="row">
          <button type="submit" className="primary" disabled={!text.trim()}>
            {t('newtab_writeSave')}
          </button>
          <p role="status" className="muted small">
            {status}
          </p>
        </div>
      </form>
      <ErrorBoundary>
        <PastReflections />
      </ErrorBoundary>
    </section>
  );
}

/** The person's recent reflections, read only when they open the list. */
function PastReflections() {
  const [open, setOpen] = useState(false);
  return (
    <details className="past" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('newtab_pastTitle')}</summary>
      {open && <PastList />}
    </details>
  );
}

function PastList() {
  const rows = useLive(reflectionsRepo, (m) => m.listReflections({}, 10), undefined);
  const [removed, setRemoved] = useState<Row>();
  const remove = async (id: string) => setRemoved(await (await reflectionsRepo()).deleteReflection(id));
  const undo = async () => {
    if (removed) await (await reflectionsRepo()).restoreReflection(removed);
    setRemoved(undefined);
  };
  if (!rows) return null;
  return (
    <>
      {removed && (
        <p role="status" className="row small">
          {t('newtab_pastRemoved')}{' '}
          <button type="button" className="link" onClick={undo}>
            {t('common_undo')}
          </button>
        </p>
      )}
      {rows.length === 0 ? (
        <p className="muted">{t('newtab_pastEmpty')}</p>
      ) : (
        <ol className="plain past-list" data-testid="past-reflections">
          {rows.map((r) => (
            <li key={r.id}>
              <p className="muted small">
                <time dateTime={new Date(r.createdAt).toISOString()}>{when.format(r.createdAt)}</time> ·{' '}
                {r.prompt}
              </p>
              <p className="past-text">{r.text}</p>
              <button
                type="button"
                className="link small"
                aria-label={t('newtab_pastDelete', when.format(r.createdAt))}
                onClick={() => remove(r.id)}
              >
                {t('common_delete')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
