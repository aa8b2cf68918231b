import { Component, type ErrorInfo, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';

interface Props {
  children: ReactNode;
  /** Where the person can still reach their data (export, delete all) from this page. */
  dataLink?: boolean;
}

/**
 * One part of a page that failed to render says so and leaves the rest of the page working, so
 * a bad row can never blank a page for good, and export and "delete all" stay reachable.
 */
export class ErrorBoundary extends Component<Props, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Redirection: a part of the page failed', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="card stack error-card" role="alert" data-testid="page-error">
        <p>{t('common_partFailed')}</p>
        <p className="muted small">
          {t('common_partFailedWhy')} <code>{error.message.slice(0, 200)}</code>
        </p>
        <div className="row">
          <button type="button" onClick={() => location.reload()}>
            {t('common_reload')}
          </button>
          {this.props.dataLink && (
            <a
              href={(browser.runtime.getURL as (p: string) => string)('/options.html#data')}
              target="_blank"
              rel="noreferrer"
            >
              {t('common_yourData')}
            </a>
          )}
        </div>
      </div>
    );
  }
}
