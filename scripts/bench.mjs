// npm run bench: builds once, then runs every section in scripts/bench/ in one run and prints one
// table (budgets from docs/ARCHITECTURE.md, "Budgets"); writes .output/bench.json. Add a section: a module exporting
// `bench(ctx) → { rows: [{ measure, value, budget, ok }], json }`, listed in SECTIONS.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { bin, ensureDeps, findBrowser, root, run } from './env.mjs';

const SECTIONS = ['pages', 'sizes', 'newtab', 'traps', 'crisis', 'email', 'jobboard', 'options'];

ensureDeps();
const browserPath = findBrowser();
run(bin('wxt'), ['build']);
const ctx = {
  root,
  built: path.join(root, '.output', 'chrome-mv3'),
  browserPath,
  runs: Number(process.env.BENCH_RUNS ?? 15),
};
const only = process.argv.slice(2);
const results = {};
const rows = [];
for (const name of SECTIONS.filter((s) => !only.length || only.includes(s))) {
  console.error(`bench: ${name}…`);
  const { bench } = await import(`./bench/${name}.mjs`);
  const out = await bench(ctx);
  results[name] = out.json;
  rows.push(...out.rows);
}
const table = [
  ['measure', 'value', 'budget'],
  ...rows.map((r) => [r.measure, r.value, r.ok === false ? `${r.budget} ✗` : r.budget]),
];
const w = [0, 1, 2].map((i) => Math.max(...table.map((r) => r[i].length)));
const line = (r) => `| ${r.map((c, i) => c.padEnd(w[i])).join(' | ')} |`;
console.log(
  [line(table[0]), `|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`, ...table.slice(1).map(line)].join('\n'),
);
writeFileSync(
  path.join(root, '.output', 'bench.json'),
  `${JSON.stringify({ date: new Date().toISOString(), ...results }, null, 2)}\n`,
);
console.error('wrote .output/bench.json');
