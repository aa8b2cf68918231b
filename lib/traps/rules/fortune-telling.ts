import { F_BAD, F_SUBJ, FUTURE, rx, type TrapRule } from './shared';

/**
 * Fortune-telling: the future told as a fact, always a bad one.
 * The records whose first label is this trap; index.ts puts all of them in the detector's order.
 */
export const FORTUNE_TELLING: TrapRule[] = [
  {
    id: 'whatever-i-do',
    labels: ['fortune-telling', 'overgeneralizing'],
    lang: 'en',
    weight: 0.45,
    example: 'No matter how hard I try, it never works out.',
    why: 'Effort declared useless in advance ("whatever I do", "no matter how hard I try").',
    pattern: rx(
      String.raw`\b(?:whatever|no matter what|no matter how (?:hard|much)) (?:i|you) (?:do|try|say|change)\b`,
    ),
  },
  {
    id: 'bad-feeling-about-it',
    labels: ['fortune-telling', 'emotional-reasoning'],
    lang: 'en',
    weight: 0.6,
    example: "I've got a bad feeling about tomorrow.",
    why: 'A hunch taken as a forecast ("I have a bad feeling", "I can already tell").',
    pattern: rx(
      String.raw`\b(?:i|i'?ve|you) (?:just |already |really )?(?:have|got|get|'ve got) (?:a|this) (?:bad|sinking|horrible|awful|terrible|nasty) feeling\b|\bi can already (?:tell|see)\b`,
    ),
    keepNegated: true,
  },
  {
    id: 'i-just-know-it',
    labels: ['fortune-telling'],
    lang: 'en',
    weight: 0.62,
    example: "Deep down I know they'll say no.",
    why: 'Certainty claimed about what hasn\'t happened ("I just know it", "mark my words").',
    pattern: rx(String.raw`\b(?:i just know it|deep down i know|i can just tell|mark my words)\b`),
  },
  {
    id: 'i-wont-get',
    labels: ['fortune-telling'],
    lang: 'en',
    weight: 0.78,
    example: "I won't get this job.",
    why: 'A bad outcome for oneself said as fact ("I won\'t get it", "I\'m never going to find"), but not "won\'t be long".',
    pattern: rx(
      String.raw`\b(?:i|you)\s*(?:won'?t|will not|am not going to|'m not going to|'m never going to|am never going to|'re not going to|are not going to)\s+(?:ever\s+|even\s+)?(?:get|find|be|make|land|pass|have|win|hear|meet|manage|succeed|recover)\b`,
    ),
    keepNegated: true,
    unless: /\bwon'?t (?:be (?:long|here|there|in|at|available)|have time|make it (?:to|tonight|today))\b/,
  },
  {
    id: 'future-bad-outcome',
    labels: ['fortune-telling'],
    lang: 'en',
    weight: 0.8,
    example: 'The interview is going to go badly.',
    why: 'A subject, a future tense and a bad outcome ("they\'ll say no"), but not hopes or plans ("I\'ll try").',
    pattern: rx(
      String.raw`(?:\b${F_SUBJ}\s*(?:'s|'re|'m|is|are|am)?\s*${FUTURE}|\b[a-z]+(?:'ll|'s going to|'re going to)|\b(?:will|won'?t|is going to|are going to|am going to|gonna|going to)(?=\s))\s+(?:\w+\s+){0,5}?${F_BAD}\b`,
    ),
    keepNegated: true,
    unless:
      /\b(?:i hope|i'?ll (?:try|see|ask|check|call|email|write|send|apply)|won'?t (?:let|make the same|give up|stop|quit)|never (?:again )?(?:give up|stop trying)|won'?t be (?:long|here|there|in|at|available|able to make)|won'?t (?:mind|hurt to)|(?:i|you) (?:will|'ll) (?:not|never) (?:let|give up))\b/,
  },
  {
    id: 'ill-never-always',
    labels: ['fortune-telling'],
    lang: 'en',
    weight: 0.8,
    example: "I'll always be alone.",
    why: 'A future forever ("I\'ll never", "I\'ll always be"), but not "I\'ll always remember".',
    pattern: rx(String.raw`\b(?:i|you)\s*(?:'ll|will)\s+(?:just\s+)?(?:never|always|forever)\b`),
    keepNegated: true,
    unless:
      /\b(?:i'?ll always (?:remember|love|be grateful|cherish|be there)|i'?ll never forget (?:how|what|that|the (?:kindness|way)))\b/,
    gate: ['never', 'always', 'forever'],
  },
  {
    id: 'nobody-will-ever',
    labels: ['fortune-telling', 'overgeneralizing'],
    lang: 'en',
    weight: 0.8,
    example: 'Nobody will ever hire me.',
    why: 'No one, ever, in the future ("nobody will ever", "no company is going to").',
    pattern: rx(
      String.raw`\b(?:nobody|no one|no-one|noone|no company|no employer|no recruiter|no man|no woman|no guy|no girl|not one \w+|nothing)\s*(?:is |are |'s )?(?:ever\s+)?(?:will|'ll|is going to|'s going to|going to|gonna|are going to|would ever)\b`,
    ),
  },
  {
    id: 'will-never',
    labels: ['fortune-telling'],
    lang: 'en',
    weight: 0.82,
    example: 'This pain will never end.',
    why: 'Any future "will never" ("it\'ll never happen"), but not "never give up".',
    pattern: rx(
      String.raw`(?:\b[a-z]+'ll|\bwill|\bis going to|\bare going to|\b[a-z]+'s going to|\bgonna)\s+(?:\w+\s+)?(?:never|not ever)\b`,
    ),
    keepNegated: true,
    unless: /\bnever (?:forget (?:how|what|that|the)|give up|stop trying)\b/,
  },
  {
    id: 'know-how-it-ends',
    labels: ['fortune-telling'],
    lang: 'en',
    weight: 0.82,
    example: "I know they're going to reject me.",
    why: 'Knowing the future ("I know they\'ll", "no way I\'ll", "doomed", "don\'t stand a chance").',
    pattern: rx(
      String.raw`\b(?:i|you) (?:just )?know (?:that )?(?:i|they|he|she|it|this|nobody|no one|you|we)(?:'ll| will| won'?t| are going to|'re going to| is going to|'s going to|'m going to| am going to)\b|\bthere'?s no (?:way|chance) (?:i|they|he|she|anyone|anybody|it|this|you)\b|\b(?:i|you) (?:don'?t|do not|won'?t) (?:even )?stand a chance\b|\bno chance (?:i|they|of)\b|\b(?:doomed|bound to fail|destined to (?:fail|be alone|be single|lose)|never stood a chance)\b`,
    ),
    keepNegated: true,
  },
  {
    id: 'whats-the-point',
    labels: ['fortune-telling', 'all-or-nothing'],
    lang: 'en',
    weight: 0.58,
    example: "What's the point of applying anymore?",
    why: '"What\'s the point", "why bother": effort declared useless before it is tried.',
    pattern: rx(
      String.raw`\b(?:what'?s|what is|there'?s|there is|is there) (?:even )?(?:the |no |any )?point\b|\bwhy (?:even )?bother\b`,
    ),
    keepNegated: true,
  },
  {
    id: 'what-if',
    labels: ['fortune-telling'],
    lang: 'en',
    weight: 0.62,
    example: 'What if they all laugh at me?',
    why: 'A feared "what if", but not a hopeful or planning one ("what if I ask", "what if it works").',
    pattern: rx(String.raw`\bwhat if\b`),
    unless:
      /\bwhat if i (?:just |simply )?(?:ask|try|tried|apply|applied|reach out|text|call|email|tell|said|take|look|go|wait|treat)\b|\bwhat if (?:it|this|they|he|she) (?:works?|goes well|likes?|says? yes)\b/,
  },
  {
    id: 'what-if-bad',
    labels: ['fortune-telling'],
    lang: 'en',
    weight: 0.2,
    example: 'What if I fail again?',
    why: 'A weak extra clue when a "what if" names a bad outcome, even one the rule above lets pass as a plan.',
    pattern: rx(String.raw`\bwhat if\b`),
    needs:
      /\b(?:will|'ll|won'?t|never|again|don'?t|doesn'?t|didn'?t|fail\w*|reject\w*|say no|says no|said no|hate|laugh|leave|lose|fired|alone|forever|nobody|no one|wrong|mess|screw|bad|think i|find out|realize|embarrass\w*|ghost\w*|ignore\w*|turn\w* me down|end up|worse|disaster|never|not)\b/,
  },
  {
    id: 'never-going-to-change',
    labels: ['fortune-telling'],
    lang: 'en',
    weight: 0.72,
    example: "It's never going to get better.",
    why: 'Things fixed for good ("it\'s never going to change", "I\'m never going to…").',
    pattern: rx(
      String.raw`\b(?:it|this|that|things|my life|life|nothing)\s*(?:'s|is)?\s*(?:never|not) (?:going|gonna) to (?:work|change|get better|happen|improve|end|be (?:different|okay|ok|fine))|\b(?:i|you)(?:'m| am|'re| are) (?:never|not ever) going to\b`,
    ),
    keepNegated: true,
  },
  {
    id: 'no-point-trying',
    labels: ['fortune-telling'],
    lang: 'en',
    weight: 0.62,
    example: 'No point applying, I know how it ends.',
    why: 'The bad future, in other words: "no point applying, I know how it ends".',
    pattern: rx(
      String.raw`\bno\s+point\s+(?:in\s+)?(?:applying|going|trying|asking|bothering|texting|replying)\b|\b(?:i\s+)?(?:can\s+)?(?:already\s+)?(?:picture|see|know|guess)\s+how\s+(?:that|it|this)\s+(?:goes|ends|will\s+go|will\s+end)\b|\b(?:scared|afraid|terrified|sure|certain)\s+(?:that\s+)?i'?ll\s+(?:be\s+alone|never|end\s+up|always|die\s+alone)\b|\b(?:going\s+to|gonna)\s+be\s+disappointed\s+in\s+me\b|\balways\s+going\s+to\s+be\b|\bthe\s+end\s+of\s+me\s+ever\b|\bever\s+(?:trusting|loving|dating)\s+(?:anyone|again)\b|\b(?:will|'ll)\s+(?:know|find\s+out|hear\s+about\s+it)\b[^.!?]{0,30}\b(?:pity|laugh|judge|talk)\b`,
    ),
  },
];
