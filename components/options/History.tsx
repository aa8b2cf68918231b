import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import {
  countRecords,
  deleteRecord,
  KIND_TABLES,
  listRecords,
  readTogether,
  restoreRecord,
} from '@/lib/db/records';
import type { RejectionKind } from '@/lib/db/types';
import { t } from '@/lib/i18n';
import { formatDateTime, formatNumber, fromDateInput } from './format';
import { type HistoryFilter, HistoryFilters } from './HistoryFilters';
import { type AnyRow, type HistoryTable, summary, when } from './historyRows';
import { RecordEditor } from './RecordEditor';

const PAGE = 25;

/** Everything the person wrote, by kind of record, date range and kind of rejection: read, edit, delete. */
export function History({ kindsFirst = [] }: { kindsFirst?: readonly RejectionKind[] }) {
  const [filter, setFilter] = useState<HistoryFilter>({ table: 'feelings', from: '', to: '' });
  const { table, from, to, kind } = filter;
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<string>();
  const [undo, setUndo] = useState<{ table: HistoryTable; row: AnyRow }>();
  const [status, setStatus] = useState('');
  const undoRef = useRef<HTMLButtonElement>(null);

  const toDay = fromDateInput(to);
  const q = {
    from: fromDateInput(from),
    // "To" includes the whole day chosen.
    to: toDay === undefined ? undefined : toDay + 86_400_000,
    kind: KIND_TABLES.includes(table) ? kind : undefined,
  };
  const rows = useLiveQuery(
    () =>
      readTogether(
        [table],
        () => listRecords(table, { ...q, offset: page * PAGE, limit: PAGE }) as Promise<AnyRow[]>,
      ),
    [table, from, to, kind, page],
  );
  const total = useLiveQuery(
    () => readTogether([table], () => countRecords(table, q)),
    [table, from, to, kind],
  );
  const pages = Math.max(1, Math.ceil((total ?? 0) / PAGE));

  return (
    <div className="stack">
      <HistoryFilters
        filter={filter}
        kindsFirst={kindsFirst}
        onChange={(next) => {
          setFilter(next);
          // Another filter is another list: back to its first page, nothing open for editing.
          setPage(0);
          setEditing(undefined);
        }}
      />
      <div className="row status-row" role="status">
        {status && <span>{status}</span>}
        {undo && (
          <button
            type="button"
            className="link"
            ref={undoRef}
            onClick={async () => {
              await restoreRecord(undo.table, undo.row);
              setUndo(undefined);
              setStatus(t('options_recordRestored'));
            }}
          >
            {t('common_undo')}
          </button>
        )}
      </div>
      <p className="muted" aria-live="polite">
        {total === undefined
          ? t('common_loading')
          : total === 1
            ? t('options_historyCountOne')
            : t('options_historyCount', formatNumber(total))}
      </p>
      <ul className="records" data-testid="history">
        {rows?.map((row) => (
          <li key={row.id} className="card record">
            <p className="muted small record-time">
              <time dateTime={new Date(when(table, row)).toISOString()}>
                {formatDateTime(when(table, row))}
              </time>
            </p>
            {editing === row.id ? (
              <RecordEditor
                table={table}
                row={row}
                onDone={(saved) => {
                  setEditing(undefined);
                  if (saved) setStatus(t('options_recordSaved'));
                }}
              />
            ) : (
              <>
                {summary(table, row)
                  .filter(Boolean)
                  .map((line, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: fixed lines of one record
                    <p key={i} className="record-line">
                      {line}
                    </p>
                  ))}
                <div className="row record-actions">
                  <button type="button" className="small-button" onClick={() => setEditing(row.id)}>
                    {t('options_edit')}
                  </button>
                  <button
                    type="button"
                    className="small-button"
                    onClick={async () => {
                      const gone = await deleteRecord(table, row.id);
                      if (gone) setUndo({ table, row: gone as AnyRow });
                      setStatus(t('options_recordDeleted'));
                      requestAnimationFrame(() => undoRef.current?.focus());
                    }}
                  >
                    {t('common_delete')}
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      {rows && rows.length === 0 && <p className="muted">{t('options_historyEmpty')}</p>}
      {pages > 1 && (
        <nav className="row" aria-label={t('options_pagesLabel')}>
          <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t('options_newer')}
          </button>
          <span>{t('options_pageOf', [formatNumber(page + 1), formatNumber(pages)])}</span>
          <button type="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
            {t('options_older')}
          </button>
        </nav>
      )}
    </div>
  );
}
