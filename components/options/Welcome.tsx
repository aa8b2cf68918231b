import { useState } from 'react';
import { t, uiLanguage } from '@/lib/i18n';
import { type Feature, turnOnFeature } from '@/lib/permissions/features';
import { type Settings, updateSettings } from '@/lib/settings';
import { SpanishFormChoice } from './SpanishForm';

/**
 * The one-screen welcome after install: what Redirection does, the privacy promise, and three
 * optional first steps, each asking for its permission only when chosen. Nothing is required.
 */
export function Welcome({ settings, onDone }: { settings: Settings; onDone: () => void }) {
  const [status, setStatus] = useState('');
  const turnOn = (feature: Feature) => () => {
    setStatus('');
    // Straight from the click: the browser shows its prompt only during the gesture.
    void turnOnFeature(feature, settings).then((granted) =>
      setStatus(granted ? t('welcome_turnedOn') : t('jobs_optNotGranted')),
    );
  };
  const addMoment = () => {
    onDone();
    location.hash = '#add-moment';
  };
  return (
    <section id="welcome" className="section welcome" aria-labelledby="welcome-title" data-testid="welcome">
      <h2 id="welcome-title">{t('welcome_title')}</h2>
      <p>{t('welcome_what')}</p>
      <p className="muted" data-testid="not-a-service">
        {t('crisis_notService')}
      </p>
      {uiLanguage().startsWith('es') && (
        <SpanishFormChoice
          value={settings.spanishForm}
          onChange={(spanishForm) => void updateSettings({ spanishForm })}
        />
      )}
      <ul>
        <li>{t('welcome_toolName')}</li>
        <li>{t('welcome_toolInnerFile')}</li>
        <li>{t('welcome_toolReframe')}</li>
        <li>{t('welcome_toolStep')}</li>
      </ul>
      <p className="welcome-privacy">
        <strong>{t('welcome_privacyTitle')}</strong> {t('welcome_privacy')}
      </p>
      <h3>{t('welcome_choicesTitle')}</h3>
      <ul className="plain stack">
        <li>
          <button type="button" onClick={addMoment}>
            {t('welcome_addMoment')}
          </button>
        </li>
        <li>
          <button type="button" onClick={turnOn('jobBoard')} disabled={settings.jobBoardPrompt}>
            {settings.jobBoardPrompt ? t('welcome_jobBoardOn') : t('welcome_jobBoard')}
          </button>{' '}
          <span className="muted">{t('welcome_jobBoardWhy')}</span>
        </li>
        <li>
          <button type="button" onClick={turnOn('email')} disabled={settings.emailNoticing}>
            {settings.emailNoticing ? t('welcome_emailOn') : t('welcome_email')}
          </button>{' '}
          <span className="muted">{t('welcome_emailWhy')}</span>
        </li>
      </ul>
      <p role="status">{status}</p>
      <p>
        <button type="button" className="primary" onClick={onDone}>
          {t('welcome_start')}
        </button>
      </p>
      <p className="muted">{t('welcome_shortcut')}</p>
    </section>
  );
}
