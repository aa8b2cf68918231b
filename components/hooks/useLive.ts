import { useEffect, useState } from 'react';

/**
 * A live query whose database code loads after the first render: the page first shows rows it
 * read before React loaded (`initial`), then Dexie (loaded here, off the critical path) keeps them
 * fresh. `load` brings the repository module; `query` runs inside Dexie's liveQuery, which re-runs
 * it whenever the rows it read change.
 */
export function useLive<M, T>(load: () => Promise<M>, query: (mod: M) => Promise<T>, initial: T): T {
  const [value, setValue] = useState(initial);
  // biome-ignore lint/correctness/useExhaustiveDependencies: subscribed once; liveQuery re-runs the query when its rows change
  useEffect(() => {
    let live = true;
    let sub: { unsubscribe(): void } | undefined;
    Promise.all([import('dexie'), load()]).then(([{ liveQuery }, mod]) => {
      if (!live) return;
      sub = liveQuery(() => query(mod)).subscribe({
        next: (v) => live && setValue(v),
        error: (e: unknown) => console.error(e),
      });
    });
    return () => {
      live = false;
      sub?.unsubscribe();
    };
  }, []);
  return value;
}
