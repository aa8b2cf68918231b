import { describe, expect, it } from 'vitest';
import { barFor, LENGTH_PENALTY } from '@/lib/safety/crisis-model';

// The word model's bar for a long text (docs/ARCHITECTURE.md, "Detectors"): each stretch of three
// sentences is a try, so the bar's log-odds rise with the log of their number, up to a cap.
describe('barFor', () => {
  it.each([
    [0.2, 1, 0.2],
    [0.2, 0, 0.2],
    [0.2, 3, 0.302],
    [0.2, 10, 0.442],
    [0.4, 3, 0.536],
    [0.2, 20, 0.528],
    [0.2, 5_000, 0.528],
  ])('at %d over %d stretches the bar is %d', (at, stretches, bar) => {
    expect(barFor(at, stretches)).toBeCloseTo(bar, 3);
  });

  it('only ever raises the bar, and more for more stretches', () => {
    expect(LENGTH_PENALTY).toBeGreaterThan(0);
    let last = 0;
    for (let k = 1; k <= 20; k++) {
      const bar = barFor(0.2, k);
      expect(bar).toBeGreaterThanOrEqual(Math.max(0.2, last));
      last = bar;
    }
  });
});
