import { OTHERS, rx, type TrapRule } from './shared';

/**
 * Personalizing: taking the blame for what wasn't only one's doing.
 * The records whose first label is this trap; index.ts puts all of them in the detector's order.
 */
export const PERSONALIZING: TrapRule[] = [
  {
    id: 'down-to-me',
    labels: ['personalizing'],
    lang: 'en',
    weight: 0.7,
    example: 'The project failing is all down to me.',
    why: 'The whole cause taken on oneself ("it\'s all down to me", "something I said").',
    pattern: rx(
      String.raw`\b(?:(?:all|100%|entirely|completely|totally|all\s+of\s+it)\s+)?down\s+to\s+me\b|\bi\s+let\s+(?:it|everything|the\s+\w+|us|them|the\s+family)\s+(?:fall\s+apart|fall\s+through|die|go\s+under)\b|\bsomething\s+i\s+(?:did|said|wrote|sent)\b(?!\s+(?:well|right|that\s+(?:helped|worked)))|\bi\s+(?:gave|give)\s+(?:him|her|them)\s+(?:a|every)\s+reason\s+to\s+(?:go|leave|walk\s+away|end\s+it)\b|\bi\s+was\s+the\s+weak(?:est)?\s+link\b`,
    ),
  },
  {
    id: 'pushed-them-away',
    labels: ['personalizing'],
    lang: 'en',
    weight: 0.76,
    example: 'I pushed her away like I always do.',
    why: 'Others\' distance made one\'s own doing ("I pushed him away", "I must have said something").',
    pattern: rx(
      String.raw`\b(?:to|i|you)\s+(?:\w+\s+)?(?:push|pushed|drive|drove|driven|scare|scared|chase|chased)\s+(?:him|her|them|people|everyone|everybody|(?:my|the) \w+)\s+away\b|\bi (?:\w+ )?(?:must have |probably |guess i |think i )?(?:did|said) something\b|\bbecause (?:of )?(?:how|what|something|the way) i\b|\b(?:about|over|because of) (?:something|what) i (?:said|did|wrote|texted|sent|posted)\b`,
    ),
  },
  {
    id: 'my-fault',
    labels: ['personalizing'],
    lang: 'en',
    weight: 0.9,
    example: "It's all my fault.",
    why: 'Fault or blame claimed outright ("it\'s all my fault", "I\'m to blame").',
    pattern: rx(
      String.raw`\b(?:it'?s|it is|it was|that'?s|that is|that was|this is|this was|all|everything is|everything was|everything'?s)\s+(?:all\s+|entirely\s+|totally\s+|completely\s+|probably\s+|just\s+|really\s+|definitely\s+)*(?:my|my own)\s+fault\b|\b(?:i'?m|i am|i was)\s+(?:(?:totally|completely|entirely|the one|the only one|always)\s+)*to blame\b`,
    ),
    gate: ['fault', 'blame'],
  },
  {
    id: 'because-of-me',
    labels: ['personalizing'],
    lang: 'en',
    weight: 0.8,
    example: 'The team lost the contract because of me.',
    why: 'Oneself as the reason or the problem ("because of me", "I\'m the problem").',
    pattern: rx(
      String.raw`\bbecause of me\b|\b(?:i'?m|i am|i was)\s+(?:(?:probably|obviously|clearly|definitely|just|always|the one)\s+)*the (?:reason|problem|common denominator|cause|issue)\b|\bit(?:'s| is| was| must be| must have been)\s+(?:(?:always|just|probably|definitely|really)\s+)*(?:me|something (?:about me|i did|i said))\b|\bthe problem is me\b|\b(?:it was|it'?s|that was|it must have been)\s+(?:all\s+|probably\s+|definitely\s+)?(?:my|because of my) (?:\w+ )?(?:that|which|who) (?:caused|ruined|made|broke|killed|sank|lost|wrecked|messed)\b|\bi (?:caused|am the cause of|was the cause of)\b|\bi'?m the problem\b`,
    ),
  },
  {
    id: 'what-did-i-do',
    labels: ['personalizing'],
    lang: 'en',
    weight: 0.8,
    example: 'What did I do wrong?',
    why: 'Searching oneself for the cause ("what did I do wrong", "I must have said…").',
    pattern: rx(
      String.raw`\b(?:what|something)\s+(?:did\s+|have\s+)?i\s+(?:do|did|say|said|done)\s+(?:to|that was\s+)?\s*(?:wrong|to (?:deserve|make|cause)|to him|to her|to them)\b|\bi must have (?:done|said|been|sent|come across|messed|seemed|written|looked|sounded|acted|missed)\b|\bwhat'?s wrong with me\b|\bwhy does (?:this|everyone|everybody) (?:always )?(?:happen to|leave|reject|ignore) me\b`,
    ),
  },
  {
    id: 'made-them-leave',
    labels: ['personalizing'],
    lang: 'en',
    weight: 0.78,
    example: 'I probably made him angry.',
    why: 'Others\' feelings or choices caused by oneself ("I made her leave", "I drove him away").',
    pattern: rx(
      String.raw`\b(?:i|you)\s+(?:(?:must|probably|definitely|obviously|clearly|just|always|totally|completely|really)\s+)*(?:have\s+)?(?:made|make|makes|caused|cause|drove|drive|pushed|push|scared|scare|chased|chase)\s+(?:him|her|them|everyone|everybody|people|it|things|the (?:team|interviewer|recruiter|client|deal|meeting|date)|my (?:\w+))\s+(?:\w+\s+)?(?:leave|left|angry|upset|mad|lose|lost|fail|go|uncomfortable|awkward|weird|sad|unhappy|pull away|pulled away|away|off|quit|fall apart|fell apart|break up|end it|lose interest|worse)\b`,
    ),
    gate: ['made', 'make', 'caus', 'drove', 'drive', 'push', 'scare', 'chase'],
  },
  {
    id: 'i-ruined-it',
    labels: ['personalizing'],
    lang: 'en',
    weight: 0.62,
    example: 'I ruined the whole evening.',
    why: 'One\'s own part made the whole outcome ("I ruined everything", "I blew my only chance").',
    pattern: rx(
      String.raw`\b(?:i|you)\s+(?:(?:totally|completely|really|just|always|single-handedly)\s+)*(?:ruined|ruin|wrecked|wreck|destroyed|destroy|sabotaged|sabotage|blew|blow|messed up|mess up|screwed up|screw up|fucked up|f\*+ed up|spoiled)\s+(?:it|everything|things|this|that|the (?:whole|day|night|date|interview|meeting|team|project|deal|party|relationship|friendship|trip|evening|weekend|presentation|pitch|chance)|my (?:chance|chances|relationship|friendship|marriage|family|career|life|future|only chance)|our|us|what we had|it all)\b`,
    ),
  },
  {
    id: 'if-i-had-then',
    labels: ['personalizing'],
    lang: 'en',
    weight: 0.76,
    example: "If I had been more fun, he wouldn't have left.",
    why: 'Counterfactuals that put the outcome on oneself ("if I\'d been…, he wouldn\'t have left").',
    pattern: rx(
      String.raw`\b(?:it'?s|it is|it was|that'?s|this is|this was)\s+(?:probably\s+|all\s+|just\s+|definitely\s+|obviously\s+|because\s+of\s+me\s+|only\s+)*because\s+(?:of\s+)?(?:i\b|i'?m|i was|me\b|my\b)|\bif (?:i|i'?d) (?:had|hadn'?t|were|was|'d been|had been|been|didn'?t|wasn'?t|weren'?t|'d)\b[^.]{0,60}\b(?:he|she|they|it|we|the \w+|my \w+)\s+(?:wouldn'?t|would not|would'?ve|would have|might not|might have|could have|would still|'d still|would be|'d be)\b|\b(?:then|and)\s+(?:he|she|they|it|we)\s+(?:wouldn'?t|would not|would'?ve|would have|might not|might have)\s+(?:have\s+)?(?:left|gone|cheated|lost|broken up|stopped|ended|ghosted|rejected|said no|moved on|failed|been (?:angry|upset|mad|hurt|sad|unhappy))\b`,
    ),
  },
  {
    id: 'if-only-i',
    labels: ['personalizing'],
    lang: 'en',
    weight: 0.75,
    example: 'If only I had listened.',
    why: '"If only I…", "I let everyone down", "it\'s on me": the weight of it taken alone.',
    pattern: rx(
      String.raw`\bif only i\b|\b(?:i|you)\s+(?:always\s+|just\s+|totally\s+)?let\s+(?:\w+\s+){1,3}?down\b|\b(?:it|this|everything) (?:is|was|'s) on me\b|\bi brought (?:this|it) on myself\b|\bi'?m responsible for (?:his|her|their|everyone'?s|how)\b|\bi (?:should|could) have (?:stopped|prevented|saved|fixed)\b`,
    ),
  },
  {
    id: 'their-mood-is-me',
    labels: ['personalizing'],
    lang: 'en',
    weight: 0.8,
    example: 'My friend seemed upset today, it must be something I did.',
    why: 'Someone else\'s mood or leaving tied back to oneself ("she seemed upset, it must be me").',
    pattern: rx(
      String.raw`\b(?:${OTHERS}|(?:he|she|they))\s+(?:\w+\s+){0,5}?(?:left|leave|broke up|pulled away|went quiet|stopped (?:talking|texting|replying|calling)|(?:is|was|seemed|seems|looked|sounded|were|are) (?:so |really |a bit |kind of |kinda )?(?:upset|quiet|mad|angry|distant|cold|off|short|annoyed|stressed|tired|sad|grumpy|in a bad mood|disappointed)|ghosted|cancell?ed|didn'?t (?:come|show|reply|call|smile)|lost|failed|got laid off|was laid off|were laid off|fought|argued|divorced|split up)\b[^.]{0,40}\b(?:because of me|because i\b|it'?s on me|my fault|must be me|must have been me|must be something i|must have been something i|i must have|what i did|what i said|i said something|i did something)`,
    ),
  },
  {
    id: 'right-after-i',
    labels: ['personalizing'],
    lang: 'en',
    weight: 0.6,
    example: 'The group chat went quiet right after I posted.',
    why: 'What others did (or didn\'t) read as caused by oneself ("right after I posted").',
    pattern: rx(
      String.raw`\b(?:right|just)\s+(?:after|when|as)\s+i\s+(?:posted|joined|arrived|walked\s+in|spoke|said|sent|started|showed\s+up)\b|\b(?:it'?s|that'?s|this\s+is)\s+(?:all\s+)?on\s+me\b|\beverything\s+is\s+my\s+fault\b|\bi'?m\s+(?:obviously\s+|clearly\s+|just\s+)?(?:bad\s+luck|cursed|a\s+jinx)\b|\bi\s+(?:knew\s+i'?d|must\s+have|must'?ve)\s+done\s+something\b|\b(?:why\s+else|the\s+only\s+(?:explanation|reason))\b|\bif\s+i'?d\s+(?:just\s+|only\s+)?(?:been|done|said|worked|tried|stayed|looked|acted)\b[^.!?]{0,50}\b(?:(?:she|he|they|it|everyone|the\s+\w+)(?:'d|\s+would))\b|\bbecause\s+(?:of\s+)?(?:how|what)\s+i\s+(?:was|am|did|said)\b|\b(?:drifted|moved\s+on|left|stopped\s+(?:replying|talking|calling)|went\s+quiet|pulled\s+away|split\s+up)\b[^.!?]{0,40}\bbecause\s+i'?m\b`,
    ),
  },
];
