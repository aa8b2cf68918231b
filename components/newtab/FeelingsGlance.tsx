import type { Feeling } from '@/lib/db/types';
import { t } from '@/lib/i18n';
import { type GlanceDay, glance } from '@/lib/newtab/glance';
import { feelingLabel } from '../feelingLabel';

const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'short' });
const longDay = new Intl.DateTimeFormat(undefined, { weekday: 'long', month: 'long', day: 'numeric' });

function dayText(d: GlanceDay): string {
  return d.words.length ? d.words.map(feelingLabel).join(', ') : t('newtab_glanceNothing');
}

/** The last 7 and 30 days at a glance: words, and a tone per day. Lists, so screen readers read them. */
export function FeelingsGlance({ feelings, now }: { feelings: Feeling[]; now: number }) {
  return (
    <section className="card glance" aria-labelledby="glance-title" data-testid="glance">
      <h2 id="glance-title">{t('newtab_glanceTitle')}</h2>
      {feelings.length === 0 ? (
        <p className="muted">{t('newtab_glanceEmpty')}</p>
      ) : (
        <GlanceLists feelings={feelings} now={now} />
      )}
    </section>
  );
}

function GlanceLists({ feelings, now }: { feelings: Feeling[]; now: number }) {
  const g = glance(feelings, now);
  return (
    <>
      <h3 id="glance-week">{t('newtab_glanceWeek')}</h3>
      <ol className="week plain" aria-labelledby="glance-week">
        {g.week.map((d) => (
          <li key={d.start} className={`tone-${d.tone}`}>
            <span className="day muted" aria-hidden="true">
              {weekday.format(d.start)}
            </span>
            <span className="visually-hidden">{longDay.format(d.start)}: </span>
            <span className="dot" aria-hidden="true" />
            <span className="words">{d.words.length ? d.words.map(feelingLabel).join(', ') : '·'}</span>
            {!d.words.length && <span className="visually-hidden">{t('newtab_glanceNothing')}</span>}
          </li>
        ))}
      </ol>
      <h3 id="glance-month">{t('newtab_glanceMonth')}</h3>
      <ol className="month plain" aria-labelledby="glance-month">
        {g.month.map((d) => (
          <li key={d.start} className={`tone-${d.tone}`} title={`${longDay.format(d.start)}: ${dayText(d)}`}>
            <span className="visually-hidden">
              {longDay.format(d.start)}: {dayText(d)}
            </span>
          </li>
        ))}
      </ol>
      <p className="legend muted small" aria-hidden="true">
        <span className="key tone-hard" /> {t('newtab_glanceHard')} <span className="key tone-easing" />{' '}
        {t('newtab_glanceEasing')} <span className="key tone-mixed" /> {t('newtab_glanceMixed')}
      </p>
      {g.monthWords.length > 0 && (
        <p className="small">{t('newtab_glanceMost', g.monthWords.map(feelingLabel).join(', '))}</p>
      )}
    </>
  );
}
