import type { CrisisRule } from './shared';
import { ACCIDENT, HARM, SELF } from './shared';

/**
 * Idioms and accidents the rules already know ("this job is killing me", "dying to know", "I'd
 * rather die than go back"): the word model doesn't overrule them.
 */
export const IDIOM_RULES: CrisisRule[] = [
  {
    id: 'disappear-into-comfort',
    labels: ['quiet'],
    lang: 'en',
    pattern:
      /\bdisappear\s+(?:into|under)\s+(?:my\s+|a\s+|the\s+)?(?:blanket|duvet|bed|covers|hoodie|book|room|sofa|couch|garden|music)\b/,
    weight: 1,
    example: 'I want to disappear into my blanket this weekend',
    why: 'Disappearing into a blanket or a book: wanting rest and quiet, not to be gone.',
  },
  {
    id: 'dead-tired',
    labels: ['quiet'],
    lang: 'en',
    pattern: /\bdead\s+(?:tired|on\s+my\s+feet|beat)\b/,
    weight: 1,
    example: "I'm dead tired after the night shift",
    why: '"Dead tired", "dead on my feet": tiredness, not death.',
  },
  {
    id: 'relationship-is-dead',
    labels: ['quiet'],
    lang: 'en',
    pattern:
      /\b(?:friendship|relationship|marriage|career|band|chat|dream|romance|spark)\s+is\s+(?:dead|over)\b/,
    weight: 1,
    example: 'Honestly our friendship is dead',
    why: 'A friendship, a career or a dream that is dead or over.',
  },
  {
    id: 'rather-die-than',
    labels: ['quiet'],
    lang: 'en',
    pattern: /\brather\s+die\s+than\b/,
    weight: 1,
    example: "I'd rather die than go to that party again",
    why: '"I\'d rather die than go back": a strong dislike.',
  },
  {
    id: 'die-alone',
    labels: ['quiet'],
    lang: 'en',
    pattern: /\bdie\s+(?:alone|single|of|from|laughing)\b/,
    weight: 1,
    example: "I'm going to die alone with my cats",
    why: '"Die alone", "die single", "die laughing", "die of embarrassment".',
  },
  {
    id: 'ending-it-with',
    labels: ['quiet'],
    lang: 'en',
    pattern: /\bend(?:ing)?\s+(?:it|things)\s+with\b/,
    weight: 1,
    example: "I'm ending it with her this weekend",
    why: 'Ending things with someone: a breakup.',
  },
  {
    id: 'killing-me',
    labels: ['quiet'],
    lang: 'en',
    pattern: /\b(?:killing|kill)\s+me\b/,
    weight: 1,
    example: 'This job is killing me',
    why: '"This job is killing me", "my feet are killing me".',
  },
  {
    id: 'dying-to',
    labels: ['quiet'],
    lang: 'en',
    pattern: /\bdying\s+to\b/,
    weight: 1,
    example: "I'm dying to know if they read my message",
    why: '"Dying to know": eagerness.',
  },
  {
    id: 'could-die',
    labels: ['quiet'],
    lang: 'en',
    pattern: /\bcould\s+(?:just\s+)?die\b/,
    weight: 1,
    example: 'I could die of happiness right now',
    why: '"I could just die": embarrassment or delight.',
  },
  {
    id: 'hurt-myself-by-accident',
    labels: ['quiet'],
    lang: 'en',
    pattern: new RegExp(String.raw`\b(?:${HARM}|burned|burnt)\s+${SELF}${ACCIDENT}`),
    weight: 1,
    example: 'I burnt myself on the stove making dinner',
    why: '"I cut myself shaving", "hurt myself at the gym": accidents, not self-harm.',
  },
];

/** "I'm ending it with him tonight, I've made up my mind": a decision about someone, not a plan. */
export const ENDING_WITH_RULES: CrisisRule[] = [
  {
    id: 'ending-things-with-someone',
    labels: ['quiet'],
    lang: 'en',
    pattern: /\bend(?:ing|ed)?\s+(?:it|things)\s+with\s+(?:him|her|them|my\s+\w+)\b/,
    weight: 1,
    example: "I'm ending things with my boyfriend. I've made up my mind, it's for good.",
    why: 'A breakup decided: soft signs of a decision ("made up my mind", "for good") do not add up.',
  },
];
