import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef, useState } from 'react';
import { useCrisisCheck } from '@/components/useCrisisCheck';
import {
  committed,
  countRecords,
  deleteRecord,
  KIND_TABLES,
  listRecords,
  restoreRecord,
  updateRecord,
} from '@/lib/db/records';
import type { RejectionKind, Tables } from '@/lib/db/types';
import { keyFor, type MessageKey, t } from '@/lib/i18n';
import { FIELD_LIMITS, fitText, LIMITS, type LimitName } from '@/lib/limits';
import { CrisisPanel } from '../CrisisPanel';
import { feelingLabel } from '../feelingLabel';
import { kindLabel, orderedKinds } from '../KindSelect';
import { formatDateTime, formatNumber, fromDateInput } from './format';

const PAGE = 25;
/** What the history lists; the inner file has its own section above. */
export const HISTORY_TABLES = ['feelings', 'thoughts', 'reflections', 'rejections', 'steps'] as const;
type HistoryTable = (typeof HISTORY_TABLES)[number];

/** The text fields a person can edit in each kind of record. */
export const EDITABLE: { [K in HistoryTable]: (keyof Tables[K] & string)[] } = {
  feelings: ['note'],
  thoughts: ['text', 'reframe'],
  reflections: ['text'],
  rejections: ['who'],
  steps: ['text'],
};

type AnyRow = Tables[HistoryTable];

function summary(table: HistoryTable, row: AnyRow): string[] {
  const r = row as unknown as Record<string, unknown>;
  const kind = typeof r.kind === 'string' ? kindLabel(r.kind as RejectionKind) : '';
  switch (table) {
    case 'feelings': {
      const f = row as Tables['feelings'];
      return [
        [f.words.map(feelingLabel).join(', '), f.intensity !== undefined ? `${f.intensity}/10` : '', kind]
          .filter(Boolean)
          .join(' · '),
        f.note ?? '',
      ];
    }
    case 'thoughts': {
      const th = row as Tables['thoughts'];
      return [th.text, th.reframe ? `→ ${th.reframe}` : '', kind];
    }
    case 'reflections': {
      const re = row as Tables['reflections'];
      return [re.prompt, re.text];
    }
    case 'rejections': {
      const rj = row as Tables['rejections'];
      return [[kind, rj.who].filter(Boolean).join(' · ')];
    }
    case 'steps': {
      const st = row as Tables['steps'];
      return [st.text, st.doneAt ? t('options_stepDone') : ''];
    }
  }
}

const when = (table: HistoryTable, row: AnyRow) =>
  table === 'rejections' ? (row as Tables['rejections']).at : row.createdAt;

/** Everything the person wrote, by kind of record, date range and kind of rejection: read, edit, delete. */
export function History({ kindsFirst = [] }: { kindsFirst?: readonly RejectionKind[] }) {
  const id = useId();
  const [table, setTable] = useState<HistoryTable>('feelings');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [kind, setKind] = useState<RejectionKind>();
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
      committed(
        [table],
        () => listRecords(table, { ...q, offset: page * PAGE, limit: PAGE }) as Promise<AnyRow[]>,
      ),
    [table, from, to, kind, page],
  );
  const total = useLiveQuery(() => committed([table], () => countRecords(table, q)), [table, from, to, kind]);
  const pages = Math.max(1, Math.ceil((total ?? 0) / PAGE));
  const reset = () => {
    setPage(0);
    setEditing(undefined);
  };

  return (
    <div className="stack">
      <div className="filters">
        <div>
          <label htmlFor={`${id}-table`}>{t('options_historyShow')}</label>
          <select
            id={`${id}-table`}
            value={table}
            onChange={(e) => {
              setTable(e.target.value as HistoryTable);
              reset();
            }}
          >
            {HISTORY_TABLES.map((n) => (
              <option key={n} value={n}>
                {t(keyFor('options_table', n))}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-from`}>{t('options_historyFrom')}</label>
          <input
            id={`${id}-from`}
            type="date"
            value={from}
            onChange={(e) => {
              setFrom(e.target.value);
              reset();
            }}
          />
        </div>
        <div>
          <label htmlFor={`${id}-to`}>{t('options_historyTo')}</label>
          <input
            id={`${id}-to`}
            type="date"
            value={to}
            onChange={(e) => {
              setTo(e.target.value);
              reset();
            }}
          />
        </div>
        {KIND_TABLES.includes(table) && (
          <div>
            <label htmlFor={`${id}-kind`}>{t('options_filterRejectionKind')}</label>
            <select
              id={`${id}-kind`}
              value={kind ?? ''}
              onChange={(e) => {
                setKind((e.target.value || undefined) as RejectionKind | undefined);
                reset();
              }}
            >
              <option value="">{t('options_filterAny')}</option>
              {orderedKinds(kindsFirst).map((k) => (
                <option key={k} value={k}>
                  {kindLabel(k)}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
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

function RecordEditor({
  table,
  row,
  onDone,
}: {
  table: HistoryTable;
  row: AnyRow;
  onDone: (saved: boolean) => void;
}) {
  const detectCrisis = useCrisisCheck();
  const id = useId();
  const fields = EDITABLE[table] as string[];
  const r = row as unknown as Record<string, unknown>;
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((f) => [f, typeof r[f] === 'string' ? (r[f] as string) : ''])),
  );
  // Edits keep the same limits as the import (lib/limits.ts), and say when they cut.
  const [cut, setCut] = useState<string>();
  const limitOf = (f: string): LimitName => (FIELD_LIMITS[table] as Record<string, LimitName>)[f] ?? 'note';
  const crisis = Object.values(values).some(detectCrisis);
  return (
    <form
      className="stack"
      onSubmit={async (e) => {
        e.preventDefault();
        await updateRecord(table, row.id, values as never);
        onDone(true);
      }}
    >
      {crisis && <CrisisPanel />}
      {fields.map((f) => (
        <div key={f}>
          <label htmlFor={`${id}-${f}`}>{t(`options_field_${table}_${f}` as MessageKey)}</label>
          <textarea
            id={`${id}-${f}`}
            value={values[f] ?? ''}
            rows={f === 'who' ? 1 : 3}
            aria-describedby={cut === f ? `${id}-${f}-cut` : undefined}
            onChange={(e) => {
              const r = fitText(e.target.value, limitOf(f));
              setCut(r.cut ? f : undefined);
              setValues({ ...values, [f]: r.text });
            }}
          />
          <p id={`${id}-${f}-cut`} role="status" className="muted small">
            {cut === f ? t('common_cut', LIMITS[limitOf(f)].toLocaleString()) : ''}
          </p>
        </div>
      ))}
      <div className="row">
        <button type="submit" className="primary">
          {t('common_save')}
        </button>
        <button type="button" onClick={() => onDone(false)}>
          {t('common_cancel')}
        </button>
      </div>
    </form>
  );
}
