import { rx, type TrapRule } from './shared';

/**
 * All-or-nothing: only two boxes, perfect or worthless.
 * The records whose first label is this trap; index.ts puts all of them in the detector's order.
 */
export const ALL_OR_NOTHING: TrapRule[] = [
  {
    id: 'all-or-zero',
    labels: ['all-or-nothing'],
    lang: 'en',
    weight: 0.72,
    example: 'Half an apology is no apology.',
    why: 'Said plainly: "100% or zero", "half an apology is no apology", "works or it doesn\'t".',
    pattern: rx(
      String.raw`\b(?:100%|all)\s+or\s+(?:it\s+is\s+|it'?s\s+)?(?:zero|nothing|none)\b|\bhalf\s+an?\s+(\w+)\s+is\s+no\s+\1\b|\b(?:works|counts|matters|is\s+good|is\s+right)\s+or\s+(?:it\s+)?(?:doesn'?t|isn'?t)\b|\bmight\s+as\s+well\s+(?:have\s+)?(?:come\s+last|been\s+last|failed|be\s+zero|be\s+nothing|not\s+have\s+(?:bothered|tried|entered))\b|\bso\s+(?:that'?s|it'?s|it\s+is)\s+(?:zero|nothing|a\s+zero)\b|\b(?:it'?s|it\s+is|we'?re|we\s+are)\s+(?:either\s+)?(?:everything|all)\s+or\s+nothing\b|\bthen\s+(?:i'?m|we'?re|it'?s)\s+(?:nothing|not\s+\w+\s+anymore)\b`,
    ),
  },
  {
    id: 'so-it-was-pointless',
    labels: ['all-or-nothing'],
    lang: 'en',
    weight: 0.74,
    example: "I didn't get the job, so all that work was pointless.",
    why: 'One outcome makes everything before it worthless ("so it was all pointless").',
    pattern: rx(
      String.raw`\b(?:so|then|which means|means|now)\s+(?:my|the|all|this|that|it|everything)\s+(?:\w+\s+){0,2}?(?:was|is|were|are|'s)\s+(?:all\s+|completely\s+|totally\s+)?(?:pointless|worthless|useless|a waste|for nothing|meaningless|wasted|ruined|a failure)\b`,
    ),
  },
  {
    id: 'whole-thing-a-failure',
    labels: ['all-or-nothing'],
    lang: 'en',
    weight: 0.74,
    example: 'The whole trip was a total disaster.',
    why: 'The whole of something judged by its worst part ("the whole day was a waste", "then we were never friends").',
    pattern: rx(
      String.raw`\b(?:the |my |this |that )?(?:entire|whole) (?:\w+ )?(?:was|is|'s|has been|feels like|felt like) (?:a |an )?(?:total |complete |utter )?(?:failure|waste|disaster|ruined|write-?off|bust|mess|wash|joke|lie|mistake|for nothing|pointless|wasted)\b|\bthen (?:we|it|he|she|they|i|this|that) (?:was|were|is|are|'re|'s) never\b|\bnever (?:really|actually|truly) (?:friends|loved|cared|liked|meant|wanted|mattered|counted)\b|\beither\b[^.]{0,60}\bor\b[^.]{0,40}(?:\bat all\b|\bnothing\b|\bnever\b|\bnot\b|n't\b|\bworthless\b|\bfailure\b|\bpointless\b|\bfail\b)`,
    ),
    keepNegated: true,
  },
  {
    id: 'complete-failure',
    labels: ['all-or-nothing'],
    lang: 'en',
    weight: 0.78,
    example: "I'm a complete failure.",
    why: 'Totals with nothing in between ("a complete failure", "totally ruined").',
    pattern: rx(
      String.raw`\b(?:a |an )?(?:complete|total|absolute|utter|100%|hundred percent|massive|epic)\s+(?:failure|disaster|waste|loss|mess|joke|idiot|loser|write-?off|fraud|fail|flop|screw-?up|nightmare|catastrophe)\b|\b(?:completely|totally|entirely|utterly|absolutely|100%)\s+(?:ruined|wasted|failed|pointless|useless|worthless|hopeless|wrong|over|blew it|blown it|screwed|messed up|a failure|worthless|meaningless|incapable)\b`,
    ),
  },
  {
    id: 'if-not-then-worthless',
    labels: ['all-or-nothing'],
    lang: 'en',
    weight: 0.8,
    example: "If I don't get this promotion, I'm a failure.",
    why: 'A condition with only a worthless outcome ("if I don\'t…, I\'m a failure").',
    pattern: rx(
      String.raw`\b(?:if|since|because|unless|as long as) (?:i|it|this|they|you|my|he|she|the)\b[^.]{0,60}?(?:,\s*|\s+then\s+|\s+)(?:i'?m|i am|it'?s|it is|i'?ll be|i will be|there'?s no|what'?s the|i might as well|everything|nothing|(?:i|it|this) (?:was|is)|that means i'?m|then i'?m|i'?ve)\s+(?:(?:a|an|all|totally|completely|just|the biggest|officially|a total|a complete|basically)\s+)*(?:failure|worthless|pointless|useless|nothing|no point|waste|loser|over|ruined|for nothing|a joke|wasted|garbage|a fraud|failed|not worth|not good|hopeless|never|point)\b`,
    ),
    keepNegated: true,
  },
  {
    id: 'perfect-or-worthless',
    labels: ['all-or-nothing'],
    lang: 'en',
    weight: 0.66,
    example: "If it's not perfect, it's worthless.",
    why: 'Perfect or nothing ("if it\'s not perfect, it\'s worthless", "perfect or…").',
    pattern: rx(
      String.raw`\b(?:not|isn'?t|wasn'?t|less than|short of|nothing but|anything (?:but|less than)|unless it'?s|has to be|have to be|needs to be|need to be|must be|should be|wasn'?t|if it'?s not|if it isn'?t|if i'?m not)\s+(?:\w+\s+)?(?:perfect|flawless|the best|number one|first|top)\b[^.]{0,40}\b(?:so|then|it'?s|i'?m|worthless|pointless|failure|failed|waste|nothing|bad|useless|no good|don'?t|isn'?t|wasn'?t|not)\b|\bperfect or\b|\bperfect,? (?:or|otherwise)\b`,
    ),
    keepNegated: true,
  },
  {
    id: 'all-that-effort-wasted',
    labels: ['all-or-nothing'],
    lang: 'en',
    weight: 0.66,
    example: 'All that effort was for nothing.',
    why: 'Effort written off whole ("all that work for nothing", "wasted years", "all or nothing").',
    pattern: rx(
      String.raw`\b(?:all|every|each)\s+(?:of\s+)?(?:it|that|this|my (?:effort|work|time|hard work|years|savings)|those (?:years|months|hours)|the (?:effort|work|time|hours|years|months|prep|preparation|practice|applications))\s+(?:\w+\s+){0,3}?(?:was|were|is|are|has been|went|for)\s+(?:completely\s+|totally\s+|just\s+)?(?:for nothing|wasted|pointless|useless|worthless|meaningless|a waste|down the drain|in vain)\b|\b(?:wasted|waste of)\s+(?:all|every|the whole|my whole|years|months|(?:the )?(?:last|past) \w+ (?:years|months))\b|\b(?:everything|it all)\s+(?:went|goes|is going|was)\s+(?:completely\s+)?wrong\b|\b(?:black and white|all or nothing|win or lose|succeed or fail|success or failure|either i\b[^.]{0,50}\bor\b)`,
    ),
    gate: [
      'wasted',
      'waste',
      'nothing',
      'pointless',
      'useless',
      'worthless',
      'meaningless',
      'drain',
      'vain',
      'wrong',
      'black and white',
      'all or nothing',
      'win or lose',
      'succeed or fail',
      'success or failure',
      'either',
    ],
  },
  {
    id: 'whole-thing-a-lie',
    labels: ['all-or-nothing'],
    lang: 'en',
    weight: 0.72,
    example: 'The whole relationship was a lie.',
    why: 'A whole relationship or project recast by its end ("it was all a lie", "all of it was for nothing").',
    pattern: rx(
      String.raw`\b(?:the whole (?:thing|relationship|friendship|day|year|interview|process|date|trip|project)|all of it|it all|everything)\s+(?:was|is|were|has been|'s)\s+(?:\w+\s+)?(?:for nothing|a waste|wasted|pointless|meaningless|a lie|fake|ruined|a mistake|a failure)\b`,
    ),
  },
  {
    id: 'one-mistake-ruined',
    labels: ['all-or-nothing'],
    lang: 'en',
    weight: 0.3,
    example: 'One mistake ruined the whole presentation.',
    why: 'One slip taken to undo the whole ("one mistake ruined everything").',
    pattern: rx(
      String.raw`\bone (?:mistake|bad (?:interview|date|day|review|meeting|answer)|rejection|no|typo|slip|misstep)\b[^.]{0,50}\b(?:ruined|ruins|undid|undoes|erased|erases|wiped|over|everything|whole)\b`,
    ),
  },
  {
    id: 'one-mistake-means',
    labels: ['all-or-nothing', 'overgeneralizing'],
    lang: 'en',
    weight: 0.55,
    example: "One awkward silence means he'll never ask me out again.",
    why: 'One event made to stand for everything, for good ("one bad date means… forever").',
    pattern: rx(
      String.raw`\bone (?:mistake|bad (?:interview|date|day|review|meeting|answer)|rejection|no|typo|slip|misstep|awkward (?:moment|silence|pause)|comment|email)\b[^.]{0,50}\b(?:ruined|ruins|means|undid|undoes|erased|erases|wiped|over|everything|forever|always|never)\b`,
    ),
  },
  {
    id: 'either-or-done',
    labels: ['all-or-nothing'],
    lang: 'en',
    weight: 0.66,
    example: 'Either this works or I give up.',
    why: 'Only two boxes, in other words: "either … or I\'m done", "if not X then nothing", "the whole … is pointless".',
    pattern: rx(
      String.raw`\beither\b[^.!?]{0,60}\bor\b[^.!?]{0,40}\b(?:nothing|dead|done|over|never|forever|at\s+all|worthless|pointless|failure|give\s+up|giving\s+up|quit)\b|\bif\s+(?:we|i|it|this|they|he|she)\s+(?:can'?t|don'?t|didn'?t|doesn'?t|isn'?t|aren'?t|won'?t|do\s+not|cannot)\b[^.!?]{0,60}\b(?:not\s+\w+\s+at\s+all|at\s+all|pointless|worthless|rather\s+not|giving\s+up|give\s+up|full\s+stop)\b|\b(?:might|may)\s+as\s+well\s+(?:not|give\s+up|quit|stop)\b|\b(?:the\s+)?(?:whole|entire|rest\s+of\s+(?:my|the))\s+(?:\w+\s+){1,3}(?:is|was|'s|has\s+been)\s+(?:pointless|worthless|ruined|destroyed|a\s+waste|for\s+nothing|meaningless)\b|\bzero\s+(?:real\s+)?friends\b|\bthe\s+only\s+good\s+thing\b|\bi\s+have\s+nothing\s*(?:left|now)?\s*(?:[.!]|$)|\bperfect(?:ly)?\b[^.!?]{0,40}\b(?:or|rather\s+not|at\s+all|pointless|worthless)\b|\b(?:that'?s\s+it|i'?m\s+finished|i'?m\s+done)\b[^.!?]{0,30}\b(?:forever|in\s+this\s+industry|with\s+(?:dating|love|people|this))\b|\b(?:dead|over)\s+to\s+me\b|\btotally\s+dead\b`,
    ),
  },
  {
    id: 'none-of-it-matters',
    labels: ['all-or-nothing'],
    lang: 'en',
    weight: 0.6,
    example: 'None of it matters now.',
    why: 'Only two boxes, more ways: "none of it matters now", "doesn\'t count if I didn\'t win".',
    pattern: rx(
      String.raw`\b(?:whole|entire)\s+(?:\w+\s+){0,3}(?:is|was)\s+(?:a\s+)?(?:failure|fail|wasted|for\s+nothing)\b|\bnone\s+of\s+it\s+(?:matters|counts|meant\s+anything)\b|\bdoesn'?t\s+count\s+if\b|\bso\s+(?:clearly\s+|obviously\s+)?i\s+(?:failed|blew\s+it|ruined\s+it)\b|\bno\s+(?:halfway|in[\s-]?between|middle\s+ground)\b|\bwas\s+never\s+real\b|\bor\s+it\s+was\s+(?:fake|a\s+lie|nothing)\b|\bmeans\s+(?:he|she|they)\s+(?:doesn'?t|don'?t|didn'?t)\s+(?:like|love|want|care\s+about)\s+me\s+at\s+all\b|\bfull\s+stop\b`,
    ),
  },
];
