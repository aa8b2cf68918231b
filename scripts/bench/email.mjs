// Email classifier on the team-written set: precision and recall (dev and held-out parts) and
// time per email, in process (the same code the extension and `classify email` run).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { msPerItem } from './timing.mjs';

export async function bench({ root, runs }) {
  const { classifyEmail, setEmailModel: setModel } = await tsImport(
    path.join(root, 'lib/email/classify.ts'),
    import.meta.url,
  );
  const {
    parseEmailSet,
    scoreEmails: score,
    setEmailModel,
  } = await tsImport(path.join(root, 'lib/email/score.ts'), import.meta.url);
  // As the extension runs it: the cues and the word model (scripts/train-email.mjs).
  const weights = JSON.parse(readFileSync(path.join(root, 'lib/email/email-model.json'), 'utf8'));
  setEmailModel(weights);
  setModel(weights);
  const set = parseEmailSet(readFileSync(path.join(root, 'tests/fixtures/emails-dev.jsonl'), 'utf8'));
  const dev = score(set.filter((r) => r.split === 'dev'));
  const holdout = score(set.filter((r) => r.split === 'holdout'));
  const ms = msPerItem(set, classifyEmail, { runs, warmups: 3 });
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  const rows = [
    {
      measure: `email: precision (dev, n=${dev.n})`,
      value: pct(dev.precision),
      budget: '> 95%',
      ok: dev.precision > 0.95,
    },
    { measure: 'email: recall (dev)', value: pct(dev.recall), budget: '> 92%', ok: dev.recall > 0.92 },
    {
      measure: `email: precision (older holdout, now trained on, n=${holdout.n})`,
      value: pct(holdout.precision),
      budget: '> 95%',
      ok: holdout.precision > 0.95,
    },
    {
      measure: 'email: recall (older holdout, now trained on)',
      value: pct(holdout.recall),
      budget: '> 92%',
      ok: holdout.recall > 0.92,
    },
    { measure: 'email: time per email', value: `${ms.toFixed(3)} ms`, budget: '< 1 ms', ok: ms < 1 },
  ];
  // Sets written blind by other team members (tests/fixtures/emails-blind.jsonl): blind-dev and
  // blind-dev-2 were scored once (97%/81%; 94.7%/60.0%, 91.8%/75.0% with the model) and then
  // tuned and trained on; blind-holdout never was (first scored: 87.5%/58.3%, 87.8%/71.7%).
  // A later round (27 November): blind-dev-3 scored once (91.2%/88.6% with the model), then tuned
  // and trained on; blind-holdout-2 never was (88.1%/86.7% before that round). Then blind-dev-4,
  // full of non-job noes, scored once (78.3%/92.9%), tuned and trained on; blind-holdout-3 never
  // was (91.4%/88.3% before that round).
  const blind = parseEmailSet(readFileSync(path.join(root, 'tests/fixtures/emails-blind.jsonl'), 'utf8'));
  const blindScores = {};
  for (const [split, withModel] of [
    ['blind-dev', true],
    ['blind-dev-2', true],
    ['blind-dev-3', true],
    ['blind-holdout', false],
    ['blind-holdout', true],
    ['blind-holdout-2', false],
    ['blind-holdout-2', true],
    ['blind-dev-4', true],
    ['blind-holdout-3', false],
    ['blind-holdout-3', true],
  ]) {
    const part = blind.filter((r) => r.split === split);
    if (!part.length) continue;
    setEmailModel(withModel ? weights : undefined);
    setModel(withModel ? weights : undefined);
    const b = score(part);
    const named = part.filter((r) => r.label === 'rejection' && r.company);
    const exact = named.filter(
      (r) => (classifyEmail(r).company ?? '').toLowerCase() === (r.company ?? '').toLowerCase(),
    ).length;
    blindScores[`${split}${withModel ? '' : ' (cues alone)'}`] = {
      ...b,
      companyExact: exact,
      companyNamed: named.length,
    };
    rows.push({
      measure: `email (older ${split}, now trained on${withModel ? '' : ', cues alone'}, n=${b.n}): precision / recall; company exact`,
      value: `${pct(b.precision)} / ${pct(b.recall)}; ${exact} of ${named.length}`,
      budget: '—',
    });
  }
  return { rows, json: { dev, holdout, blind: blindScores, msPerEmail: ms } };
}
