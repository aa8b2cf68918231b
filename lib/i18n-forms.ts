/**
 * Spanish words about the person come in two forms ("abandonado/a"). The person chooses once
 * (settings, welcome): both, feminine or masculine; every "…o/a" then reads in that form.
 */
export const SPANISH_FORMS = ['both', 'feminine', 'masculine'] as const;
export type SpanishForm = (typeof SPANISH_FORMS)[number];

const BOTH = /(\p{L}+)o\/a(?!\p{L})/gu;

/** The text with every "…o/a" in the chosen form. */
export function inForm(text: string, form: SpanishForm): string {
  if (form === 'both' || !text.includes('o/a')) return text;
  return text.replace(BOTH, (_, stem: string) => `${stem}${form === 'feminine' ? 'a' : 'o'}`);
}
