import { useId } from 'react';
import { t } from '@/lib/i18n';

export function BeliefSlider({
  label,
  value,
  onChange,
  testId,
}: {
  label: string;
  value: number;
  onChange: (n: number) => void;
  testId?: string;
}) {
  const id = useId();
  const text = t('reframe_beliefValue', String(value));
  return (
    <div className="belief">
      <label htmlFor={id}>{label}</label>
      <div className="row">
        <input
          id={id}
          type="range"
          min={0}
          max={100}
          step={5}
          value={value}
          aria-valuetext={text}
          data-testid={testId}
          onChange={(e) => onChange(Number(e.target.value))}
        />
        <output htmlFor={id} aria-hidden="true">
          {value}
        </output>
      </div>
    </div>
  );
}
