// The thinking-trap detector on the team-written set (tests/fixtures/traps-dev.jsonl): per-trap
// precision and recall, top-3 hit rate, false alarms on undistorted thoughts, for the whole set and
// for the dev splits and the split never tuned on; and time per thought (budget: < 1 ms).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { tsImport } from 'tsx/esm/api';

const pct = (x) => `${(x * 100).toFixed(0)}%`;

export async function bench({ root, runs }) {
  const { detectTraps } = await tsImport(path.join(root, 'lib/traps/detect.ts'), import.meta.url);
  const { scoreTraps } = await tsImport(path.join(root, 'lib/traps/score.ts'), import.meta.url);
  const items = readFileSync(path.join(root, 'tests/fixtures/traps-dev.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const sets = {
    all: items,
    dev: items.filter((i) => i.split === 'dev'),
    holdout: items.filter((i) => i.split === 'holdout'),
  };
  const scores = Object.fromEntries(Object.entries(sets).map(([k, v]) => [k, scoreTraps(v)]));

  // Time: every thought, many passes (after a warm-up), and the longest input the page allows.
  for (const i of items) detectTraps(i.text);
  const passes = Math.max(20, runs * 4);
  const perPass = [];
  for (let p = 0; p < passes; p++) {
    const t0 = performance.now();
    for (const i of items) detectTraps(i.text);
    perPass.push((performance.now() - t0) / items.length);
  }
  perPass.sort((a, b) => a - b);
  const long = items
    .map((i) => i.text)
    .join(' ')
    .slice(0, 2000);
  const longTimes = [];
  for (let p = 0; p < passes; p++) {
    const t0 = performance.now();
    detectTraps(long);
    longTimes.push(performance.now() - t0);
  }
  longTimes.sort((a, b) => a - b);
  const ms = perPass[Math.floor(perPass.length / 2)];
  const longMs = longTimes[Math.floor(longTimes.length / 2)];

  const rows = [];
  for (const [name, s] of Object.entries(scores)) {
    const label = `traps (${name}, ${s.n} thoughts)`;
    rows.push({
      measure: `${label}: micro precision / recall`,
      value: `${pct(s.precision)} / ${pct(s.recall)}`,
      budget: '—',
    });
    rows.push({ measure: `${label}: a true trap in top 3`, value: pct(s.top3), budget: '—' });
    rows.push({
      measure: `${label}: undistorted thoughts with any suggestion`,
      value: pct(s.falseAlarm),
      budget: '—',
    });
  }
  for (const [trap, s] of Object.entries(scores.all.perTrap)) {
    const h = scores['never-tuned holdout'].perTrap[trap];
    rows.push({
      measure: `trap ${trap}: precision / recall (all; held-out)`,
      value: `${pct(s.precision)} / ${pct(s.recall)}; ${pct(h.precision)} / ${pct(h.recall)}`,
      budget: '—',
    });
  }
  rows.push({
    measure: 'trap detector per thought (median pass)',
    value: `${(ms * 1000).toFixed(1)} µs`,
    budget: '< 1 ms',
    ok: ms < 1,
  });
  rows.push({
    measure: 'trap detector, 2,000-character text',
    value: `${longMs.toFixed(3)} ms`,
    budget: '< 1 ms',
    ok: longMs < 1,
  });
  return { rows, json: { scores, msPerThought: ms, msLongest: longMs, passes } };
}
