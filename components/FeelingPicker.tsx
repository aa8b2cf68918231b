import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import { matchFeelings, normalize } from '@/lib/feelings/match';
import { FEELING_WORDS } from '@/lib/feelings/vocabulary';
import { t } from '@/lib/i18n';
import { feelingLabel } from './feelingLabel';

interface Props {
  label: string;
  placeholder: string;
  hint?: string;
  autoFocus?: boolean;
  /** Words that should not be offered again (already chosen). */
  exclude?: readonly string[];
  onPick: (word: string) => void;
  onQueryChange?: (query: string) => void;
  inputTestId?: string;
}

/**
 * A combobox (ARIA 1.2 pattern) over the feeling vocabulary. Enter picks the highlighted match,
 * or the person's own word when nothing matches.
 */
export function FeelingPicker({
  label,
  placeholder,
  hint,
  autoFocus,
  exclude = [],
  onPick,
  onQueryChange,
  inputTestId,
}: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const candidates = useMemo(
    () => FEELING_WORDS.filter((w) => !exclude.includes(w)).map((w) => ({ id: w, label: feelingLabel(w) })),
    [exclude],
  );
  const matches = useMemo(() => matchFeelings(query, candidates), [query, candidates]);
  const own = normalize(query).slice(0, 40);
  const options = [
    ...matches.map((m) => ({ key: m.id, word: m.id, text: m.label })),
    // Offered once no vocabulary word starts with what was typed: "disr…" for "disrespected".
    ...(own && !matches.some((m) => m.score < 2)
      ? [{ key: '__own', word: own, text: t('popup_ownWord', own) }]
      : []),
  ];
  const expanded = query.trim().length > 0 && options.length > 0;
  const activeIndex = Math.min(active, options.length - 1);

  const change = (value: string) => {
    setQuery(value);
    setActive(0);
    onQueryChange?.(value);
  };
  const pick = (word: string) => {
    onPick(word);
    change('');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && expanded) {
      e.preventDefault();
      setActive((activeIndex + 1) % options.length);
    } else if (e.key === 'ArrowUp' && expanded) {
      e.preventDefault();
      setActive((activeIndex - 1 + options.length) % options.length);
    } else if (e.key === 'Enter') {
      const option = options[activeIndex];
      if (option && query.trim()) {
        e.preventDefault();
        pick(option.word);
      }
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      change('');
    }
  };

  return (
    <div className="picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded ? `${id}-opt-${activeIndex}` : undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        placeholder={placeholder}
        value={query}
        // biome-ignore lint/a11y/noAutofocus: docs/ARCHITECTURE.md: the popup opens with focus in this field.
        autoFocus={autoFocus}
        maxLength={60}
        data-testid={inputTestId}
        onChange={(e) => change(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {hint && (
        <p id={`${id}-hint`} className="muted hint">
          {hint}
        </p>
      )}
      <div
        id={`${id}-list`}
        role="listbox"
        aria-label={t('popup_suggestions')}
        className="options"
        hidden={!expanded}
      >
        {expanded &&
          options.map((o, i) => (
            // Options stay out of the tab order: the input's keys drive them (aria-activedescendant).
            // biome-ignore lint/a11y/useFocusableInteractive: combobox pattern
            // biome-ignore lint/a11y/useKeyWithClickEvents: combobox pattern
            <div
              key={o.key}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === activeIndex}
              className={i === activeIndex ? 'active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(o.word)}
            >
              {o.text}
            </div>
          ))}
      </div>
    </div>
  );
}
