import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { REJECTION_KINDS, type RejectionKind } from '@/lib/db/types';
import { t, uiLanguage } from '@/lib/i18n';
import { type Settings, updateSettings } from '@/lib/settings';
import { kindLabel } from '../KindSelect';
import { OptionalFeatures } from './OptionalFeatures';
import { SpanishFormChoice } from './SpanishForm';

/** Per-device settings; each change is saved at once and says so. */
export function SettingsSection({ settings: stored }: { settings: Settings }) {
  const id = useId();
  const [status, setStatus] = useState('');
  // Shown at once on change; the stored value (also changed by imports, other pages) takes over.
  const [settings, setSettings] = useState(stored);
  useEffect(() => setSettings(stored), [stored]);
  const save = async (changes: Partial<Settings>) => {
    setSettings({ ...settings, ...changes });
    await updateSettings(changes);
    setStatus(t('options_settingsSaved'));
  };
  const toggleKind = (k: RejectionKind, on: boolean) =>
    save({ kindsFirst: on ? [...settings.kindsFirst, k] : settings.kindsFirst.filter((x) => x !== k) });

  return (
    <div className="stack">
      <fieldset>
        <legend>{t('options_theme')}</legend>
        {(['system', 'light', 'dark'] as const).map((theme) => (
          <label key={theme} className="check">
            <input
              type="radio"
              name={`${id}-theme`}
              checked={settings.theme === theme}
              onChange={() => save({ theme })}
            />{' '}
            {t(`options_theme_${theme}`)}
          </label>
        ))}
      </fieldset>

      {/* Only Spanish has words about the person in two forms. */}
      {uiLanguage().startsWith('es') && (
        <SpanishFormChoice value={settings.spanishForm} onChange={(spanishForm) => save({ spanishForm })} />
      )}

      <fieldset>
        <legend>{t('options_prompts')}</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={settings.prompts.afterHardFeeling}
            onChange={(e) => save({ prompts: { ...settings.prompts, afterHardFeeling: e.target.checked } })}
          />{' '}
          {t('options_promptAfterHard')}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={settings.prompts.dailyCheckIn}
            onChange={(e) => {
              if (!e.target.checked)
                return void save({ prompts: { ...settings.prompts, dailyCheckIn: false } });
              // The check-in is a notification: ask for it straight from this click.
              void browser.permissions.request({ permissions: ['notifications'] }).then(
                (granted) =>
                  granted
                    ? save({ prompts: { ...settings.prompts, dailyCheckIn: true } })
                    : setStatus(t('options_promptDailyNeedsNotifications')),
                () => setStatus(t('options_promptDailyNeedsNotifications')),
              );
            }}
          />{' '}
          {t('options_promptDaily')}
        </label>
        {settings.prompts.dailyCheckIn && (
          <div className="inline-field">
            <label htmlFor={`${id}-time`}>{t('options_promptDailyTime')}</label>
            <input
              id={`${id}-time`}
              type="time"
              value={settings.dailyCheckInTime}
              onChange={(e) => e.target.value && save({ dailyCheckInTime: e.target.value })}
            />
          </div>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('options_kindsFirst')}</legend>
        <p className="muted small">{t('options_kindsFirstHint')}</p>
        <div className="check-grid">
          {REJECTION_KINDS.map((k) => (
            <label key={k} className="check">
              <input
                type="checkbox"
                checked={settings.kindsFirst.includes(k)}
                onChange={(e) => toggleKind(k, e.target.checked)}
              />{' '}
              {kindLabel(k)}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('options_newtab')}</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={settings.newtabVeil}
            onChange={(e) => save({ newtabVeil: e.target.checked })}
          />{' '}
          {t('options_newtabVeil')}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={settings.newtabMinimal}
            onChange={(e) => save({ newtabMinimal: e.target.checked })}
          />{' '}
          {t('options_newtabMinimal')}
        </label>
      </fieldset>

      <OptionalFeatures settings={stored} />

      <p role="status" className="muted">
        {status}
      </p>
    </div>
  );
}
