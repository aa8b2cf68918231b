import { useId, useState } from 'react';
import { t } from '@/lib/i18n';
import { fitText, LIMITS, type LimitName } from '@/lib/limits';

/** The ids a field is described by, joined; undefined when none. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

/**
 * Keeps a text field within its limit (lib/limits.ts) and says so when a paste or typing went
 * past it, instead of the browser's silent cut at `maxLength`. Spread `field` on the input (or
 * pass `noteId` to describedBy beside the field's own hints) and put `note` next to it.
 */
export function useLimit(name: LimitName, onText: (text: string) => void) {
  const id = useId();
  const [cut, setCut] = useState(false);
  const change = (e: { target: { value: string } }) => {
    const r = fitText(e.target.value, name);
    setCut(r.cut);
    onText(r.text);
  };
  return {
    field: { onChange: change, 'aria-describedby': cut ? id : undefined },
    onChange: change,
    noteId: cut && id,
    note: cut ? (
      <p id={id} role="status" className="muted small" data-testid="limit-note">
        {t('common_cut', LIMITS[name].toLocaleString())}
      </p>
    ) : null,
  };
}
