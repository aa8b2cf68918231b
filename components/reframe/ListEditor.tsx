import { type FormEvent, useId, useState } from 'react';
import { useCrisisCheck } from '@/components/hooks/useCrisisCheck';
import { useLimit } from '@/components/hooks/useLimit';
import { t } from '@/lib/i18n';
import { CrisisPanel } from '../CrisisPanel';

/** A short list the person builds one line at a time (evidence for and against). */
export function ListEditor({
  label,
  items,
  onAdd,
  onRemove,
  testId,
}: {
  label: string;
  items: readonly string[];
  /** The owner keeps the list within LIMITS.evidenceItems. */
  onAdd: (item: string) => void;
  onRemove: (index: number) => void;
  testId?: string;
}) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const limit = useLimit('evidence', setDraft);
  const detectCrisis = useCrisisCheck();
  const add = (e: FormEvent) => {
    e.preventDefault();
    const v = draft.trim();
    if (!v) return;
    onAdd(v);
    setDraft('');
  };
  return (
    <div className="list-editor" data-testid={testId}>
      <form onSubmit={add} className="row">
        <label htmlFor={id} className="grow">
          {label}
        </label>
        <div className="row grow-row">
          <input
            id={id}
            type="text"
            value={draft}
            placeholder={t('reframe_factPlaceholder')}
            {...limit.field}
          />
          <button type="submit">{t('reframe_factAdd')}</button>
        </div>
        {limit.note}
      </form>
      {/* Words still being typed, before they are added to the list. */}
      {detectCrisis(draft) && <CrisisPanel />}
      {items.length > 0 && (
        <ul className="facts" aria-label={label}>
          {items.map((item, i) => (
            // Items can repeat; their place in the list is their identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={i}>
              <span>{item}</span>
              <button
                type="button"
                className="link"
                aria-label={t('reframe_factRemove', item)}
                onClick={() => onRemove(i)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
