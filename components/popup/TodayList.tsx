import type { Feeling } from '@/lib/db/types';
import { t } from '@/lib/i18n';
import { feelingLabel } from '../feelingLabel';
import { kindLabel } from '../KindSelect';

const time = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

export function TodayList({ feelings }: { feelings: Feeling[] }) {
  return (
    <section aria-labelledby="today-title" className="today">
      <h2 id="today-title">{t('popup_today')}</h2>
      {feelings.length === 0 ? (
        <p className="muted">{t('popup_todayEmpty')}</p>
      ) : (
        <ul data-testid="today-list">
          {feelings.map((f) => (
            <li key={f.id}>
              <time dateTime={new Date(f.createdAt).toISOString()} className="muted">
                {time.format(f.createdAt)}
              </time>{' '}
              {f.words.map(feelingLabel).join(', ')}
              {f.intensity !== undefined && <span className="muted"> · {f.intensity}/10</span>}
              {f.kind && <span className="muted"> · {kindLabel(f.kind)}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
