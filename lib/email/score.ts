import { classifyEmail, type Email } from './classify';

// The instance classifyEmail reads, for scripts that score with and without the word model.
export { setEmailModel } from './model';

/** An email from a labelled set (tests/fixtures/emails-dev.jsonl). */
export interface LabelledEmail extends Email {
  id: string;
  label: 'rejection' | 'other';
  category: string;
  company: string | null;
  split: 'dev' | 'holdout' | 'blind-dev' | 'blind-dev-2' | 'blind-holdout';
}

/** Precision and recall of rejection detection over a labelled set; the test and the bench share it. */
export function scoreEmails(rows: readonly LabelledEmail[]): {
  n: number;
  precision: number;
  recall: number;
} {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of rows) {
    const got = classifyEmail(r).rejection;
    const want = r.label === 'rejection';
    if (got && want) tp++;
    else if (got) fp++;
    else if (want) fn++;
  }
  return { n: rows.length, precision: tp / (tp + fp), recall: tp / (tp + fn) };
}

/** Parses a JSON Lines labelled set. */
export function parseEmailSet(text: string): LabelledEmail[] {
  return text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as LabelledEmail);
}
