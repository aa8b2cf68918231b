import { useId } from 'react';
import { t } from '@/lib/i18n';
import { SPANISH_FORMS, type SpanishForm } from '@/lib/i18n-forms';

/** How words about the person read in Spanish: chosen once, in the welcome and the settings. */
export function SpanishFormChoice({
  value,
  onChange,
}: {
  value: SpanishForm;
  onChange: (f: SpanishForm) => void;
}) {
  const id = useId();
  return (
    <fieldset data-testid="spanish-form">
      <legend>{t('settings_spanishFormTitle')}</legend>
      <p className="muted small">{t('settings_spanishFormHint')}</p>
      {SPANISH_FORMS.map((form) => (
        <label key={form} className="check">
          <input type="radio" name={`${id}-form`} checked={value === form} onChange={() => onChange(form)} />{' '}
          {t(`settings_spanishForm_${form}`)}
        </label>
      ))}
    </fieldset>
  );
}
