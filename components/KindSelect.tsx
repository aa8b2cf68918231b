import { useId } from 'react';
import { REJECTION_KINDS, type RejectionKind } from '@/lib/db/types';
import { keyFor, t } from '@/lib/i18n';

/** Orders kinds so the person's chosen ones come first (a setting). */
export function orderedKinds(first: readonly RejectionKind[] = []): RejectionKind[] {
  return [
    ...first.filter((k) => REJECTION_KINDS.includes(k)),
    ...REJECTION_KINDS.filter((k) => !first.includes(k)),
  ];
}

export function kindLabel(kind: RejectionKind): string {
  return t(keyFor('kind', kind));
}

interface Props {
  value: RejectionKind | undefined;
  onChange: (kind: RejectionKind | undefined) => void;
  first?: readonly RejectionKind[];
  label?: string;
}

export function KindSelect({ value, onChange, first, label = t('popup_kind') }: Props) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange((e.target.value || undefined) as RejectionKind | undefined)}
      >
        <option value="">{t('popup_kindNone')}</option>
        {orderedKinds(first).map((k) => (
          <option key={k} value={k}>
            {kindLabel(k)}
          </option>
        ))}
      </select>
    </div>
  );
}
