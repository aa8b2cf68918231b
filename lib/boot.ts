/**
 * Hand-off from a page's early boot script (a classic script right after #root, run while the
 * page parses) to its module code, which the boot script starts: the boot script paints the
 * first-view snapshot or starts the first reads, and the module takes the read's promise.
 * Symbol.for, because the two are separate bundles.
 */
const slot = (page: string) => Symbol.for(`redirection.boot.${page}`);

export function handOff<T>(page: string, value: T): void {
  (globalThis as Record<symbol, unknown>)[slot(page)] = value;
}

/** What the boot script handed off, once; undefined when it didn't run. */
export function takeHandOff<T>(page: string): T | undefined {
  const g = globalThis as Record<symbol, unknown>;
  const value = g[slot(page)] as T | undefined;
  delete g[slot(page)];
  return value;
}

/** Puts the stored theme on the page before its first paint (useSettings keeps it current after). */
export function applyStoredTheme(settings: unknown, root: { dataset: DOMStringMap }): void {
  const theme = (settings as { theme?: unknown } | undefined)?.theme;
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
}
