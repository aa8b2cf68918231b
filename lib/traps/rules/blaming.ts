import { rx, type TrapRule } from './shared';

/**
 * Blaming: someone else made all of it happen.
 * The records whose first label is this trap; index.ts puts all of them in the detector's order.
 */
export const BLAMING: TrapRule[] = [
  {
    id: 'the-one-who-ruined',
    labels: ['blaming'],
    lang: 'en',
    weight: 0.78,
    example: "He's the one who ruined everything.",
    why: 'One person made the whole cause ("she\'s the one who ruined it").',
    pattern: rx(
      String.raw`\b(?:he|she|they|you)(?:'s| is|'re| are| was| were) the (?:one|ones) who (?:ruined|wrecked|destroyed|messed|screwed|broke|ended|caused|started|left|cheated|lied|walked away|gave up)\b`,
    ),
  },
  {
    id: 'biased-against-me',
    labels: ['blaming'],
    lang: 'en',
    weight: 0.66,
    example: 'The interviewer was biased from the start.',
    why: 'Unfairness or bias named as the cause ("the panel was biased", "his temper is why I…").',
    pattern: rx(
      String.raw`\b(?:he|she|they|you|(?:my|the|that|this) (?:[a-z]+ )?[a-z]+)\s+(?:was|were|is|are)\s+(?:so |totally |completely |clearly |obviously )?(?:biased|unfair|prejudiced|rigged|corrupt|racist|sexist|ageist|against me|out to get me)\b|\b(?:[a-z]+'s|his|her|their|your) (?:\w+ )?(?:is|was|are|were) (?:the reason|why) (?:i\b|i'?m|my)\b`,
    ),
    notAfter: /\bi\s*$/,
  },
  {
    id: 'on-purpose',
    labels: ['blaming'],
    lang: 'en',
    weight: 0.72,
    example: 'She deliberately left me out of the meeting.',
    why: 'Intent read into harm ("on purpose", "to spite me"), or someone else named as the problem.',
    pattern: rx(
      String.raw`\b(?:he|she|they|you|my \w+|the \w+)\s+(?:\w+\s+)?(?:on purpose|deliberately|intentionally|to spite me|just to hurt me)\b|\b(?:he|she|they|you|(?:my|the|our) (?:[a-z]+ )?[a-z]+)\s+(?:is|are|was|were)\s+(?:\w+\s+)?the (?:reason|problem|cause)\b`,
    ),
    notAfter: /\bi\s*$/,
    unless: /\b(?:i'?m|i am|i was) the (?:reason|problem|cause)\b/,
  },
  {
    id: 'wasted-my-time',
    labels: ['blaming'],
    lang: 'en',
    weight: 0.72,
    example: 'He wasted two years of my life.',
    why: 'Lost time or chances laid at someone\'s door ("she wasted my best years").',
    pattern: rx(
      String.raw`\b(?:he|she|they|you|(?:that|this|the|my) (?:company|recruiter|guy|girl|man|woman|person|manager|boss|ex|firm|employer|agency|school|team|landlord))\s+(?:(?:totally|completely|just|really|basically)\s+)*(?:wasted|stole|took)\s+(?:\w+\s+){0,3}?(?:my (?:time|life|youth|years|best years|energy|chance)|of my (?:life|time))\b`,
    ),
  },
  {
    id: 'their-fault',
    labels: ['blaming'],
    lang: 'en',
    weight: 0.9,
    example: "It's all their fault.",
    why: 'Fault placed wholly on others ("it\'s all his fault"), but not "nobody\'s fault".',
    pattern: rx(
      String.raw`\b(?:it'?s|it is|it was|this is|this was|that'?s|that is|all|everything is|everything was)\s+(?:all\s+|entirely\s+|totally\s+|completely\s+|probably\s+|just\s+|really\s+|definitely\s+)*(?:their|his|her|your|my (?:ex|boss|manager|mom|mum|mother|dad|father|parents|family|sister|brother|partner|husband|wife|teacher|coach|team|friend)'?s?|the (?:company|recruiter|manager|system|economy|interviewer|hr|school|government|algorithm|market|boss)'?s?|[a-z]+'s)\s+fault\b`,
    ),
    unless: /\bmy fault\b|\b(?:nobody|no one|no-one|anybody|anyone|everyone|everybody)'?s fault\b/,
    gate: ['fault'],
  },
  {
    id: 'they-ruined-my',
    labels: ['blaming'],
    lang: 'en',
    weight: 0.8,
    example: 'My ex ruined my life.',
    why: 'Others said to have ruined or stolen what matters ("my ex ruined my life").',
    pattern: rx(
      String.raw`\b(?:he|she|they|you|my (?:ex|boss|manager|mom|mum|mother|dad|father|parents|family|sister|brother|partner|husband|wife|teacher|team|friends?|coworkers?|colleagues?|landlord|in-laws)|the (?:company|recruiter|manager|system|interviewer|hr|school|team|economy|market))\s+(?:(?:totally|completely|just|really|always|basically|single-handedly)\s+)*(?:ruined|ruins|wrecked|wrecks|destroyed|destroys|messed up|screwed up|sabotaged|sabotages|took away|stole|robbed me of|betrayed|poisoned|turned \w+ against)\s+(?:my|everything|it|me|our|us|the|any|every|all)\b`,
    ),
  },
  {
    id: 'made-me-feel',
    labels: ['blaming'],
    lang: 'en',
    weight: 0.76,
    example: 'My boss makes me feel worthless.',
    why: 'Others as the cause of one\'s own feelings or acts ("she makes me feel…", "they forced me to…").',
    pattern: rx(
      String.raw`\b(?:he|she|they|you|people|my (?:ex|boss|manager|mom|mum|mother|dad|father|parents|family|sister|brother|partner|husband|wife|teacher|team|friends?|coworkers?|colleagues?)|the (?:company|recruiter|manager|system|interviewer|hr|school|team|job|economy))\s+(?:(?:always|just|really|totally|literally|constantly|deliberately)\s+)*(?:made|makes|make|forced|forces|force|pushed|drove|drives|push)\s+me\s+(?:\w+\s+)?(?:feel|do|look|this way|like this|quit|leave|lose|fail|cry|angry|miserable|doubt|insecure|anxious|depressed|hate|act|be|so|into|react|question|second-guess|give up|snap)\b`,
    ),
  },
  {
    id: 'because-of-them',
    labels: ['blaming'],
    lang: 'en',
    weight: 0.7,
    example: 'I lost my job because of my manager.',
    why: 'Outcomes traced to others ("because of him", "if it weren\'t for them", "I blame my parents").',
    pattern: rx(
      String.raw`\bbecause of (?:him|her|them|you|my (?:ex|boss|manager|mom|mum|mother|dad|father|parents|family|sister|brother|partner|husband|wife|teacher|team|friends?|coworkers?|colleagues?)|the (?:company|recruiter|manager|interviewer|hr|school|team|system))\b|\bif (?:it weren'?t|it wasn'?t|it hadn'?t been) for (?:him|her|them|you|my|the)\b|\bif (?:he|she|they|you|my (?:\w+)|the (?:\w+))\s+(?:had|hadn'?t|didn'?t|had just|would have|wouldn'?t have|would'?ve|had only|only had|just)\b[^.]{0,60}\b(?:i'?d|i would|i wouldn'?t|i could|i'?d have|i would have|i'?d be|everything|none of this|this wouldn'?t|we'?d)\b|\b(?:he|she|they|you) (?:did|does|do) this to me\b|\b(?:blame|blaming)\s+(?:him|her|them|you|my|the|everyone)\b|\b(?:he|she|they|you|my \w+|the \w+)\s+(?:is|are|was|were)\s+(?:totally |completely |entirely |the one |the ones |solely |)to blame\b`,
    ),
    unless: /\b(?:i )?(?:don'?t|can'?t|won'?t) blame\b/,
  },
  {
    id: 'never-gave-me-a-chance',
    labels: ['blaming'],
    lang: 'en',
    weight: 0.62,
    example: 'They never gave me a fair chance.',
    why: 'The system or people set against one ("never gave me a chance", "rigged", "used me").',
    pattern: rx(
      String.raw`\b(?:never|didn'?t|won'?t|wouldn'?t|refused to|doesn'?t|don'?t)\s+(?:even\s+)?(?:give|gave|giving)\s+me\s+a\s+(?:real |fair |proper |single |)(?:chance|shot|fair shot|fair chance)\b|\b(?:rigged|stacked against me|out to get me|set me up|against me|screwed me over|screwed me|stabbed me in the back|threw me under the bus|used me|played me|led me on)\b`,
    ),
  },
  {
    id: 'its-on-them',
    labels: ['blaming'],
    lang: 'en',
    weight: 0.62,
    example: "It's completely on him.",
    why: 'Someone else made it happen, in other words: "it\'s on him", "they did this", "their doing".',
    pattern: rx(
      String.raw`\b(?:is|are|was|were)\s+to\s+blame\b|\b(?:it'?s|that'?s|this\s+is)\s+(?:completely\s+|all\s+|entirely\s+|100%\s+|totally\s+)?on\s+(?:him|her|them|the\s+\w+)\b|\b(?:their|his|her)\s+doing\b|\bsabotag\w+\s+me\b|\b(?:entirely|all|completely|totally)\s+(?:their|his|her|your)\s+fault\b|\b(?:they|he|she)\s+did\s+this\b|\b(?:she'?s|he'?s|they'?re|she\s+is|he\s+is|they\s+are)\s+the\s+reason\s+(?:i|why\s+i)\b|\bit'?s\s+my\s+fault\s+(?:my|the|that\s+the)\s+(?:parents|company|department|team|whole|family|marriage)\b|\b(?:department|company|team|firm)\b[^.!?]{0,30}\b(?:is|was)\s+on\s+me\b|\bthe\s+only\s+reason\s+i\s+(?:didn'?t|don'?t|wasn'?t|can'?t)\b[^.!?]{0,30}\bbecause\s+(?:he|she|they|[a-z]+)\s+\w+ed\s+me\b`,
    ),
  },
];
