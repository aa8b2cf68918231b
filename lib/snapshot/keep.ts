import type { SnapshotSource } from './refresh';

/**
 * Starts keeping the page's snapshot once the browser is idle: the static renderer is ~100 kB
 * of code, and compiling it before the first frame would hold that frame back.
 */
export function keepSnapshotWhenIdle<T>(source: SnapshotSource<T>): void {
  requestIdleCallback(() => void import('./refresh').then((m) => m.keepSnapshot(source), console.error), {
    timeout: 2000,
  });
}
