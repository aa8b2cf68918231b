import { PLAN, rx, type TrapRule } from './shared';

/**
 * Should statements: rigid rules about how oneself or others must be.
 * The records whose first label is this trap; index.ts puts all of them in the detector's order.
 */
export const SHOULD_STATEMENTS: TrapRule[] = [
  {
    id: 'should-have',
    labels: ['should-statements'],
    lang: 'en',
    weight: 0.86,
    example: 'I should have seen it coming.',
    why: 'Regret as a rule broken ("I should have…"), but not things that should have arrived.',
    pattern: rx(
      String.raw`\b(?:i|you|we)\s+(?:really\s+)?(?:should'?ve|should have|shoulda|shouldn'?t have|should not have|ought to have)\b`,
    ),
    keepNegated: true,
    unless:
      /\b(?:should (?:have|'ve) (?:heard|received|arrived|gotten back|got back|been (?:delivered|sent|here|ready))|(?:it|they|he|she|the \w+) should have (?:arrived|come|been))\b/,
  },
  {
    id: 'should-be-over-it',
    labels: ['should-statements'],
    lang: 'en',
    weight: 0.84,
    example: 'I should be over this by now.',
    why: 'A rule about how one ought to be ("I should be over it", "I have to be perfect"), unless it is a plan.',
    pattern: rx(
      String.raw`\b(?:i|you|we)\s+(?:really\s+)?(?:should|ought to|must|need to|have to|am supposed to|'m supposed to|'re supposed to|are supposed to|was supposed to|were supposed to)\s+(?:\w+\s+)?(?:be (?:over|better|further|able|more|married|stronger|happier|fine|past|doing|ok|okay|grateful|thankful|used to|tougher|smarter|perfect|successful|settled|engaged|happy|the best|liked|loved|good enough|enough|independent|handling|coping|able to|on top of|ahead|promoted|earning|making|calmer|thinner|prettier|done)|have (?:a|it|my|kids|everything|figured|gotten over|moved on|known)|know better|not (?:feel|care|need|be (?:upset|sad|hurt|bothered|so))|feel (?:better|fine|grateful|happy|over)|care less|get over|move on|never|always|handle|cope|win|succeed|prove|impress|please everyone|make everyone|not make mistakes|not mess)\b`,
    ),
    keepNegated: true,
    unless: new RegExp(PLAN),
  },
  {
    id: 'supposed-to',
    labels: ['should-statements'],
    lang: 'en',
    weight: 0.8,
    example: 'A good friend would have called.',
    why: 'Rules about how people are supposed to be ("I\'m supposed to", "a real friend would").',
    pattern: rx(
      String.raw`\b(?:i'?m|i am|i was|you'?re|you are|we'?re|we are)\s+(?:\w+\s+)?supposed to (?:be|have|know|feel|get|want|like|do better|do more)\b|\b(?:a real|a good|any decent|a true|a normal|a decent|a proper|a loving|a grown|an adult|a normal) (?:friend|partner|boyfriend|girlfriend|mother|mom|mum|father|dad|person|boss|manager|company|employer|family|daughter|son|sister|brother|adult|man|woman) (?:would|wouldn'?t|should|shouldn'?t|would have|wouldn'?t have|would'?ve|does|doesn'?t|is|has)\b|\b(?:families|family|friends|partners|parents|people|men|women|relationships|managers|bosses|companies|employers|recruiters|he|she|they|my \w+)\s+(?:are|is|were|was)\s+supposed to\b`,
    ),
    keepNegated: true,
  },
  {
    id: 'must-or-else',
    labels: ['should-statements', 'all-or-nothing'],
    lang: 'en',
    weight: 0.8,
    example: "I have to get this job or I'm a failure.",
    why: 'A must with only one alternative ("I have to win or I\'m nothing").',
    pattern: rx(
      String.raw`\b(?:i|you)\s+(?:must|have to|need to|has to|gotta)\s+(?:\w+\s+){0,5}?or\s+(?:else\s+)?(?:i'?m|i am|i'?ve|i will|i'?ll|it'?s|everything|i'?m nothing|there'?s no|what'?s the)\b`,
    ),
  },
  {
    id: 'shouldnt-feel',
    labels: ['should-statements'],
    lang: 'en',
    weight: 0.84,
    example: "I shouldn't feel this upset about it.",
    why: 'A rule against one\'s own feelings or needs ("I shouldn\'t feel this way"), unless it is a plan.',
    pattern: rx(
      String.raw`\b(?:i|you|we)\s+(?:really\s+)?(?:shouldn'?t|should not|mustn'?t|must not)\s+(?:\w+\s+)?(?:feel|be|care|need|still|have to|let|get|cry|want|miss|think|have|mind|take it|make|ask|show|look|seem|admit|complain|fail|mess)\b`,
    ),
    keepNegated: true,
    unless: new RegExp(PLAN),
  },
  {
    id: 'by-now',
    labels: ['should-statements'],
    lang: 'en',
    weight: 0.8,
    example: 'I should have a house by now.',
    why: 'A timetable for life ("by now", "at my age", "by thirty") next to a should or a still.',
    pattern: rx(
      String.raw`\bby now\b|\bat my age\b|\bby (?:thirty|forty|fifty|twenty-\w+|thirty-\w+|\d\d|the time i'?m \w+)\b|\bat (?:\d\d|thirty|forty|fifty|twenty|twenty-\w+|thirty-\w+) i should\b`,
    ),
    needs: /\b(?:should|supposed|ought|must|need to|have to|already|still)\b/,
    keepNegated: true,
  },
  {
    id: 'they-should-have',
    labels: ['should-statements', 'blaming'],
    lang: 'en',
    weight: 0.72,
    example: 'He should have known better.',
    why: 'Rules for others ("he should have", "they owe me"), but not what someone said would happen.',
    pattern: rx(
      String.raw`\b(?:he|she|they|people|everyone|recruiters|companies|employers|my (?:boss|manager|ex|friends?|family|parents?|mom|mum|dad|partner|sister|brother|team)|the (?:company|recruiter|interviewer|manager|panel|team|hiring manager)|friends|a good friend|a real friend|partners)\s+(?:really\s+|at least\s+|just\s+)?(?:should'?ve|should have|shouldn'?t have|should|shouldn'?t|ought to|owes? me|owed me|had no right|were supposed to|was supposed to|are supposed to|is supposed to)\b`,
    ),
    keepNegated: true,
    unless:
      /\b(?:said|told me|wrote|mentioned)\b.*\b(?:should|supposed)\b|\bshould (?:hear|know|get back|be (?:in touch|back|able to|available))\b/,
  },
  {
    id: 'i-should',
    labels: ['should-statements'],
    lang: 'en',
    weight: 0.46,
    example: 'I must try harder.',
    why: 'A weak clue for any "I should / must / have to", skipped for plans ("I should call the bank tomorrow").',
    pattern: rx(String.raw`\b(?:i|you|we)\s+(?:really\s+)?(?:should|ought to|must|have to|need to|had to)\b`),
    unless: new RegExp(PLAN),
  },
  {
    id: 'rules-in-other-words',
    labels: ['should-statements'],
    lang: 'en',
    weight: 0.62,
    example: 'I need to stop being so sensitive.',
    why: 'Rules in other words: "need to stop being", "a real professional would", "decent people answer".',
    pattern: rx(
      String.raw`\b(?:i|you)\s+(?:need|have|ought)\s+to\s+(?:stop\s+being|be\s+(?:fine|ok|okay|over\s+it|stronger|tougher|better)|toughen\s+up|get\s+over\s+(?:it|this|him|her))\b|\b(?:he|she|they)\s+needs?\s+to\s+apologi[sz]e\b|\b(?:are|is|were|was)\s+(?:meant|supposed)\s+to\b|\ba\s+(?:real|proper|good|decent)\s+(?:professional|friend|man|woman|adult|partner|person|mother|father|employee|candidate)\s+(?:would|wouldn'?t|does|doesn'?t|never)\b|\ba\s+friend\s+worth\s+having\s+would\b|\b(?:decent|normal|grown|real)\s+(?:people|adults|friends)\s+(?:answer|reply|don'?t|do\s+not|would|wouldn'?t|are|handle)\b|\bhad\s+no\s+business\b|\bshould\s+just\s+give\s+up\b`,
    ),
  },
];
