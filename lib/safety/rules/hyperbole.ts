import type { CrisisRule } from './shared';

/**
 * Said, then taken back as a joke: "so awkward I wanted to die lol". Short texts only; whole
 * texts these match stay quiet, whatever else they say.
 */
export const HYPERBOLE_RULES: CrisisRule[] = [
  {
    id: 'wanted-to-die-lol',
    labels: ['quiet'],
    lang: 'en',
    pattern:
      /^(?=[^.!?]{0,120}$)[^.!?]*\bwanted\s+to\s+die\b[^.!?]*\b(?:lol|lmao|haha|awkward|embarrass\w*|cringe\w*|mortif\w*)\b/,
    weight: 1,
    example: 'so awkward I wanted to die lol',
    why: 'One short sentence of embarrassment: "so awkward I wanted to die lol".',
  },
  {
    id: 'if-one-more-time-lol',
    labels: ['quiet'],
    lang: 'en',
    pattern: /^(?=.{0,160}$)\bif\b[^.!?]{0,80}\bone\s+more\s+time\b.*\b(?:lol|lmao|haha)\b/,
    weight: 1,
    example: "if my boss says synergy one more time I'm going to kill myself lmao",
    why: 'Exasperation, laughed off: "if he says that one more time I\'ll kill myself lol".',
  },
];
