import { words, wordsAndPairs } from '../text/word-features';

/**
 * A second opinion for the email classifier: logistic regression over the words and word pairs of
 * the subject and the first 400 words (scripts/train-email.mjs, trained on the team's email sets
 * without their held-out parts). It hears a no said in words the cues don't list. The threshold
 * is high (chosen by cross-validation for precision), so it adds few false alarms.
 */
export interface EmailModel {
  bias: number;
  weights: Record<string, number>;
}

/** At or above this, the model alone calls an email a no. */
export const EMAIL_MODEL_THRESHOLD = 0.9;

let model: EmailModel | undefined;

export function setEmailModel(m: EmailModel | undefined): void {
  model = m;
}

/** The model's features: words and adjacent pairs of the subject and the start of the body. */
export function emailFeatures(subject: string, body: string): string[] {
  return [...wordsAndPairs(words(`${subject} . ${body}`).slice(0, 400))];
}

/** 0..1, or undefined without a model. */
export function emailModelScore(subject: string, body: string): number | undefined {
  if (!model) return undefined;
  let z = model.bias;
  for (const f of emailFeatures(subject, body)) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}
