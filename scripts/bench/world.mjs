// The three detectors on the world sets (tests/fixtures/world/README.md), scored as the extension's
// own CLI answers them: dev and the frozen holdout side by side, and the gap between them.
// `node scripts/bench/world.mjs` prints the table alone; `npm run bench` includes it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';

const pct = (x) => (Number.isFinite(x) ? `${(x * 100).toFixed(0)}%` : '—');
const ratio = (a, b) => (b ? a / b : Number.NaN);

/** A set's items: `emails-dev` is every dev round (emails-dev, emails-dev2, …), the holdout is one file. */
function read(root, name) {
  const dir = path.join(root, 'tests/fixtures/world');
  const [detector, split] = name.split('-');
  const files = readdirSync(dir).filter(
    (f) => f === `${name}.jsonl` || (split === 'dev' && new RegExp(`^${detector}-dev\\d+\\.jsonl$`).test(f)),
  );
  return files.flatMap((f) =>
    readFileSync(path.join(dir, f), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l)),
  );
}

/** Crisis: recall per language; false alarms on idioms and sad-but-safe thoughts, and on all safe text. */
export function scoreCrisis(items, answers) {
  const out = {};
  for (const lang of ['en', 'es']) {
    const risk = items.filter((i) => i.lang === lang && i.crisis);
    out[`recall ${lang}`] = ratio(risk.filter((i) => answers.get(i.id).crisis).length, risk.length);
  }
  const soft = items.filter((i) => !i.crisis && ['idiom', 'sad-safe'].includes(i.kind));
  out['false alarms, idioms and sad-but-safe'] = ratio(
    soft.filter((i) => answers.get(i.id).crisis).length,
    soft.length,
  );
  const safe = items.filter((i) => !i.crisis);
  out['false alarms, all safe text'] = ratio(
    safe.filter((i) => answers.get(i.id).crisis).length,
    safe.length,
  );
  return out;
}

/** Email: is it a job rejection? Precision, recall, receipts flagged, Spanish recall. */
export function scoreEmail(items, answers) {
  const flagged = items.filter((i) => answers.get(i.id).rejection);
  const no = items.filter((i) => i.act === 'rejection');
  const es = no.filter((i) => i.lang === 'es');
  const receipts = items.filter((i) => i.act === 'receipt');
  return {
    precision: ratio(flagged.filter((i) => i.act === 'rejection').length, flagged.length),
    recall: ratio(no.filter((i) => answers.get(i.id).rejection).length, no.length),
    'recall es': ratio(es.filter((i) => answers.get(i.id).rejection).length, es.length),
    'receipts flagged': ratio(receipts.filter((i) => answers.get(i.id).rejection).length, receipts.length),
    'companies right (of rejections found)': ratio(
      no.filter((i) => answers.get(i.id).rejection && same(answers.get(i.id).company, i.company)).length,
      no.filter((i) => answers.get(i.id).rejection).length,
    ),
  };
}

const fold = (c) =>
  String(c ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const same = (a, b) =>
  fold(a) === fold(b) || (!!fold(a) && !!fold(b) && (fold(a).includes(fold(b)) || fold(b).includes(fold(a))));

/**
 * Traps as the reframe page offers them: `traps` shown as likely, `maybe` offered quietly below.
 * Shown for = a distorted thought gets any offer; top 3 = one of the first three offers is right.
 */
export function scoreTraps(items, answers) {
  const distorted = items.filter((i) => i.traps.length);
  const healthy = items.filter((i) => !i.traps.length);
  const offers = (i) => [...answers.get(i.id).traps, ...(answers.get(i.id).maybe ?? [])];
  let shown = 0;
  let right = 0;
  for (const i of items)
    for (const t of answers.get(i.id).traps) {
      shown++;
      if (i.traps.includes(t)) right++;
    }
  return {
    'a trap offered, distorted thoughts': ratio(
      distorted.filter((i) => offers(i).length).length,
      distorted.length,
    ),
    'a right trap in the top 3 offers': ratio(
      distorted.filter((i) =>
        offers(i)
          .slice(0, 3)
          .some((t) => i.traps.includes(t)),
      ).length,
      distorted.length,
    ),
    'precision of traps shown as likely': ratio(right, shown),
    'false alarms, healthy thoughts (any offer)': ratio(
      healthy.filter((i) => offers(i).length).length,
      healthy.length,
    ),
  };
}

const SCORERS = { crisis: scoreCrisis, emails: scoreEmail, traps: scoreTraps };
const TASK = { crisis: 'crisis', emails: 'email', traps: 'traps' };

export async function bench({ root }) {
  const cli = await tsImport(path.join(root, 'lib/cli/classify.ts'), import.meta.url);
  await cli.loadModels();
  const rows = [];
  const json = {};
  for (const detector of ['crisis', 'emails', 'traps']) {
    const task = cli.TASKS[TASK[detector]];
    const score = (split, lang) => {
      const items = read(root, `${detector}-${split}`).filter((i) => !lang || i.lang === lang);
      const answers = new Map(items.map((i) => [i.id, task(i)]));
      return SCORERS[detector](items, answers);
    };
    for (const lang of [undefined, 'en', 'es']) {
      const dev = score('dev', lang);
      const hold = score('holdout', lang);
      const key = `${detector}${lang ? ` ${lang}` : ''}`;
      json[key] = { dev, holdout: hold };
      for (const measure of Object.keys(dev)) {
        if (lang && / (en|es)$/.test(measure)) continue;
        if (!lang && detector === 'traps') continue;
        const gap = hold[measure] - dev[measure];
        rows.push({
          measure: `${key} (world): ${measure}`,
          value: `dev ${pct(dev[measure])} · holdout ${pct(hold[measure])} · gap ${Number.isFinite(gap) ? `${gap >= 0 ? '+' : ''}${(gap * 100).toFixed(0)}` : '—'}`,
          budget: '—',
        });
      }
    }
  }
  // "Reframe this" on a rejection email is what the extension is for: the crisis check must stay
  // quiet on job mail. The email dev sets train the crisis model as not-a-crisis; the holdout never.
  const crisis = cli.TASKS.crisis;
  const mail = (split) => {
    const items = read(root, `emails-${split}`);
    const flagged = items.filter(
      (i) => crisis({ id: i.id, text: [i.subject, i.body].filter(Boolean).join('\n') }).crisis,
    );
    return ratio(flagged.length, items.length);
  };
  const [devMail, holdMail] = [mail('dev'), mail('holdout')];
  json['crisis on job emails'] = { dev: devMail, holdout: holdMail };
  rows.push({
    measure: 'crisis (world): job emails flagged (an email selected and reframed)',
    value: `dev ${pct(devMail)} · holdout ${pct(holdMail)} · gap ${((holdMail - devMail) * 100).toFixed(0)}`,
    budget: '—',
  });
  return { rows, json };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
  const { rows } = await bench({ root });
  for (const r of rows) console.log(`${r.measure.padEnd(90)} ${r.value}`);
}
