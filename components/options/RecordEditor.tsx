import { useId, useState } from 'react';
import { useCrisisCheck } from '@/components/hooks/useCrisisCheck';
import { updateRecord } from '@/lib/db/records';
import { type MessageKey, t } from '@/lib/i18n';
import { FIELD_LIMITS, fitText, LIMITS, type LimitName } from '@/lib/limits';
import { CrisisPanel } from '../CrisisPanel';
import { type AnyRow, EDITABLE, type HistoryTable } from './historyRows';

/** Edits the text fields of one record in the history, in place. */
export function RecordEditor({
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
