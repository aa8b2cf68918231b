import { useId, useRef, useState } from 'react';
import { type Counts, countAll } from '@/lib/db/records';
import { deleteAllData } from '@/lib/delete-all';
import { t } from '@/lib/i18n';
import { describeCounts } from './describe';

/** Everything the person wrote, gone after a confirmation that says what goes and what stays. */
export function DeleteAllPanel() {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [counts, setCounts] = useState<Counts>();
  const [status, setStatus] = useState('');
  const open = async () => {
    setCounts(await countAll());
    ref.current?.showModal();
  };
  const described = counts ? describeCounts(counts) : '';
  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('backup_deleteTitle')}</h3>
      <p>{t('backup_deleteIntro')}</p>
      <div className="row">
        <button type="button" className="danger" onClick={open}>
          {t('backup_deleteAll')}
        </button>
      </div>
      <p role="status">{status}</p>
      <dialog ref={ref} aria-labelledby={`${id}-confirm`} className="confirm">
        <h2 id={`${id}-confirm`}>{t('backup_deleteConfirmTitle')}</h2>
        {described ? (
          <>
            <p data-testid="delete-what">{t('backup_deleteWhat', described)}</p>
            <p data-testid="delete-also">{t('backup_deleteAlso')}</p>
            <p data-testid="delete-keeps">{t('backup_deleteKeeps')}</p>
            <p>
              <strong>{t('backup_deleteCannotUndo')}</strong>
            </p>
          </>
        ) : (
          <p>{t('backup_deleteNothing')}</p>
        )}
        <div className="row">
          <button type="button" onClick={() => ref.current?.close()}>
            {t('backup_keepEverything')}
          </button>
          {described && (
            <button
              type="button"
              className="danger"
              onClick={async () => {
                await deleteAllData();
                ref.current?.close();
                setStatus(t('backup_deleted'));
              }}
            >
              {t('backup_deleteConfirm')}
            </button>
          )}
        </div>
      </dialog>
    </section>
  );
}
