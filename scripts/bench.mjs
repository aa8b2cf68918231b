// npm run bench: builds once, then runs every section in scripts/bench/ in one run and prints one
// table (budgets from docs/ARCHITECTURE.md, "Budgets"); writes .output/bench.json. Add a section: a module exporting
// `bench(ctx) → { rows: [{ measure, value, budget, ok }], json }`, listed in SECTIONS.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { bin, ensureDeps, findBrowser, root, run } from './env.mjs';

const SECTIONS = ['pages', 'sizes', 'newtab', 'world', 'traps', 'crisis', 'email', 'jobboard', 'options'];

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
const markdown = [
  line(table[0]),
  // As Biome formats a Markdown table, so the written file passes `npm test`'s format check.
  `| ${w.map((n) => '-'.repeat(n)).join(' | ')} |`,
  ...table.slice(1).map(line),
].join('\n');
console.log(markdown);
// The whole table for people, beside the architecture it measures; a partial run leaves it be.
if (!only.length)
  writeFileSync(
    path.join(root, 'docs', 'bench.md'),
    `# Speed, size and scores\n\nWritten by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, on this project's 2-core machine. Page times are medians of pages opened in new tabs, each against a blank extension page measured in the same run; budgets are in [ARCHITECTURE.md](ARCHITECTURE.md#budgets). "World" rows are the sets nobody tuned the detectors on ([tests/fixtures/world/README.md](../tests/fixtures/world/README.md)): dev is what the models learned from, the holdout is frozen, and the gap is how far dev flatters them. The older rows are the team-written sets, now training data and regression floors.\n\n${markdown}\n`,
  );
writeFileSync(
  path.join(root, '.output', 'bench.json'),
  `${JSON.stringify({ date: new Date().toISOString(), ...results }, null, 2)}\n`,
);
console.error('wrote .output/bench.json');
