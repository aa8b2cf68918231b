import { useEffect, useRef, useState } from 'react';
import { chooseMoment } from '@/lib/db/memories';
import type { Memory } from '@/lib/db/types';
import { t } from '@/lib/i18n';
import { formatDay, memoryKindLabel } from './format';

/**
 * "Read me one": one moment at a time, large and calm, in a modal dialog (focus stays inside,
 * Escape closes). Prefers moments not read back recently, here and elsewhere.
 */
export function ReadOne({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [moment, setMoment] = useState<Memory | null>();
  const [seen, setSeen] = useState<string[]>([]);

  const next = async (exclude: string[]) => {
    let m = await chooseMoment({ exclude });
    // Every moment read in this sitting: start the round again.
    if (!m && exclude.length) {
      m = await chooseMoment({ exclude: exclude.slice(-1) });
      exclude = [];
    }
    setMoment(m ?? null);
    setSeen(m ? [...exclude, m.id] : exclude);
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: opens once, with the first moment
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
    void next([]);
  }, []);

  return (
    <dialog ref={ref} className="read-one" aria-labelledby="read-one-title" onClose={onClose}>
      <h2 id="read-one-title" className="visually-hidden">
        {t('options_readOneTitle')}
      </h2>
      <div aria-live="polite" data-testid="read-one">
        {moment === undefined ? (
          <p className="muted">{t('common_loading')}</p>
        ) : moment === null ? (
          <p>{t('options_readOneEmpty')}</p>
        ) : (
          <figure className="fade-in" key={moment.id}>
            <blockquote className="read-one-text">{moment.text}</blockquote>
            <figcaption className="muted">
              {formatDay(moment.date)}
              {moment.kinds.length > 0 && ` · ${moment.kinds.map(memoryKindLabel).join(', ')}`}
              {moment.people.length > 0 && ` · ${moment.people.join(', ')}`}
            </figcaption>
          </figure>
        )}
      </div>
      <div className="row">
        {moment && (
          <button type="button" className="primary" onClick={() => next(seen)}>
            {t('options_readOneNext')}
          </button>
        )}
        <button type="button" onClick={() => ref.current?.close()}>
          {t('common_close')}
        </button>
      </div>
    </dialog>
  );
}
