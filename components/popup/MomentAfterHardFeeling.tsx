import { useEffect, useState } from 'react';
import type { Memory, MemoryKind } from '@/lib/db/types';
import { t } from '@/lib/i18n';
import { pageUrl } from './NextSteps';

/** After a hard feeling: one moment from the inner file, to remember what is also true. */
export function MomentAfterHardFeeling({ kinds }: { kinds: MemoryKind[] }) {
  const [moment, setMoment] = useState<Memory | null>();
  useEffect(() => {
    let live = true;
    import('@/lib/db/memories')
      .then(({ chooseMoment }) => chooseMoment({ kinds }))
      .then((m) => live && setMoment(m ?? null));
    return () => {
      live = false;
    };
  }, [kinds]);
  if (moment === undefined) return null;
  return (
    <section className="moment fade-in" aria-labelledby="moment-title" data-testid="moment">
      <h2 id="moment-title">{t('popup_momentTitle')}</h2>
      {moment ? (
        <blockquote>{moment.text}</blockquote>
      ) : (
        <p>
          {t('popup_momentEmpty')}{' '}
          <a href={pageUrl('/options.html#inner-file')} target="_blank" rel="noreferrer">
            {t('popup_momentAdd')}
          </a>
        </p>
      )}
    </section>
  );
}
