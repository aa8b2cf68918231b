import { rx, type TrapRule } from './shared';

/**
 * Disqualifying the positive: good news that "doesn't count".
 * The records whose first label is this trap; index.ts puts all of them in the detector's order.
 */
export const DISQUALIFYING_POSITIVE: TrapRule[] = [
  {
    id: 'nothing-but-what-counts',
    labels: ['disqualifying-positive'],
    lang: 'en',
    weight: 0.7,
    example: 'Getting the interview is nothing, only the offer matters.',
    why: 'Good news ruled out by a stricter measure ("that\'s nothing, all that counts is…").',
    pattern: rx(
      String.raw`\b(?:is|was|'s) nothing\b[^.]{0,50}\b(?:counts|matters)\b|\bis (?:all|the only thing) that (?:counts|matters)\b|\b(?:the only thing|all) that (?:counts|matters) is\b`,
    ),
    gate: ['counts', 'matters'],
  },
  {
    id: 'only-got-in-because',
    labels: ['disqualifying-positive'],
    lang: 'en',
    weight: 0.8,
    example: 'I only got hired because they were desperate.',
    why: 'Success put down to circumstance ("I only got in because…", "people just say that").',
    pattern: rx(
      String.raw`\bonly (?:got|was|were|am|get) (?:\w+ )?(?:promoted|hired|picked|chosen|invited|accepted|asked|offered|selected|shortlisted|called|in|through|the (?:job|role|offer|part|place|spot))\b[^.]{0,20}\b(?:because|since|as)\b|\bbecause (?:they|he|she) (?:couldn'?t find|had no|didn'?t have|had nobody|had no one) (?:anyone|anybody|a better|other|better|one else|else)|\b(?:people|guys|men|women|everyone|they|recruiters|interviewers)\s+(?:always |just |all )?say (?:that|things like that|it to everyone)\b`,
    ),
  },
  {
    id: 'doesnt-count',
    labels: ['disqualifying-positive'],
    lang: 'en',
    weight: 0.86,
    example: "Passing the exam doesn't really count.",
    why: 'Good news declared not to count ("it doesn\'t count", "that\'s nothing special"), but not "count on".',
    pattern: rx(
      String.raw`\b(?:doesn'?t|does not|didn'?t|did not|won'?t|wouldn'?t|shouldn'?t) (?:really |even |actually )?count\b|\bdon'?t (?:really |even )?count\b|\bit only counts if\b|\bthat'?s (?:not|nothing) (?:special|impressive|an achievement|a big deal|really an achievement)\b`,
    ),
    keepNegated: true,
    unless: /\bcount on\b/,
    gate: ['count', 'special', 'impressive', 'achievement', 'big deal'],
  },
  {
    id: 'doesnt-mean-anything',
    labels: ['disqualifying-positive'],
    lang: 'en',
    weight: 0.72,
    example: "The compliment doesn't mean anything.",
    why: 'Praise or results said to prove nothing ("it doesn\'t mean I\'m any good").',
    pattern: rx(
      String.raw`\b(?:that|it|this|the (?:offer|compliment|praise|interview|promotion|raise|award|feedback|callback|second date|date|message|text|invite|invitation)|my (?:raise|award|degree|success|promotion|offer|grades?|score|review))\s+(?:\w+\s+)?(?:doesn'?t|does not|didn'?t|did not|won'?t)\s+(?:really |even |actually )?(?:mean (?:anything|much|a thing|that)|prove (?:anything|much|that)|matter)\b|\b(?:doesn'?t|does not) mean (?:i'?m|i am|i was|that i'?m|that i am) (?:actually |really )?(?:good|smart|talented|any good|capable|qualified|worth|likable|likeable|lovable|loveable|attractive|interesting|ready|liked|wanted)\b`,
    ),
    keepNegated: true,
  },
  {
    id: 'just-being-nice',
    labels: ['disqualifying-positive'],
    lang: 'en',
    weight: 0.78,
    example: 'She was just being nice.',
    why: 'Kindness put down to manners, pity or duty ("just being nice", "out of pity", "a pity date").',
    pattern: rx(
      String.raw`\b(?:just|only|simply)\s+(?:being\s+)?(?:nice|polite|kind|friendly|professional|courteous|charitable|generous|diplomatic)\b|\b(?:out of|from)\s+(?:pity|obligation|politeness|charity|guilt|sympathy)\b|\bfelt sorry for me\b|\b(?:they|he|she|you) (?:had|have|has) to (?:say|be) (?:that|nice|polite|something)\b|\b(?:say|says|said) that to (?:everyone|everybody|all)\b|\b(?:just|only) saying (?:that|it)\b|\b(?:pity|charity|mercy|sympathy) (?:hire|date|invite|invitation|offer|interview|call|text|like|promotion)\b`,
    ),
    unless: /\bshe was just being nice and i (?:appreciated|liked)/,
  },
  {
    id: 'just-luck',
    labels: ['disqualifying-positive'],
    lang: 'en',
    weight: 0.76,
    example: 'It was just luck.',
    why: 'Success put down to luck or ease ("pure luck", "anyone could have done it"), but not "just bad timing".',
    pattern: rx(
      String.raw`\b(?:it was|that was|i just got|i got|pure|dumb|sheer|just|only|it was just|it was only|total|a stroke of)\s+(?:luck|lucky|a fluke|beginner'?s luck|timing|a mistake|an accident|chance)\b|\banyone (?:could|can|would) (?:have )?(?:do|done|get|gotten|got|have|had|pass|passed|manage|managed)\b|\b(?:that|it) was (?:easy|nothing|a one-off|a one off|different|a low bar|only one)\b[^.]{0,30}\b(?:so|anyway|anyone|doesn'?t|it doesn'?t|not)\b|\b(?:but|yes but|yeah but|sure but|ok but|okay but)\s+(?:that|it)\s+(?:was|'s|is)\s+(?:just|only|easy|nothing|luck|because|different|a fluke)\b|\bthey (?:must have|probably) (?:been|were) desperate\b|\bonly because (?:he|she|they|it) (?:was|were|felt|had) (?:bored|lonely|desperate|drunk|nice|polite|sorry|nothing better|no one else|no other)\b|\b(?:they|he|she) (?:hired|picked|chose|asked|invited|promoted) me because (?:no one|nobody) else\b`,
    ),
    unless: /\bit was just (?:the|a) (?:timing|wrong time)\b/,
  },
  {
    id: 'only-said-it-to-be-nice',
    labels: ['disqualifying-positive'],
    lang: 'en',
    weight: 0.76,
    example: 'He only complimented my work to be nice.',
    why: 'A kind act or a result discounted ("only said it to be nice", "it was a fluke").',
    pattern: rx(
      String.raw`\b(?:only|just)\s+(?:said|say|says|did|asked|invited|hired|called|texted|replied|compliment\w*|prais\w*|liked?|likes|kept|picked|chose|promoted|included|agreed|help\w*|listen\w*|reply|replies|answer\w*)\b[^.]{0,40}\b(?:to be (?:nice|polite|kind)|because|out of|to make me feel|since)\b|\b(?:but|only)\s+(?:it was|that was|it'?s|that'?s)\s+(?:only|just)\s+because\b|\b(?:was|were|'s|is)\s+(?:just\s+|only\s+|pure\s+|dumb\s+|sheer\s+)?(?:luck|a fluke|beginner'?s luck)\b|\bbut\s+(?:that|it|this)\s+doesn'?t (?:really )?mean\s+(?:\w+\s+){0,3}?(?:likes?|liked|wants?|cares?|loves?|respects?|rates?|values?|good|smart|talented|capable|ready|qualified|interested|i'?ll|i will|it'?ll|anything|much)\b`,
    ),
    keepNegated: true,
  },
  {
    id: 'so-what-if',
    labels: ['disqualifying-positive'],
    lang: 'en',
    weight: 0.6,
    example: 'So what if they liked my portfolio?',
    why: 'A good thing waved away ("so what if", "big deal", "one good review means nothing").',
    pattern: rx(
      String.raw`\b(?:so what if|who cares if|big deal,|sure,? (?:they|he|she|i) (?:said|got|did|was)|one (?:good|nice|kind) (?:thing|comment|review|day|date|interview|message)\s+(?:doesn'?t|does not|won'?t|isn'?t|means nothing))\b`,
    ),
    keepNegated: true,
  },
  {
    id: 'praised-but',
    labels: ['disqualifying-positive'],
    lang: 'en',
    weight: 0.64,
    example: 'My manager praised my report, but she probably says that to everyone.',
    why: 'Good things explained away in the same breath ("praised it, but probably just polite").',
    pattern: rx(
      String.raw`\b(?:praised|complimented|liked|offered|called\s+back|got\s+(?:the|a)\s+(?:callback|second\s+interview|interview|offer|job|place|promotion)|got\s+to\s+the\s+(?:final|last)|handled\s+it\s+well|went\s+well|said\s+i\s+(?:did|was|look)\s+\w+)\b[^.!?]{0,30}\b(?:but|though)\b[^.!?]{0,60}\b(?:probably|i\s+bet|just|only|so\s+what|doesn'?t\s+count|means\s+nothing|mistake|filling|paid|polite|pity|doesn'?t\s+matter|same\s+as|might\s+as\s+well|fluke|luck)\b`,
    ),
  },
  {
    id: 'means-nothing',
    labels: ['disqualifying-positive'],
    lang: 'en',
    weight: 0.6,
    example: 'Second place means nothing.',
    why: 'Good outcomes recast as failures ("means nothing", "might as well be a fail", "a polite no").',
    pattern: rx(
      String.raw`\b(?:just|only)\s+a\s+polite\s+no\b|\bmeans\s+nothing\b|\bmight\s+as\s+well\s+be\s+a\s+(?:fail|no|rejection|failure)\b|\b(?:the\s+)?same\s+as\s+(?:not\s+\w+ing|failing|losing|nothing|a\s+no)\b|\bfilling\s+(?:numbers|a\s+quota|quotas|a\s+slot)\b|\btick\s+(?:a|the)\s+(?:\w+\s+)?box\b|\bnever\s+(?:actually|really)\s+(?:liked|loved|cared\s+about|wanted)\s+(?:me|us)\b|\bwas\s+never\s+(?:really\s+|actually\s+)?(?:my|a)\s+(?:real\s+)?friend\b|\b(?:it\s+)?was\s+all\s+(?:fake|a\s+lie|an\s+act)\b|\b(?:a\s+)?strong\s+fit\b[^.!?]{0,20}\blol\b`,
    ),
  },
  {
    id: 'they-have-to-say-that',
    labels: ['disqualifying-positive'],
    lang: 'en',
    weight: 0.6,
    example: "They're my friends, they have to say that.",
    why: 'Praise discounted by who gave it or how it was worded ("they\'re my friends, they have to", "corporate speak for no").',
    pattern: rx(
      String.raw`\b(?:they'?re|she'?s|he'?s)\s+my\s+(?:friends?|mum|mom|dad|family|partner)\b[^.!?]{0,12}\b(?:they|she|he)\s+(?:have|has)\s+to\b|\bcorporate\s+speak\s+for\b|\b(?:just|only)\s+how\s+they\s+soften\b|\b(?:just\s+)?a\s+polite\s+way\s+of\s+(?:failing|saying\s+no|rejecting)\b|\bnone\s+of\s+it\s+(?:matters|counts)\b|\bdoesn'?t\s+count\s+if\b`,
    ),
  },
];
