// Writes the items of a raw set without the writer's labels, for blind labelling:
// node scripts/sets/blind.mjs traps-dev  (reads tests/fixtures/world/raw/traps-dev*.jsonl)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../tests/fixtures/world/', import.meta.url).pathname;
const set = process.argv[2];
if (!set) throw new Error('usage: blind.mjs <set>');
const KEEP = ['id', 'lang', 'text', 'subject', 'from', 'body'];
const files = readdirSync(join(root, 'raw')).filter((f) => f.startsWith(`${set}.`) || f === `${set}.jsonl`);
const rows = files.flatMap((f) =>
  readFileSync(join(root, 'raw', f), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l)),
);
// A fixed shuffle, so labellers don't read one writer's items in a row.
let seed = 7;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
for (let i = rows.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [rows[i], rows[j]] = [rows[j], rows[i]];
}
mkdirSync(join(root, 'blind'), { recursive: true });
const out = rows.map((r) =>
  JSON.stringify(Object.fromEntries(KEEP.filter((k) => k in r).map((k) => [k, r[k]]))),
);
writeFileSync(join(root, 'blind', `${set}.jsonl`), `${out.join('\n')}\n`);
console.log(`${set}: ${rows.length} items from ${files.join(', ')}`);
