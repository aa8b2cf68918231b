import type { CrisisRule } from './shared';

// Drastic acts said in exasperation or longing, and "one more" of something trivial.
const DRASTIC = String.raw`(?:jump\s+off\s+(?:a|the)\s+(?:bridge|cliff|roof)|walk(?:ing)?\s+into\s+the\s+(?:sea|ocean)|kill\s+myself|top\s+myself|kms|hang\s+myself|throw\s+myself\s+(?:off|out|under)\s+\w+)`;
const ONE_MORE_THING = String.raw`\bone\s+more\b(?!\s+(?:rejection|no|loss|day|night|thing\s+goes\s+wrong|person\s+leaves))`;

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
  {
    id: 'if-one-more-thing',
    labels: ['quiet'],
    lang: 'en',
    pattern: new RegExp(
      String.raw`^(?=.{0,200}$)(?:[^.!?]*\b${DRASTIC}\b[^.!?]{0,30}\bif\b[^.!?]{0,60}${ONE_MORE_THING}|[^.!?]*\bif\b[^.!?]{0,60}${ONE_MORE_THING}[^.!?]{0,90}\b${DRASTIC}\b)`,
    ),
    weight: 1,
    example: "if I have to read one more 'per my last email' from this client I'm going to walk into the sea",
    why: 'Exasperation at one more slide, email or meeting: a figure of speech. "One more rejection" stays loud.',
  },
  {
    id: 'would-for-another',
    labels: ['quiet'],
    lang: 'en',
    pattern: new RegExp(
      String.raw`^(?=.{0,200}$)[^.!?]*\bi'?d\s+(?:${DRASTIC}|die|kill)\s+for\s+(?:another|one\s+more|a\s+(?:bite|slice|taste|piece|plate|bowl|pint)|that|those|these)\b`,
    ),
    weight: 1,
    example: "Pie from the servo at Gundagai, I'd jump off a bridge for another one of those.",
    why: 'Doing something drastic for another pie or pint: wanting more of something good.',
  },
  {
    id: 'rather-drastic-than',
    labels: ['quiet'],
    lang: 'en',
    pattern: new RegExp(
      String.raw`^(?=.{0,200}$)(?![\s\S]*\b(?:seriously|for\s+(?:weeks|months|real)|not\s+(?:a\s+)?jok\w*|i\s+mean\s+it|tonight|rope|gun|pills|ready|tested|beam|already)\b)[^.!?]*\b(?:i'?d|i\s+would)\s+(?:honestly\s+|literally\s+)?rather\s+${DRASTIC}\s+than\s+(?:sit\s+through|attend|watch|listen\s+to)\s+(?:another|a|the|this)\s+(?:[\w-]+\s+){0,4}?(?:meeting|call|lecture|presentation|all-hands|induction|webinar|training|concert|recital|seminar|quiz)\b`,
    ),
    weight: 1,
    example:
      "I would rather jump off the roof than sit through another 2-hour all-hands with Gary's slide deck",
    why: 'Something drastic "rather than" sit through a meeting or go to an event: a strong dislike.',
  },
  {
    id: 'wanted-to-die-on-the-spot',
    labels: ['quiet'],
    lang: 'en',
    pattern:
      /^(?=[\s\S]{0,300}$)(?![\s\S]*\b(?:still|every\s+(?:day|night)|since|end(?:ing)?\s+it|rope|pills)\b)[\s\S]*\bwanted\s+to\s+(?:die|disappear)\s+(?:right\s+)?(?:on\s+the\s+spot|then\s+and\s+there)\b/,
    weight: 1,
    example:
      "Saw my ex at Trader Joe's with her new guy and I ducked behind the frozen dumplings. Wanted to die on the spot. Anyway I'm fine",
    why: '"Wanted to die on the spot", "then and there": a moment of embarrassment, in a short text.',
  },
  {
    id: 'kms-over-schoolwork',
    labels: ['quiet'],
    lang: 'en',
    pattern:
      /^(?=.{0,200}$)(?![\s\S]*\b(?:seriously|for\s+real|pills|rope|stash|plan|done|not\s+joking)\b)(?=.*\b(?:paper|exam|test|quiz|homework|essay|lecture|assignment|finals?)\b)(?=.*(?:\banyway\b|\blol\b|\blmao\b|😂)).*\bkms\b/,
    weight: 1,
    example: 'kms this chem paper was so bad 😭😭 question 4 was in another language. anyway maccies anyone',
    why: '"kms" over an exam paper, laughed off or moved on from ("anyway", "lol"): exasperation.',
  },
  {
    id: 'said-then-taken-back',
    labels: ['quiet'],
    lang: 'en',
    pattern:
      /^(?=[\s\S]{0,200}$)(?![\s\S]*\b(?:not\s+kidding|unless|pills|rope|for\s+real|seriously)\b)[\s\S]*\b(?:i\s+want\s+to\s+die|kill\s+me(?:\s+now)?|i'?m\s+going\s+to\s+kill\s+myself)[.!,]?\s+(?:well,?\s+no\b|jk\b|just\s+kidding\b|kidding\b)/,
    weight: 1,
    example: 'Parents evening till 9. I want to die. Well, no, I want to go home and eat a whole pizza.',
    why: 'Said, then taken back in the next breath ("well, no", "jk"), in a short text.',
  },
];
