import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { chooseMoment } from '@/lib/db/memories';
import type { Memory, MemoryKind } from '@/lib/db/types';
import { t } from '@/lib/i18n';

/** A moment from the inner file that answers the thought, through the shared chooseMoment(). */
export function InnerFileMoment({ kinds }: { kinds: readonly MemoryKind[] }) {
  const [moment, setMoment] = useState<Memory | null>();
  const [seen, setSeen] = useState<string[]>([]);
  const kindsKey = kinds.join(',');

  // biome-ignore lint/correctness/useExhaustiveDependencies: re-choose only when the kinds wanted change
  useEffect(() => {
    let live = true;
    chooseMoment({ kinds }).then(
      (m) => {
        if (!live) return;
        setMoment(m ?? null);
        setSeen(m ? [m.id] : []);
      },
      () => live && setMoment(null),
    );
    return () => {
      live = false;
    };
  }, [kindsKey]);

  const another = async () => {
    let next = await chooseMoment({ kinds, exclude: seen });
    // Went round them all: start again from the least recently shown.
    if (!next && seen.length > 1) next = await chooseMoment({ kinds, exclude: moment ? [moment.id] : [] });
    if (next) {
      setMoment(next);
      setSeen((s) => [...s, next.id]);
    }
  };

  if (moment === undefined) return <p className="muted">{t('common_loading')}</p>;
  if (moment === null) {
    return (
      <>
        <p className="muted">{t('reframe_momentNone')}</p>
        <a
          href={(browser.runtime.getURL as (p: string) => string)('/options.html#inner-file')}
          target="_blank"
          rel="noreferrer"
        >
          {t('reframe_momentAdd')}
        </a>
      </>
    );
  }
  return (
    <>
      <p className="muted">{t('reframe_momentIntro')}</p>
      <blockquote className="moment" data-testid="moment">
        <p>{moment.text}</p>
        <footer className="muted small">{new Date(moment.date).toLocaleDateString()}</footer>
      </blockquote>
      <button type="button" className="link" onClick={another}>
        {t('reframe_momentAnother')}
      </button>
    </>
  );
}
