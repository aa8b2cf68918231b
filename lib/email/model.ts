import { features, tokens } from '../detect/features';
import { type ModelFile, probability, type Scorer, unpack } from '../detect/logistic';

/**
 * What an email does, heard from its words: one logistic model per act over the words and pairs
 * of the subject and the first 400 words (scripts/train-email.mjs, trained on the world dev sets
 * and the team's older sets). It tells a receipt ("if you are not selected…") from a no by how
 * the whole letter reads, in English and Spanish.
 */
export const EMAIL_ACTS = ['rejection', 'receipt', 'invitation', 'offer', 'other'] as const;
export type EmailAct = (typeof EMAIL_ACTS)[number];

export type EmailModel = ModelFile<EmailAct>;

let model: Record<EmailAct, Scorer> | undefined;

export function setEmailModel(m: EmailModel | undefined): void {
  model = m && unpack(m);
}

/** The model's features: the subject and the start of the body, and the subject's own words. */
export function emailFeatures(subject: string, body: string): string[] {
  const start = tokens(`${subject} . ${body}`).slice(0, 400).join(' ');
  return [...features(start), ...[...features(subject)].map((f) => `s:${f}`)];
}

/** Each act's probability, or undefined without a model. */
export function emailActs(subject: string, body: string): Record<EmailAct, number> | undefined {
  if (!model) return undefined;
  const f = emailFeatures(subject, body);
  const m = model;
  return Object.fromEntries(EMAIL_ACTS.map((a) => [a, probability(m[a], f)])) as Record<EmailAct, number>;
}
