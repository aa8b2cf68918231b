import type { Memory } from '@/lib/db/types';
import { t } from '@/lib/i18n';
import { pageUrl } from './Links';

const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'long', day: 'numeric' });

/** One moment from the inner file, and a way to the next. */
export function Moment({
  memory,
  onNext,
  note,
}: {
  memory: Memory | null;
  onNext: () => void;
  /** Said when there is no other moment to move to. */
  note?: string;
}) {
  return (
    <section className="card moment" aria-labelledby="moment-title" data-testid="moment">
      <h2 id="moment-title">{t('newtab_momentTitle')}</h2>
      {memory ? (
        <>
          <blockquote className="moment-text">
            <p>{memory.text}</p>
          </blockquote>
          <p className="muted small">
            <time dateTime={new Date(memory.date).toISOString()}>{dateFormat.format(memory.date)}</time>
          </p>
          <div className="row">
            <button type="button" onClick={onNext}>
              {t('newtab_momentNext')}
            </button>
            <p role="status" className="muted small">
              {note}
            </p>
          </div>
        </>
      ) : (
        <p>
          {t('newtab_momentEmpty')} <a href={pageUrl('/options.html#inner-file')}>{t('newtab_momentAdd')}</a>
        </p>
      )}
    </section>
  );
}
