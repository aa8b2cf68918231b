// Joins a set's writer labels and two blind labellings: agreement figures, the items they
// disagree on, and the final set by majority of the three (writer, A, B), per label.
//   node scripts/sets/agree.mjs crisis-dev|crisis-holdout|traps-dev|traps-holdout|emails-dev|emails-holdout
// Writes tests/fixtures/world/<set>.jsonl and tests/fixtures/world/agreement/<set>.{json,md}.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const root = new URL('../../tests/fixtures/world/', import.meta.url).pathname;
const set = process.argv[2];
const kind = set.split('-')[0];
const readJsonl = (p) =>
  readFileSync(p, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

const raw = readdirSync(join(root, 'raw'))
  .filter((f) => f.startsWith(`${set}.`))
  .flatMap((f) => readJsonl(join(root, 'raw', f)));
const byId = (rows) => new Map(rows.map((r) => [r.id, r]));
const A = byId(readJsonl(join(root, 'labels', `${set}.A.jsonl`)));
const B = byId(readJsonl(join(root, 'labels', `${set}.B.jsonl`)));

const { TRAP_IDS: TRAPS } = await tsImport(
  new URL('../../lib/db/types.ts', import.meta.url).pathname,
  import.meta.url,
);
const ACTS = ['rejection', 'receipt', 'invitation', 'offer', 'other'];

// Each item as a set of yes/no questions, so agreement and votes work the same for all three.
const questions = kind === 'traps' ? TRAPS : kind === 'crisis' ? ['crisis'] : ACTS;
const answers = (row) => {
  if (!row) return undefined;
  if (kind === 'traps') return new Set(row.traps ?? []);
  if (kind === 'crisis') return new Set(row.crisis ? ['crisis'] : []);
  return new Set([row.act]);
};

/** Cohen's kappa for two raters on one yes/no question. */
function kappa(pairs) {
  const n = pairs.length;
  if (!n) return Number.NaN;
  const agree = pairs.filter(([a, b]) => a === b).length / n;
  const pa = pairs.filter(([a]) => a).length / n;
  const pb = pairs.filter(([, b]) => b).length / n;
  const chance = pa * pb + (1 - pa) * (1 - pb);
  return chance === 1 ? 1 : (agree - chance) / (1 - chance);
}

const missing = raw.filter((r) => !A.has(r.id) || !B.has(r.id)).map((r) => r.id);
if (missing.length) throw new Error(`${set}: ${missing.length} items lack a label, e.g. ${missing[0]}`);

/** Company names compared loosely: case, accents, punctuation and legal suffixes aside. */
const norm = (c) =>
  c == null
    ? ''
    : String(c)
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/\b(ltd|llp|llc|inc|plc|gmbh|s\.?a\.?|s\.?l\.?|limited)\b/g, '')
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
const companies = { AB: 0, total: 0 };
const out = [];
const disagreements = [];
const stats = Object.fromEntries(questions.map((q) => [q, { AB: [], WA: [], WB: [] }]));
let exactAB = 0;
for (const r of raw) {
  const w = answers({ ...r, traps: r.traps, crisis: r.crisis, act: r.act });
  const a = answers(A.get(r.id));
  const b = answers(B.get(r.id));
  const final = new Set();
  for (const q of questions) {
    const [x, y, z] = [w.has(q), a.has(q), b.has(q)];
    stats[q].AB.push([y, z]);
    stats[q].WA.push([x, y]);
    stats[q].WB.push([x, z]);
    if (x + y + z >= 2) final.add(q);
  }
  const same = questions.every((q) => a.has(q) === b.has(q));
  if (same) exactAB++;
  if (!same || questions.some((q) => w.has(q) !== a.has(q)))
    disagreements.push({ id: r.id, writer: [...w], A: [...a], B: [...b], final: [...final] });
  if (kind === 'emails') {
    const [cw, ca, cb] = [r.company, A.get(r.id)?.company, B.get(r.id)?.company].map(norm);
    companies.total++;
    if (ca === cb) companies.AB++;
    // The company by majority of the three, else the writer's (they named it).
    r.company = cw === ca || cw === cb || ca !== cb ? r.company : A.get(r.id)?.company;
  }
  const { traps: _t, crisis: _c, act: _a, ...rest } = r;
  const label =
    kind === 'traps'
      ? { traps: TRAPS.filter((t) => final.has(t)) }
      : kind === 'crisis'
        ? { crisis: final.has('crisis') }
        : // One act each: the majority, or the two blind labellers' common answer, else the writer's.
          { act: ACTS.find((q) => final.has(q)) ?? r.act };
  out.push({ ...rest, ...label, votes: { writer: [...w], A: [...a], B: [...b] } });
}

const round = (x) => Math.round(x * 1000) / 1000;
const summary = {
  set,
  items: raw.length,
  exactAgreementAB: round(exactAB / raw.length),
  kappa: Object.fromEntries(
    questions.map((q) => [
      q,
      {
        AB: round(kappa(stats[q].AB)),
        writerA: round(kappa(stats[q].WA)),
        writerB: round(kappa(stats[q].WB)),
      },
    ]),
  ),
  disagreements: disagreements.length,
  ...(kind === 'emails' ? { companyAgreementAB: round(companies.AB / companies.total) } : {}),
};
mkdirSync(join(root, 'agreement'), { recursive: true });
writeFileSync(join(root, `${set}.jsonl`), `${out.map((r) => JSON.stringify(r)).join('\n')}\n`);
writeFileSync(join(root, 'agreement', `${set}.json`), `${JSON.stringify(summary, null, 2)}\n`);
writeFileSync(
  join(root, 'agreement', `${set}.disagreements.jsonl`),
  `${disagreements.map((d) => JSON.stringify(d)).join('\n')}\n`,
);
console.log(JSON.stringify(summary));
