// Scores the shipped detectors on one world set file, e.g. a new dev round before anything is
// trained on it: `node scripts/sets/score.mjs crisis-dev4`. The same scorers as the bench.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { scoreCrisis, scoreEmail, scoreTraps } from '../bench/world.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const set = process.argv[2];
if (!set) throw new Error('usage: score.mjs <set>');
const detector = set.split('-')[0];
const items = readFileSync(path.join(root, 'tests/fixtures/world', `${set}.jsonl`), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const cli = await tsImport(path.join(root, 'lib/cli/classify.ts'), import.meta.url);
await cli.loadModels();
const task = cli.TASKS[{ crisis: 'crisis', emails: 'email', traps: 'traps' }[detector]];
const scorer = { crisis: scoreCrisis, emails: scoreEmail, traps: scoreTraps }[detector];
const pct = (x) => (Number.isFinite(x) ? `${(x * 100).toFixed(0)}%` : '—');
for (const lang of [undefined, 'en', 'es']) {
  const some = items.filter((i) => !lang || i.lang === lang);
  const scores = scorer(some, new Map(some.map((i) => [i.id, task(i)])));
  console.log(
    `${set}${lang ? ` ${lang}` : ''} (${some.length}):`,
    Object.entries(scores)
      .map(([k, v]) => `${k} ${pct(v)}`)
      .join(' · '),
  );
}
