import { lazy, Suspense, useEffect, useState } from 'react';
import { CrisisLinesLink } from '@/components/CrisisPanel';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { useSettings } from '@/components/hooks/settings';
import { mount } from '@/components/mount';
import { InnerFile } from '@/components/options/InnerFile';
import { SettingsSection } from '@/components/options/SettingsSection';
import { Welcome } from '@/components/options/Welcome';
import { t } from '@/lib/i18n';
import './options.css';

// Heavier sections load after the inner file is on screen.
const History = lazy(() => import('@/components/options/History').then((m) => ({ default: m.History })));
const Trends = lazy(() => import('@/components/options/Trends'));
const DataSection = lazy(() => import('@/components/options/DataSection'));

const loading = <p className="muted">{t('common_loading')}</p>;

function Options() {
  const settings = useSettings();
  // The sections render after load, so the browser's own jump to #data etc. comes too early.
  useEffect(() => {
    const target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
    target?.scrollIntoView();
  }, []);
  // After install the page opens at #welcome; the welcome stays until the person moves on.
  const [welcome, setWelcome] = useState(() => location.hash === '#welcome');
  const endWelcome = () => {
    setWelcome(false);
    if (location.hash === '#welcome') history.replaceState(null, '', location.pathname);
  };
  return (
    <div className="options-page">
      {welcome && settings && <Welcome settings={settings} onDone={endWelcome} />}
      <header className="page-header">
        <h1>{t('options_title')}</h1>
        <nav aria-label={t('options_navLabel')}>
          <ul className="row">
            <li>
              <a href="#inner-file">{t('options_innerFileTitle')}</a>
            </li>
            <li>
              <a href="#record">{t('options_recordTitle')}</a>
            </li>
            <li>
              <a href="#data">{t('options_dataTitle')}</a>
            </li>
            <li>
              <a href="#settings">{t('options_settingsTitle')}</a>
            </li>
          </ul>
        </nav>
      </header>
      <main className="stack">
        <section id="inner-file" aria-labelledby="inner-file-title" className="section">
          <h2 id="inner-file-title">{t('options_innerFileTitle')}</h2>
          <p className="intro">{t('options_innerFileIntro')}</p>
          <ErrorBoundary>
            <InnerFile settingsLoaded={settings !== undefined} />
          </ErrorBoundary>
        </section>
        <section id="record" aria-labelledby="record-title" className="section">
          <h2 id="record-title">{t('options_recordTitle')}</h2>
          <p className="intro">{t('options_recordIntro')}</p>
          <h3>{t('options_trendsTitle')}</h3>
          <ErrorBoundary>
            <Suspense fallback={loading}>
              <Trends />
            </Suspense>
          </ErrorBoundary>
          <h3>{t('options_historyTitle')}</h3>
          <ErrorBoundary>
            <Suspense fallback={loading}>
              <History kindsFirst={settings?.kindsFirst} />
            </Suspense>
          </ErrorBoundary>
        </section>
        <section id="data" aria-labelledby="data-title" className="section">
          <h2 id="data-title">{t('options_dataTitle')}</h2>
          <p className="intro">{t('options_dataIntro')}</p>
          <ErrorBoundary>
            <Suspense fallback={loading}>
              <DataSection />
            </Suspense>
          </ErrorBoundary>
        </section>
        <section id="settings" aria-labelledby="settings-title" className="section">
          <h2 id="settings-title">{t('options_settingsTitle')}</h2>
          <ErrorBoundary>{settings ? <SettingsSection settings={settings} /> : loading}</ErrorBoundary>
        </section>
      </main>
      <footer className="page-footer">
        <CrisisLinesLink />
      </footer>
    </div>
  );
}

mount(<Options />, 'options_title');
