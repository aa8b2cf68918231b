// The thinking-trap detector on the team-written set (tests/fixtures/traps-dev.jsonl): per-trap
// precision and recall, top-3 hit rate, false alarms on undistorted thoughts, for the whole set and
// for the dev splits and the split never tuned on; and time per thought (budget: < 1 ms).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { tsImport } from 'tsx/esm/api';

const pct = (x) => `${(x * 100).toFixed(0)}%`;

export async function bench({ root, runs }) {
  const detect = await tsImport(path.join(root, 'lib/traps/detect.ts'), import.meta.url);
  const { detectTraps } = detect;
  await detect.loadTrapModel();
  // score.ts's own detectTraps instance is the one the word model must be loaded into.
  const { scoreTraps, loadTrapModel, setTrapModel } = await tsImport(
    path.join(root, 'lib/traps/score.ts'),
    import.meta.url,
  );
  const items = readFileSync(path.join(root, 'tests/fixtures/traps-dev.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  // dev to dev6 were each scored once and then their misses studied; holdout never was.
  const sets = {
    all: items,
    'dev splits': items.filter((i) => i.split !== 'holdout'),
    'older holdout, now trained on': items.filter((i) => i.split === 'holdout'),
  };
  // Since 6 December every older set, holdouts included, trains the word model: rows with the model
  // are in-sample. The honest figures are the world section's frozen holdouts.
  // Sets written blind by other team members from the labels' definitions (they never saw the
  // rules or the set above; their "negative-feeling" is any painful feeling named, broader than
  // ours). blind-a, blind-b and blind-c were scored once, then tuned on (blind-c after the word
  // model's threshold was picked looking at its totals); blind-holdout-2 came last, untouched;
  // blind-holdout-3 was written later still (27 November), never tuned on either. Then blind-d was
  // scored once (top 3: 52% rules, 63% with the model), tuned and trained on; blind-holdout-4,
  // written with it, never was. Then blind-e (first pass top 3: 61% rules, 70% with the model),
  // tuned and trained on; blind-holdout-5, written with it, never was.
  const blind = readFileSync(path.join(root, 'tests/fixtures/traps-blind.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const names = {
    'blind-a': 'blind-a, tuned',
    'blind-b': 'blind-b, tuned',
    'blind-c': 'blind-c, tuned',
    'blind-holdout-2': 'blind-holdout-2, now trained on',
    'blind-holdout-3': 'blind-holdout-3, now trained on',
    'blind-d': 'blind-d, tuned',
    'blind-holdout-4': 'blind-holdout-4, now trained on',
    'blind-e': 'blind-e, tuned',
    'blind-holdout-5': 'blind-holdout-5, now trained on',
  };
  for (const [split, name] of Object.entries(names)) sets[name] = blind.filter((i) => i.split === split);
  // Rules alone, then with the word model (trained without either never-tuned set; timed below).
  setTrapModel(undefined);
  const scores = Object.fromEntries(Object.entries(sets).map(([k, v]) => [k, scoreTraps(v)]));
  await loadTrapModel();
  const withModel = Object.fromEntries(Object.entries(sets).map(([k, v]) => [k, scoreTraps(v)]));

  // Time: every thought, many passes (after a warm-up), and the longest input the page allows.
  // CPU time of this process, not wall time: the bench machine is shared, and waiting for a core
  // is not the detector's cost. Wall time is kept in the JSON for comparison.
  const time = (fn, reps) => {
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    for (let r = 0; r < reps; r++) fn();
    const c = process.cpuUsage(c0);
    return { cpu: (c.user + c.system) / 1000 / reps, wall: (performance.now() - w0) / reps };
  };
  for (const i of items) detectTraps(i.text);
  const passes = Math.max(20, runs * 4);
  const perPass = [];
  for (let p = 0; p < passes; p++) {
    const t = time(() => {
      for (const i of items) detectTraps(i.text);
    }, 1);
    perPass.push({ cpu: t.cpu / items.length, wall: t.wall / items.length });
  }
  const long = items
    .map((i) => i.text)
    .join(' ')
    .slice(0, 2000);
  const longTimes = [];
  for (let p = 0; p < passes; p++) longTimes.push(time(() => detectTraps(long), 10));
  // Noise on a shared machine only adds time, so the fastest pass is the detector's own cost; the
  // median is shown next to it.
  const pick = (xs, k, q) => xs.map((x) => x[k]).sort((a, b) => a - b)[Math.floor((xs.length - 1) * q)];
  const ms = pick(perPass, 'cpu', 0);
  const longMs = pick(longTimes, 'cpu', 0);
  const medians = { perThought: pick(perPass, 'cpu', 0.5), longest: pick(longTimes, 'cpu', 0.5) };
  const wall = { perThought: pick(perPass, 'wall', 0.5), longest: pick(longTimes, 'wall', 0.5) };

  const rows = [];
  for (const [name, s] of Object.entries(withModel)) {
    rows.push({
      measure: `traps with the word model (${name}, ${s.n} thoughts): P / R; top 3; false alarm`,
      value: `${pct(s.precision)} / ${pct(s.recall)}; ${pct(s.top3)}; ${pct(s.falseAlarm)}`,
      budget: '—',
    });
  }
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
    const h = scores['older holdout, now trained on'].perTrap[trap];
    rows.push({
      measure: `trap ${trap}: precision / recall (all; older holdout, now trained on)`,
      value: `${pct(s.precision)} / ${pct(s.recall)}; ${pct(h.precision)} / ${pct(h.recall)}`,
      budget: '—',
    });
  }
  rows.push({
    measure: 'trap detector per thought, rules + word model (CPU, fastest pass; median)',
    value: `${(ms * 1000).toFixed(1)} µs; ${(medians.perThought * 1000).toFixed(1)} µs`,
    budget: '< 1 ms',
    ok: ms < 1,
  });
  rows.push({
    // A stress case, not an item: the set's thoughts run together, one trap after another, up to
    // the 2,000-character cap. The budget (docs/ARCHITECTURE.md) is per item (the row above).
    measure: 'trap detector, stress: 2,000 characters dense with traps (CPU, fastest; median)',
    value: `${longMs.toFixed(3)} ms; ${medians.longest.toFixed(3)} ms`,
    budget: '—',
  });
  return { rows, json: { scores, withModel, msPerThought: ms, msLongest: longMs, medians, wall, passes } };
}
