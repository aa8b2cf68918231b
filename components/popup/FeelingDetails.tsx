import { useId } from 'react';
import { useLimit } from '@/components/hooks/useLimit';
import type { RejectionKind } from '@/lib/db/types';
import { t } from '@/lib/i18n';
import { FeelingPicker } from '../FeelingPicker';
import { feelingLabel } from '../feelingLabel';
import { KindSelect } from '../KindSelect';

export interface Details {
  extraWords: string[];
  intensity: number | undefined;
  kind: RejectionKind | undefined;
  note: string;
}

export const EMPTY_DETAILS: Details = { extraWords: [], intensity: undefined, kind: undefined, note: '' };
export const MAX_EXTRA_WORDS = 3;

interface Props {
  value: Details;
  onChange: (next: Details) => void;
  kindsFirst: readonly RejectionKind[];
}

/** The optional fields; none is needed to save, all work by keyboard. */
export function FeelingDetails({ value, onChange, kindsFirst }: Props) {
  const id = useId();
  const set = (changes: Partial<Details>) => onChange({ ...value, ...changes });
  const note = useLimit('note', (text) => set({ note: text }));
  return (
    <div className="stack details-body">
      {value.extraWords.length < MAX_EXTRA_WORDS && (
        <FeelingPicker
          label={t('popup_alsoFeel')}
          placeholder={t('popup_alsoFeelPlaceholder')}
          exclude={value.extraWords}
          onPick={(w) => set({ extraWords: [...value.extraWords, w].slice(0, MAX_EXTRA_WORDS) })}
        />
      )}
      {value.extraWords.length > 0 && (
        <ul className="chips" aria-label={t('popup_alsoFeel')}>
          {value.extraWords.map((w) => (
            <li key={w}>
              {feelingLabel(w)}{' '}
              <button
                type="button"
                className="link"
                aria-label={t('popup_removeWord', feelingLabel(w))}
                onClick={() => set({ extraWords: value.extraWords.filter((x) => x !== w) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div>
        <label htmlFor={`${id}-intensity`}>{t('popup_intensity')}</label>
        <div className="row">
          <input
            id={`${id}-intensity`}
            type="range"
            min={0}
            max={10}
            step={1}
            value={value.intensity ?? 5}
            aria-valuetext={
              value.intensity === undefined ? t('popup_intensityNone') : String(value.intensity)
            }
            onChange={(e) => set({ intensity: Number(e.target.value) })}
            onKeyDown={(e) => {
              // The first arrow press on an unset slider sets it where it shows.
              if (value.intensity === undefined && e.key.startsWith('Arrow')) set({ intensity: 5 });
            }}
          />
          <output htmlFor={`${id}-intensity`} aria-hidden="true">
            {value.intensity ?? t('popup_intensityNone')}
          </output>
        </div>
      </div>
      <KindSelect value={value.kind} first={kindsFirst} onChange={(kind) => set({ kind })} />
      <div>
        <label htmlFor={`${id}-note`}>{t('popup_note')}</label>
        <textarea id={`${id}-note`} value={value.note} {...note.field} />
        {note.note}
      </div>
    </div>
  );
}
