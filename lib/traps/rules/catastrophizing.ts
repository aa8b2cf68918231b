import { rx, type TrapRule } from './shared';

/**
 * Catastrophizing: the worst outcome, as if certain and unbearable.
 * The records whose first label is this trap; index.ts puts all of them in the detector's order.
 */
export const CATASTROPHIZING: TrapRule[] = [
  {
    id: 'rest-of-my-life',
    labels: ['catastrophizing'],
    lang: 'en',
    weight: 0.72,
    example: "I'll regret this for the rest of my life.",
    why: 'Consequences stretched over a lifetime ("for the rest of my life", "the end of me").',
    pattern: rx(
      String.raw`\bfor the rest of my life\b|\bthe end of (?:everything|my world|me)\b|\bnever (?:work|be happy|love|trust anyone|find work|get hired|date|recover)\s+(?:\w+\s+){0,4}?again\b`,
    ),
    gate: ['rest of my life', 'end of', 'again'],
  },
  {
    id: 'everything-will-collapse',
    labels: ['catastrophizing'],
    lang: 'en',
    weight: 0.76,
    example: 'My whole career is going to fall apart.',
    why: 'Total collapse foreseen ("everything will fall apart", "I\'ll be left with nothing").',
    pattern: rx(
      String.raw`\b(?:my (?:whole |entire )?(?:life|career|world|future|family|marriage)|everything|it all)\s+(?:will|would|is going to|'s going to|'ll|could|might)\s+(?:\w+\s+)?(?:collapse|fall apart|crumble|be over|be ruined|be destroyed|end|go to pieces|come crashing down)\b|\b(?:i'?ll|i will|i'?d|i would|i'?m going to)\s+(?:\w+\s+)?(?:have|be left with) nothing\b|\b(?:absolutely|literally) nothing\b`,
    ),
    unless: /\bof a (?:person|human)\b/,
  },
  {
    id: 'must-be-serious',
    labels: ['catastrophizing'],
    lang: 'en',
    weight: 0.76,
    example: 'This headache must be something serious.',
    why: 'The worst medical or legal outcome jumped to ("must be cancer", "I\'ll go to jail").',
    pattern: rx(
      String.raw`\b(?:must be|probably|it'?s|could be|is|might be) (?:something )?(?:cancer|a tumou?r|serious|fatal|terminal|a heart attack|a stroke|deadly)\b|\b(?:going to|gonna|'ll|will|could|might)\s+(?:\w+\s+)?(?:go to |end up in |land in |be sent to )?(?:jail|prison|hospital|court|the street|bankrupt|lose (?:everything|my (?:house|home|job|kids|mind|license|licence)))\b`,
    ),
  },
  {
    id: 'disaster',
    labels: ['catastrophizing'],
    lang: 'en',
    weight: 0.82,
    example: 'The presentation was a complete disaster.',
    why: "A disaster, a nightmare, the end of the world, unless the person says it isn't one.",
    pattern: rx(
      String.raw`\b(?:a |an |the |an absolute |a complete |a total |such a |an utter |a real )?(?:disaster|catastrophe|catastrophic|nightmare|end of the world|end of my (?:career|life|world)|worst thing that|tragedy|apocalypse|train ?wreck|ruined forever|beyond repair|point of no return)\b`,
    ),
    unless:
      /\bnot (?:a|the) (?:disaster|end of the world|catastrophe)\b|\bisn'?t (?:a|the) (?:disaster|end of the world)\b|\bnot the end of the world\b/,
    gate: [
      'disaster',
      'catastroph',
      'nightmare',
      'end of',
      'worst thing',
      'tragedy',
      'apocalypse',
      'wreck',
      'ruined forever',
      'beyond repair',
      'no return',
    ],
  },
  {
    id: 'life-is-over',
    labels: ['catastrophizing'],
    lang: 'en',
    weight: 0.8,
    example: 'My career is over.',
    why: 'Life, career or future declared over or ruined, but not "I\'m over it".',
    pattern: rx(
      String.raw`\b(?:my (?:life|career|future|reputation|chances?|dreams?|world|marriage|family|gpa|grades|record|credit|relationship|body|health|degree|business|finances)|everything|it'?s all|it is all|we'?re|i'?m|i am|my whole (?:life|career|future))\s+(?:is |are |will be |'s |was |has been |feels )?(?:(?:completely|totally|utterly|officially|basically|pretty much|just|all|now)\s+)*(?:over|ruined|destroyed|finished|done for|doomed|wrecked|falling apart|collapsing|in ruins|gone|going to hell|going down the drain|a mess)\b`,
    ),
    unless:
      /\b(?:i'?m|i am) (?:over (?:it|him|her|them)|done (?:with|for the day)|finished (?:with|the|my))\b|\bover (?:it|him|her|them|the)\b/,
  },
  {
    id: 'cant-survive',
    labels: ['catastrophizing'],
    lang: 'en',
    weight: 0.72,
    example: "I can't cope with this.",
    why: 'Declaring it unbearable ("I can\'t survive this"), but not "can\'t take the call".',
    pattern: rx(
      String.raw`\b(?:i|you)\s+(?:(?:just|really|simply|honestly)\s+)*(?:can'?t|cannot|won'?t be able to|will never be able to|couldn'?t|could never)\s+(?:possibly\s+)?(?:survive|handle|cope|bear|take|stand|live with|get through|deal with|recover|bounce back|go through|endure|come back from|live without)\b`,
    ),
    keepNegated: true,
    unless:
      /\b(?:can'?t (?:take|make|stand) (?:the|this) (?:call|meeting|shift|train|class|course|job|offer)|can'?t handle (?:spicy|coffee|the heat)|can'?t stand (?:him|her|them|that song|coffee|cold))\b/,
  },
  {
    id: 'die-alone',
    labels: ['catastrophizing', 'fortune-telling'],
    lang: 'en',
    weight: 0.8,
    example: "I'm going to die alone.",
    why: 'The worst endings ("die alone", "end up homeless", "lose everything", "never love again").',
    pattern: rx(
      String.raw`\b(?:die|dying|going to die|grow old)\s+(?:all\s+)?alone\b|\b(?:end up|be|die)\s+(?:homeless|on the streets?|broke|penniless|living in my car|unemployable|in a box|alone forever|single forever|a failure forever|cat lady|bankrupt|destitute)\b|\b(?:lose|lost|losing)\b[^.]{0,50}\beverything\b|\b(?:never|not ever|won'?t ever) (?:recover|get over|be happy again|love again|work again|find (?:another|anyone|someone|love)|find (?:work|a job|another job) again|get (?:a job|hired|work) again|date again)\b`,
    ),
    keepNegated: true,
  },
  {
    id: 'falling-apart',
    labels: ['catastrophizing'],
    lang: 'en',
    weight: 0.74,
    example: 'Everything is falling apart.',
    why: 'Things coming apart, or the worst ever ("the worst day of my life"), but not "worst case".',
    pattern: rx(
      String.raw`\b(?:everything|my life|my world|it all|things)\s+(?:is|are|was|were|'s)\s+(?:\w+\s+)?(?:falling apart|collapsing|crumbling|going wrong|going to pieces|spiraling|spiralling|out of control|unravell?ing)\b|\b(?:worst|most humiliating|most embarrassing|most awful)\s+(?:thing|day|moment|mistake|interview|date|week|year|feeling|rejection|experience|pain|hurt|heartbreak|breakup|loss|news|outcome|situation|person)(?: of my life| ever| imaginable| possible| that could)?\b|\bunbearable\b|\b(?:don'?t know how|no idea how|not sure how) (?:i'?ll|i will|i would|i'?d|i could|to|i can) (?:ever )?(?:survive|cope|go on|get through|live|handle|manage|recover|bear)\b|\b(?:ruin|destroy|wreck)(?:ed|s)? my (?:life|career|future|reputation|whole)\b|\bi'?ll never (?:recover|get over|survive|live (?:it|this) down)\b`,
    ),
    unless: /\bnot the worst\b|\bworst case\b|\bworst part is\b/,
  },
  {
    id: 'what-if-worst',
    labels: ['catastrophizing'],
    lang: 'en',
    weight: 0.62,
    example: 'What if I lose everything?',
    why: 'A "what if" that reaches for the worst (losing everything, being fired).',
    pattern: rx(String.raw`\bwhat if\b`),
    needs:
      /\b(?:lose|lost|fired|homeless|never|forever|disaster|ruin\w*|die|worse|collapse\w*|broke|everything|whole|career|reputation|all over|blacklist\w*|laugh\w*|humiliat\w*)\b/,
  },
  {
    id: 'and-then-chain',
    labels: ['catastrophizing'],
    lang: 'en',
    weight: 0.72,
    example: "I'll fail the exam and then I'll lose my place and then I'll have nothing.",
    why: 'A chain of worse and worse steps ("and then I\'ll… and then…").',
    pattern: rx(
      String.raw`\b(?:and )?then (?:i'?ll|i will|they'?ll|they will|everyone will|nobody will|no one will|i'?d|i would|i won'?t)\b[^.]{0,80}\b(?:and then|then)\b`,
    ),
  },
  {
    id: 'worst-named',
    labels: ['catastrophizing'],
    lang: 'en',
    weight: 0.62,
    example: "I'm going to end up alone.",
    why: 'The worst outcome chained or named: "no job means no flat means…", "end up alone", "career finished".',
    pattern: rx(
      String.raw`\bend\s+up\s+(?:like\s+my|alone|back\s+(?:in|at|home)|homeless|on\s+the\s+street|completely\s+alone|with\s+nobody)\b|\bmeans\s+no\s+\w+\s+means\b|\b(?:my|that'?s\s+my)\s+(?:career|life|future)\b[^.!?]{0,30}\b(?:finished|over|ruined|destroyed|a\s+smoking\s+crater|done\s+for)\b|\bruin(?:ed|s)?\s+(?:everything|my\s+(?:life|kids'?\s+lives|future|career|year))\b|\bchildhood\s+bedroom\b|\bdisgrace\s+to\s+my\s+(?:whole\s+)?family\b|\bthe\s+end\s+of\s+me\b|\blose\s+(?:the|my)\s+(?:flat|house|home)\b|\b(?:i'?ll|i\s+will)\s+be\s+fired\b|\bnow\s+i\s+have\s+nothing\b`,
    ),
  },
  {
    id: 'there-goes-my-future',
    labels: ['catastrophizing'],
    lang: 'en',
    weight: 0.6,
    example: 'There goes any future I had.',
    why: 'The worst outcome, more ways: "there goes any future I had", "I\'ll lose my whole family".',
    pattern: rx(
      String.raw`\bthere\s+goes\s+(?:any|my|the)\s+(?:future|career|life|chance)\b|\bany\s+future\s+i\s+had\b|\b(?:i'?ll|i\s+will)\s+(?:lose|have)\s+(?:my\s+whole\s+family|no\s*one\s+left|nothing\s+left)\b|\bfall\s+apart\s+completely\b|\bfor\s+every\s+future\s+job\b|\b(?:never|won'?t\s+ever)\s+trust\s+anyone\s+again\b|\b(?:will|'ll)\s+crack\b|\b(?:kids|children|family)\s+will\s+suffer\b`,
    ),
  },
];
