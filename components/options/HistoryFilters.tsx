import { useId } from 'react';
import { KIND_TABLES } from '@/lib/db/records';
import type { RejectionKind } from '@/lib/db/types';
import { keyFor, t } from '@/lib/i18n';
import { kindLabel, orderedKinds } from '../KindSelect';
import { HISTORY_TABLES, type HistoryTable } from './historyRows';

/** The history's filters as typed: dates stay the date inputs' text until the query reads them. */
export interface HistoryFilter {
  table: HistoryTable;
  from: string;
  to: string;
  kind?: RejectionKind;
}

/** Kind of record, date range and, for records that carry one, the kind of rejection. */
export function HistoryFilters({
  filter,
  kindsFirst,
  onChange,
}: {
  filter: HistoryFilter;
  kindsFirst: readonly RejectionKind[];
  onChange: (next: HistoryFilter) => void;
}) {
  const id = useId();
  const { table, from, to, kind } = filter;
  return (
    <div className="filters">
      <div>
        <label htmlFor={`${id}-table`}>{t('options_historyShow')}</label>
        <select
          id={`${id}-table`}
          value={table}
          onChange={(e) => onChange({ ...filter, table: e.target.value as HistoryTable })}
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
          onChange={(e) => onChange({ ...filter, from: e.target.value })}
        />
      </div>
      <div>
        <label htmlFor={`${id}-to`}>{t('options_historyTo')}</label>
        <input
          id={`${id}-to`}
          type="date"
          value={to}
          onChange={(e) => onChange({ ...filter, to: e.target.value })}
        />
      </div>
      {KIND_TABLES.includes(table) && (
        <div>
          <label htmlFor={`${id}-kind`}>{t('options_filterRejectionKind')}</label>
          <select
            id={`${id}-kind`}
            value={kind ?? ''}
            onChange={(e) =>
              onChange({ ...filter, kind: (e.target.value || undefined) as RejectionKind | undefined })
            }
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
  );
}
