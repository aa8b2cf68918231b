// Time per item for in-process checks: warm up, then the median of whole passes over the set.
import { performance } from 'node:perf_hooks';
import { median } from './browser.mjs';

export function msPerItem(items, fn, { runs, warmups = 1 }) {
  for (let i = 0; i < warmups; i++) for (const item of items) fn(item);
  const times = [];
  for (let r = 0; r < Math.max(5, runs); r++) {
    const t0 = performance.now();
    for (const item of items) fn(item);
    times.push((performance.now() - t0) / items.length);
  }
  return median(times);
}
