import { I_AM, NOT_AFTER_OTHERS_THINK, rx, SELF_ADJ, SELF_NOUNS, type TrapRule } from './shared';

/**
 * Labeling: a global name for a whole person ("I'm a failure", "he's a narcissist").
 * The records whose first label is this trap; index.ts puts all of them in the detector's order.
 */
export const LABELING: TrapRule[] = [
  {
    id: 'not-x-material',
    labels: ['labeling'],
    lang: 'en',
    weight: 0.7,
    example: "I'm just not leadership material.",
    why: 'A whole person ruled out as a kind ("not X material"); its own words hold the negation.',
    pattern: rx(
      String.raw`\b(?:i'?m|i am|you'?re|you are)\s+(?:just\s+|simply\s+)?not\s+(?:\w+\s+)?material\b`,
    ),
    keepNegated: true,
  },
  {
    id: 'mess-of-a-person',
    labels: ['labeling'],
    lang: 'en',
    weight: 0.8,
    example: "I'm such a mess of a person.",
    why: 'A whole person named by one failing ("a mess of a person", "a waste of a friend").',
    pattern: rx(
      String.raw`\b(?:a|such a|an|what a) (?:\w+ )?(?:disaster|mess|failure|joke|waste|wreck|trainwreck|train wreck|excuse) of a (?:person|human(?: being)?|man|woman|friend|partner|employee|daughter|son|mother|father|mom|dad|wife|husband|girlfriend|boyfriend|candidate)\b`,
    ),
  },
  {
    id: 'too-x',
    labels: ['labeling'],
    lang: 'en',
    weight: 0.66,
    example: "I'm just too old to start over.",
    why: 'One trait made the verdict on the whole person ("I\'m too needy", "too boring").',
    pattern: rx(
      String.raw`\b(?:i'?m|i am|i was|you'?re|you are)\s+(?:just\s+|way\s+|far\s+|much\s+)?too (?:old|young|fat|ugly|weird|quiet|loud|awkward|needy|much|sensitive|boring|intense|damaged|broken|shy|stupid|slow|plain|ordinary|dull|difficult|emotional|clingy)\b`,
    ),
  },
  {
    id: 'self-labels-paired',
    labels: ['labeling'],
    lang: 'en',
    weight: 0.7,
    example: "I'm so lazy and useless.",
    why: 'Two self-labels strung together ("I\'m lazy and useless"), but not a label inside what someone else thinks.',
    pattern: rx(
      String.raw`\b(?:i'?m|i am|i was|you'?re|you are)\s+(?:so\s+|just\s+|really\s+)?[a-z]+\s*(?:,|and)\s*(?:so\s+|just\s+|really\s+)?(?:${SELF_ADJ})\b`,
    ),
    notAfter: NOT_AFTER_OTHERS_THINK,
  },
  {
    id: 'not-even-good',
    labels: ['labeling'],
    lang: 'en',
    weight: 0.55,
    example: "I'm not actually qualified for any of this.",
    why: 'A quality denied outright ("I\'m not even good", "not really capable"); its own words hold the negation.',
    pattern: rx(
      String.raw`\b(?:i'?m|i am|i was)\s+not\s+(?:actually|really|even|remotely)\s+(?:qualified|good|smart|talented|capable|competent|lovable|likable|likeable|attractive|interesting|worth\w*|any good)\b`,
    ),
    keepNegated: true,
  },
  {
    id: 'i-am-a-label',
    labels: ['labeling'],
    lang: 'en',
    weight: 0.82,
    example: "I'm such a failure.",
    why: 'The core label, "I\'m a failure / an idiot / a burden", with its intensifiers; not a label someone else is imagined to hold.',
    pattern: rx(
      String.raw`\b${I_AM}\s+(?:(?:such|so|just|a|an|really|completely|totally|truly|the|utterly|absolutely|basically|clearly|obviously|officially|literally|nothing but|family|office|team|(?:an? )?(?:complete|total|absolute|utter|massive|huge|big|giant|walking|pathetic))\s+)*(?:${SELF_NOUNS}|${SELF_ADJ})\b`,
    ),
    notAfter: NOT_AFTER_OTHERS_THINK,
  },
  {
    id: 'not-enough',
    labels: ['labeling'],
    lang: 'en',
    weight: 0.78,
    example: "I'm just not good enough.",
    why: 'Not enough, as a verdict on the whole person ("I\'ll never be enough").',
    pattern: rx(
      String.raw`\b(?:(?:i'?m|i am|i was|you'?re|you are|you were)\s+(?:just\s+|simply\s+)?not|i wasn'?t|you weren'?t|i'?ll never be|i will never be|i'?m never|i am never)\s+(?:\w+\s+){0,2}?enough\b`,
    ),
    keepNegated: true,
  },
  {
    id: 'what-an-idiot',
    labels: ['labeling'],
    lang: 'en',
    weight: 0.72,
    example: 'What an idiot I am.',
    why: 'An exclamation at oneself ("what an idiot", "I\'m the worst"), skipped when it is about someone else or about life.',
    pattern: rx(
      String.raw`\b(?:what an?|such an?|i'?m the)\s+(?:(?:complete|total|absolute|utter|stupid|pathetic|massive|huge|big)\s+)*(?:${SELF_NOUNS}|worst)\b(?:\s+i am|\s+i'?m|\s+of all)?`,
    ),
    unless: /\b(?:he|she|they|his|her|their)\b/,
    notAfter:
      /\b(?:my|the|this|that|it|life|everything|things)\s+(?:\w+\s+)?(?:is|was|'s|feels like|has been)\s+$/,
  },
  {
    id: 'something-wrong-with-me',
    labels: ['labeling'],
    lang: 'en',
    weight: 0.7,
    example: "There's something fundamentally wrong with me.",
    why: 'A flaw in the whole self ("something wrong with me", "the kind of person nobody…").',
    pattern: rx(
      String.raw`\b(?:there'?s|there is)\s+something\s+(?:\w+\s+)?wrong\s+with\s+me\b|\bi'?m\s+(?:just\s+)?(?:not\s+)?(?:the\s+)?(?:kind|type)\s+of\s+(?:person|guy|girl|man|woman)\s+(?:nobody|no one|people don'?t|who (?:never|can'?t|doesn'?t))`,
    ),
  },
  {
    id: 'others-labelled',
    labels: ['labeling'],
    lang: 'en',
    weight: 0.7,
    example: 'My ex is a narcissist.',
    why: 'Labeling turned outward: a whole person called a jerk, a liar, toxic.',
    pattern: rx(
      String.raw`\b(?:he|she|they|my ex|my boss|my manager|my (?:sister|brother|mum|mom|dad|mother|father|aunt|uncle|cousin|friend|landlord|partner|husband|wife|boyfriend|girlfriend|coworker|colleague|flatmate|roommate)|recruiters|men|women|guys|girls|people|hr|that company|the company|the recruiter|the interviewer)\s*(?:is|are|was|were|'s|'re)\s+(?:(?:such|a|an|total|complete|just|all|so|absolute|utter|nothing but)\s+)*(?:[a-z]+,?\s+){0,2}?(?:jerks?|idiots?|narcissists?|monsters?|psychos?|losers?|liars?|snakes?|users?|players?|heartless|evil|toxic|clueless|incompetent|morons?|cowards?|trash|garbage|pigs?|fake|frauds?|selfish|cruel|spineless|heartless|soulless|bullies|a bully|manipulators?|hypocrites?|vultures?|leech(?:es)?|parasites?|brats?|control freaks?|bitter (?:wo)?man|cold (?:wo)?man)\b`,
    ),
  },
  {
    id: 'feel-like-a-label',
    labels: ['labeling', 'emotional-reasoning'],
    lang: 'en',
    weight: 0.5,
    example: 'I feel like such a fraud.',
    why: 'A label held because it is felt ("I feel like a failure").',
    pattern: rx(
      String.raw`\bi feel (?:like )?(?:(?:such|a|an|so|complete|total|utter|the biggest)\s+)*(?:failure|loser|idiot|joke|burden|fraud|fake|impostor|imposter|reject|disappointment|nobody)\b`,
    ),
  },
  {
    id: 'verdict-sentence',
    labels: ['labeling'],
    lang: 'en',
    weight: 0.68,
    example: 'I forgot her birthday again. Pathetic.',
    why: 'A verdict said as a sentence of its own ("Fraud. That\'s the word for me", "…pathetic.").',
    pattern: rx(
      String.raw`(?:^|[.!?]\s+)(?:(?:what|such)\s+an?\s+|(?:a\s+)?(?:total|complete|utter)\s+|just\s+)?(?:pathetic|fraud|loser|failure|idiot|unlovable|unloveable|worthless|useless|coward|snake|leech|parasite|manipulator|narcissist|liar|hypocrite|vulture|psycho|creep|joke|disgrace|embarrassment|reject|nobody|freak|moron|waste of space)\s*(?:[.!]|,\s+that'?s\s+(?:the|what|who|me|it)|$)`,
    ),
  },
  {
    id: 'see-a-label',
    labels: ['labeling'],
    lang: 'en',
    weight: 0.6,
    example: 'When I look in the mirror I see a failure.',
    why: 'A label seen in oneself or through others\' eyes ("all I see is a failure").',
    pattern: rx(String.raw`\b(?:see|sees|saw|seeing)\s+(?:a|an|just\s+a)\s+(?:${SELF_NOUNS})\b`),
  },
  {
    id: 'just-the-backup',
    labels: ['labeling'],
    lang: 'en',
    weight: 0.62,
    example: "I'm just the backup.",
    why: 'A role or kind instead of a person ("I\'m just the backup", "that\'s what I am").',
    pattern: rx(
      String.raw`\bi'?m\s+(?:just\s+|obviously\s+|clearly\s+|officially\s+)?the\s+(?:backup|spare|disappointing\s+one|odd\s+one\s+out|family\s+failure|weakest\s+link|problem|difficult\s+one|boring\s+one|ugly\s+one)\b|\bi'?m\s+(?:just\s+)?the\s+(?:kind|type|sort)\s+of\s+(?:person|guy|girl|man|woman)\s+(?:people|who|that|nobody|no\s+one)\b|\bthat'?s\s+(?:just\s+)?what\s+i\s+am\b|\bfundamentally\s+(?:un\w+|broken|flawed|boring|unlovable)\b|\b(?:you|i)\s+really\s+(?:are|am)\s+(?:hopeless|useless|pathetic|a\s+\w+)\b|\ba\s+disgrace\b|\b(?:is|are)\s+run\s+by\s+idiots\b|\ba\s+(?:cheat|liar)\s+and\s+a\s+(?:cheat|liar)\b|\bi'?m\s+the\s+only\s+one\s+who'?s\s+(?:this\s+)?(?:pathetic|useless|stupid|broken|boring)\b|\bneeding\s+(?:people|anyone|help)\s+is\s+(?:weak|pathetic)\b|\b(?:a\s+)?dis+ap+ointment\b`,
    ),
  },
];
