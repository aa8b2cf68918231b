import { type ChangeEvent, type FormEvent, useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { forgetNeverHost, readState } from '@/lib/jobboard/state';
import { STATE_KEY } from '@/lib/jobboard/timing';
import { type Feature, requestSites, turnOffFeature, turnOnFeature } from '@/lib/permissions/features';
import { hostPattern } from '@/lib/permissions/hosts';
import { type Settings, updateSettings } from '@/lib/settings';

/**
 * Settings for the two features that read pages: what each reads, what it keeps, and the
 * browser's own permission prompt when turned on. Off gives the sites back.
 */
export function OptionalFeatures({ settings }: { settings: Settings | undefined }) {
  const [status, setStatus] = useState('');
  const [never, setNever] = useState<string[]>([]);
  const [newHost, setNewHost] = useState('');
  const ids = { email: useId(), jobs: useId(), days: useId(), host: useId(), hostHint: useId() };

  useEffect(() => {
    const load = () => void readState().then((s) => setNever(s.neverHosts));
    load();
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && STATE_KEY in changes) load();
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);

  if (!settings) return null;

  const toggle = (feature: Feature) => (e: ChangeEvent<HTMLInputElement>) => {
    setStatus('');
    if (e.target.checked) {
      // Straight from the click: the browser shows its prompt only during the gesture.
      void turnOnFeature(feature, settings).then((granted) => granted || setStatus(t('jobs_optNotGranted')));
    } else {
      void turnOffFeature(feature);
    }
  };

  const addHost = (e: FormEvent) => {
    e.preventDefault();
    const pattern = hostPattern(newHost);
    if (!pattern) {
      setStatus(t('jobs_optHostInvalid'));
      return;
    }
    const host = pattern.slice('https://'.length, -2);
    if (settings.jobBoardExtraHosts.includes(host)) return setNewHost('');
    const save = () => updateSettings({ jobBoardExtraHosts: [...settings.jobBoardExtraHosts, host] });
    if (!settings.jobBoardPrompt) {
      void save().then(() => setNewHost(''));
      return;
    }
    requestSites([pattern]).then(
      async (granted) => {
        if (!granted) return setStatus(t('jobs_optNotGranted'));
        await save();
        setNewHost('');
        setStatus(t('jobs_optHostAdded', host));
      },
      () => setStatus(t('jobs_optNotGranted')),
    );
  };

  const removeHost = async (host: string) => {
    const next = await updateSettings({
      jobBoardExtraHosts: settings.jobBoardExtraHosts.filter((h) => h !== host),
    });
    const pattern = hostPattern(host);
    if (pattern) await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
    setStatus(t('jobs_optHostRemoved', host));
    return next;
  };

  return (
    <section className="stack optional-features" aria-labelledby="optional-features-title">
      <h2 id="optional-features-title">{t('jobs_optTitle')}</h2>
      <p className="muted">{t('jobs_optIntro')}</p>

      <div className="stack">
        <div className="row">
          <input id={ids.email} type="checkbox" checked={settings.emailNoticing} onChange={toggle('email')} />
          <label htmlFor={ids.email}>{t('email_optLabel')}</label>
        </div>
        <p className="hint muted">{t('email_optReads')}</p>
        <p className="hint muted">{t('email_optKeeps')}</p>
      </div>

      <div className="stack">
        <div className="row">
          <input
            id={ids.jobs}
            type="checkbox"
            checked={settings.jobBoardPrompt}
            onChange={toggle('jobBoard')}
          />
          <label htmlFor={ids.jobs}>{t('jobs_optLabel')}</label>
        </div>
        <p className="hint muted">{t('jobs_optExplain')}</p>
        <div className="row">
          <label htmlFor={ids.days}>{t('jobs_optDays')}</label>
          <input
            id={ids.days}
            type="number"
            min={1}
            max={60}
            value={settings.jobBoardDays}
            onChange={(e) => {
              const n = Number(e.target.value);
              if (Number.isInteger(n) && n >= 1 && n <= 60) void updateSettings({ jobBoardDays: n });
            }}
          />
        </div>
        <form className="row" onSubmit={addHost}>
          <label htmlFor={ids.host}>{t('jobs_optHostLabel')}</label>
          <input
            id={ids.host}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={ids.hostHint}
            value={newHost}
            onChange={(e) => setNewHost(e.target.value)}
          />
          <button type="submit">{t('jobs_optHostAdd')}</button>
          <p id={ids.hostHint} className="hint muted">
            {t('jobs_optHostHint')}
          </p>
        </form>
        {settings.jobBoardExtraHosts.length > 0 && (
          <ul className="plain" aria-label={t('jobs_optHostList')}>
            {settings.jobBoardExtraHosts.map((h) => (
              <li key={h} className="row">
                <span>{h}</span>
                <button
                  type="button"
                  onClick={() => void removeHost(h)}
                  aria-label={t('jobs_optHostRemove', h)}
                >
                  {t('common_delete')}
                </button>
              </li>
            ))}
          </ul>
        )}
        {never.length > 0 && (
          <ul className="plain" aria-label={t('jobs_optNeverList')}>
            {never.map((h) => (
              <li key={h} className="row">
                <span>{h}</span>
                <button
                  type="button"
                  onClick={() => void forgetNeverHost(h)}
                  aria-label={t('jobs_optNeverUndo', h)}
                >
                  {t('jobs_optNeverUndoShort')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <p role="status" className="muted">
        {status}
      </p>
    </section>
  );
}
