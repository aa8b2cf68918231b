import { useEffect, useId } from 'react';
import { type MessageKey, t } from '@/lib/i18n';

export interface CardData {
  who: string;
  daysAgo: number;
  reframe: number;
  moment: string | null;
}

export type CardAction = 'feel' | 'step' | 'not-now' | 'week' | 'never';

const WHEN: MessageKey[] = [
  'jobs_when0',
  'jobs_when1',
  'jobs_when2',
  'jobs_when3',
  'jobs_when4',
  'jobs_when5',
  'jobs_when6',
];
// Fit, timing, capacity: about the match and the moment, never about the person's worth.
const REFRAMES: MessageKey[] = [
  'jobs_reframeFit',
  'jobs_reframeTiming',
  'jobs_reframeCapacity',
  'jobs_reframeNumbers',
];

export function whenLabel(daysAgo: number): string {
  return WHEN[daysAgo] ? t(WHEN[daysAgo]) : t('jobs_whenMany', String(daysAgo));
}

/**
 * The card on a job board, a few days after a no. It never takes focus; Esc (anywhere on the
 * page) or any choice closes it.
 */
export function JobCard({ data, onAction }: { data: CardData; onAction: (a: CardAction) => void }) {
  const titleId = useId();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onAction('not-now');
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onAction]);
  const when = whenLabel(data.daysAgo);
  return (
    <section className="card" aria-labelledby={titleId} data-testid="redirection-job-card">
      <h2 id={titleId}>{data.who ? t('jobs_cardTitleWho', [data.who, when]) : t('jobs_cardTitle', when)}</h2>
      <p>{t(REFRAMES[data.reframe % REFRAMES.length] ?? 'jobs_reframeFit')}</p>
      {data.moment && (
        <figure>
          <figcaption>{t('jobs_momentIntro')}</figcaption>
          <blockquote>{data.moment}</blockquote>
        </figure>
      )}
      <div className="row">
        <button type="button" className="primary" onClick={() => onAction('feel')}>
          {t('jobs_actionFeel')}
        </button>
        <button type="button" onClick={() => onAction('step')}>
          {t('jobs_actionStep')}
        </button>
      </div>
      <div className="row quiet">
        <button type="button" onClick={() => onAction('not-now')}>
          {t('jobs_actionNotNow')}
        </button>
        <button type="button" onClick={() => onAction('week')}>
          {t('jobs_actionWeek')}
        </button>
        <button type="button" onClick={() => onAction('never')}>
          {t('jobs_actionNever')}
        </button>
      </div>
    </section>
  );
}
