import type { CrisisRule } from './shared';

/**
 * The direct words, ready from a page's first render (crisis.ts imports only this file; the full
 * check loads later). Keep it small and free of imports other than types.
 */
export const DIRECT_RULES: CrisisRule[] = [
  {
    id: 'direct-es-kill-myself-or-die',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:quitarme\s+la\s+vida|(?<!va\s+a\s+|van\s+a\s+)matarme|me\s+quiero\s+morir|quiero\s+morirme)\b(?!\s*(?:\.{2,}\s*)?(?:de|estudiando|trabajando)\b|\s+con\s+(?:este|esta|tanto|tanta)\s+(?:calor|frio|trafico|tarea|ruido|gente))/,
    weight: 1,
    example: 'me quiero morir, ya no puedo mas',
    why: 'The plainest Spanish, ready from the first render (the full check hears the rest); not "de sueño", "con este calor".',
  },
  {
    id: 'direct-suicide-word',
    labels: ['risk'],
    lang: 'en',
    pattern: /\bsuicid\w*/,
    weight: 1,
    example: "I've been having suicidal thoughts again",
    why: 'The word itself, in any form (suicide, suicidal), is the plainest way of saying it.',
  },
  {
    id: 'direct-kill-or-hurt-myself',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting)\s+(?:my\s*self|myself)\b(?!\s+laughing)/,
    weight: 1,
    example: 'I want to hurt myself tonight',
    why: 'Killing, hurting or cutting oneself, said outright.',
  },
  {
    id: 'direct-self-harm-word',
    labels: ['risk'],
    lang: 'en',
    pattern: /\bself[\s-]?harm\w*/,
    weight: 1,
    example: 'I keep going back to self-harm when things get bad',
    why: 'The word self-harm, with or without its hyphen.',
  },
  {
    id: 'direct-end-my-life',
    labels: ['risk'],
    lang: 'en',
    pattern: /\b(?:end|ending|take|taking)\s+(?:my|my own)\s+life\b/,
    weight: 1,
    example: "I'm going to take my own life",
    why: "Ending or taking one's own life.",
  },
  {
    id: 'direct-end-it-all',
    labels: ['risk'],
    lang: 'en',
    pattern: /\bend(?:ing)?\s+it\s+all\b/,
    weight: 1,
    example: 'I just want to end it all',
    why: '"End it all": the common euphemism.',
  },
  {
    id: 'direct-want-to-die',
    labels: ['risk'],
    lang: 'en',
    pattern: /\b(?:want|wanna)\s+(?:to\s+)?die\b(?!\s+(?:alone|of|from|laughing))/,
    weight: 1,
    example: 'I want to die',
    why: 'Wanting to die, but not "die alone", "die of", "die laughing".',
  },
  {
    id: 'direct-wish-i-were-dead',
    labels: ['risk'],
    lang: 'en',
    pattern: /\bwish\s+i\s+(?:was|were)\s+dead\b/,
    weight: 1,
    example: 'Some days I wish I was dead',
    why: 'The passive wish to be dead.',
  },
  {
    id: 'direct-better-off-without-me',
    labels: ['risk'],
    lang: 'en',
    pattern: /\bbetter\s+off\s+(?:dead|without\s+me)\b/,
    weight: 1,
    example: "They'd all be better off without me",
    why: 'Feeling a burden others would be better off without, or being better off dead.',
  },
  {
    id: 'direct-dont-want-to-live',
    labels: ['risk'],
    lang: 'en',
    pattern: /\b(?:don'?t|do\s+not|dont)\s+want\s+to\s+(?:live|be\s+alive)\b/,
    weight: 1,
    example: "I don't want to live anymore",
    why: 'Not wanting to live or be alive.',
  },
  {
    id: 'direct-overdose',
    labels: ['risk'],
    lang: 'en',
    pattern: /\boverdos(?:e|ing)\b(?!\s+on\s+(?!(?:my|the|pills|meds)\b))/,
    weight: 1,
    example: "I'm thinking of overdosing on my pills",
    why: 'Overdosing, but not "overdose on ice cream": only on my/the pills or meds.',
  },
  {
    id: 'direct-slang',
    labels: ['risk'],
    lang: 'en',
    pattern: /\bunalive\b|\bkms\b/,
    weight: 1,
    example: 'honestly I might just kms',
    why: 'Internet euphemisms: "unalive", "kms" (kill myself).',
  },
];

/** Whether normalized text holds one of the direct words: the check before the full one loads. */
export function directSays(norm: string): boolean {
  return DIRECT_RULES.some((r) => r.pattern.test(norm));
}
