import { useEffect, useId, useRef, useState } from 'react';
import { useCrisisCheck } from '@/components/hooks/useCrisisCheck';
import { describedBy, useLimit } from '@/components/hooks/useLimit';
import { localDay, splitList } from '@/lib/db/memories';
import type { Memory, MemoryKind } from '@/lib/db/types';
import { t } from '@/lib/i18n';
import { DATE_MAX, DATE_MIN } from '@/lib/limits';
import { CrisisPanel } from '../CrisisPanel';
import { ALL_MEMORY_KINDS, fromDateInput, memoryKindLabel, toDateInput } from './format';

export interface MomentDraft {
  text: string;
  date: number;
  kinds: MemoryKind[];
  people: string[];
  tags: string[];
}

interface Props {
  /** The moment being edited; a new one when absent. */
  initial?: Memory;
  /** A starter prompt the person chose, shown above the text as a nudge. */
  prompt?: { text: string; kinds: MemoryKind[] };
  now?: () => number;
  onSave: (draft: MomentDraft) => Promise<void>;
  onCancel?: () => void;
  textRef?: React.RefObject<HTMLTextAreaElement | null>;
}

/** Add or edit a moment: only "what happened" is needed; the rest is optional. */
export function MomentForm({ initial, prompt, now = Date.now, onSave, onCancel, textRef }: Props) {
  const detectCrisis = useCrisisCheck();
  const id = useId();
  const [text, setText] = useState(initial?.text ?? '');
  const [date, setDate] = useState(toDateInput(initial?.date ?? now()));
  const [kinds, setKinds] = useState<MemoryKind[]>(initial?.kinds ?? prompt?.kinds ?? []);
  const [people, setPeople] = useState(initial?.people.join(', ') ?? '');
  const [tags, setTags] = useState(initial?.tags.join(', ') ?? '');
  const [error, setError] = useState('');
  const limit = useLimit('momentText', setText);
  const ownRef = useRef<HTMLTextAreaElement>(null);
  const ref = textRef ?? ownRef;
  const crisis = detectCrisis(text);
  // Editing starts in the text, where the change usually is.
  // biome-ignore lint/correctness/useExhaustiveDependencies: on open only
  useEffect(() => {
    if (initial) ref.current?.focus();
  }, []);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!text.trim()) {
      setError(t('options_momentNeedsText'));
      ref.current?.focus();
      return;
    }
    const draft = {
      text,
      date: fromDateInput(date) ?? localDay(now()),
      kinds,
      people: splitList(people),
      tags: splitList(tags),
    };
    setError('');
    // Cleared before the save, not after: whatever the person starts typing next is never wiped.
    if (!initial) {
      setText('');
      setDate(toDateInput(now()));
      setKinds([]);
      setPeople('');
      setTags('');
    }
    await onSave(draft);
  };

  return (
    <form
      className="stack moment-form"
      onSubmit={submit}
      aria-label={initial ? t('options_editMoment') : t('options_addMoment')}
    >
      {crisis && <CrisisPanel />}
      {prompt && (
        <p className="prompt-hint" id={`${id}-prompt`}>
          {prompt.text}
        </p>
      )}
      <div>
        <label htmlFor={`${id}-text`}>{t('options_momentText')}</label>
        <textarea
          id={`${id}-text`}
          ref={ref}
          value={text}
          rows={3}
          aria-describedby={describedBy(prompt && `${id}-prompt`, error && `${id}-error`, limit.noteId)}
          aria-invalid={error ? true : undefined}
          onChange={limit.onChange}
        />
        {limit.note}
        {error && (
          <p id={`${id}-error`} className="error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="form-grid">
        <div>
          <label htmlFor={`${id}-date`}>{t('options_momentDate')}</label>
          <input
            id={`${id}-date`}
            type="date"
            min={toDateInput(DATE_MIN)}
            max={toDateInput(DATE_MAX - 86_400_000)}
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        </div>
        <fieldset className="kinds">
          <legend>{t('options_momentKinds')}</legend>
          {ALL_MEMORY_KINDS.map((k) => (
            <label key={k} className="check">
              <input
                type="checkbox"
                checked={kinds.includes(k)}
                onChange={(e) => setKinds(e.target.checked ? [...kinds, k] : kinds.filter((x) => x !== k))}
              />{' '}
              {memoryKindLabel(k)}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="form-grid">
        <div>
          <label htmlFor={`${id}-people`}>{t('options_momentPeople')}</label>
          <input
            id={`${id}-people`}
            type="text"
            value={people}
            aria-describedby={`${id}-list-hint`}
            onChange={(e) => setPeople(e.target.value)}
          />
        </div>
        <div>
          <label htmlFor={`${id}-tags`}>{t('options_momentTags')}</label>
          <input
            id={`${id}-tags`}
            type="text"
            value={tags}
            aria-describedby={`${id}-list-hint`}
            onChange={(e) => setTags(e.target.value)}
          />
        </div>
      </div>
      <p id={`${id}-list-hint`} className="muted small">
        {t('options_listHint')}
      </p>
      <div className="row">
        <button type="submit" className="primary">
          {initial ? t('common_save') : t('options_keepMoment')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('common_cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
