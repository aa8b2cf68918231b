import type { CrisisCue } from './shared';

/** Soft cues, part 4 of 4: decisions, last words and posts, loose ends, calm. */
export const LAST_WORDS_CUES: CrisisCue[] = [
  {
    id: 'decided',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\b(?:i'?ve\s+decided|(?:is|will\s+be)\s+(?:the\s+)?last\s+day\s+for\s+me|made\s+up\s+my\s+mind|my\s+mind\s+is\s+made\s+up|after\s+everyone'?s\s+(?:gone\s+to\s+bed|asleep)|planning\s+to\s+find\s+out|next\s+time\s+i\s+won'?t)\b|\bthat'?s\s+the\s+(?:date|day)(?=\s*(?:[.!]|$))/,
    weight: 1,
    example: "I've made up my mind. Sorry for everything.",
    why: 'Decisions: "I\'ve decided", "my mind is made up", "that\'s the date.", "the 30th is last day for me".',
  },
  {
    id: 'last-things',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\b(?:this\s+is\s+goodbye|that'?s\s+it\s+for\s+me|not\s+yet|stood\s+(?:at|on)\s+the\s+edge|decide\s+for\s+me|(?:my\s+)?own\s+(?:funeral|memorial)|not\s+really\s+joking|for\s+real|won'?t\s+be\s+a\s+(?:problem|burden)\s+for\s+anyone|deleted\s+(?:all\s+)?my\s+(?:socials|accounts)|something\s+sharper|old\s+(?:scars|lines|cuts)|real\s+goodbye|won'?t\s+see\s+(?:them|you|anyone)\s+again|last\s+thing\s+i'?ll\s+(?:write|say|post)|whoever\s+finds\s+it|passwords|where\s+the\s+will\s+is|won'?t\s+be\s+(?:here|around)\s+to)\b/,
    weight: 1,
    example: "I deleted all my socials. This time it's for good.",
    why: 'Last words and loose ends: "this is goodbye", socials deleted, passwords, "not really joking".',
  },
  {
    id: 'wouldnt-mind',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\bwouldn'?t\s+mind\b|\b(?:a|the)\s+(?:bus|car|train|lorry|truck)\s+(?:hit|hits|ran\s+over|runs\s+over)\s+me\b/,
    weight: 1,
    example: "I wouldn't mind not waking up. It'd be peaceful.",
    why: 'Not minding what happens: "wouldn\'t mind", "if a bus hit me".',
  },
  {
    id: 'weight-on-everyone',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\b(?:weight|drag)\s+on\s+(?:everyone|everybody|them|my\s+\w+)\b|\bhave\s+to\s+carry\s+me\b|\bsoon\s+(?:they|you|everyone)\s+won'?t\s+have\s+to\b/,
    weight: 1,
    example: "I'm a dead weight on everyone. Sorry for everything.",
    why: 'Burden: a weight or drag on everyone, "soon they won\'t have to".',
  },
  {
    id: 'on-purpose',
    labels: ['cue'],
    lang: 'en',
    pattern: /\b(?:on\s+purpose|deliberately)\b/,
    weight: 1,
    example: "I did it on purpose and I've made up my mind",
    why: 'Intent: on purpose, deliberately.',
  },
  {
    id: 'last-post',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\b(?:this\s+is\s+)?my\s+(?:last|final)\s+(?:post|message|text|entry|words)\b|\blast\s+(?:msg|message|text|post)\s+(?:on|in|to)\s+(?:this|the)\s+(?:group|chat|gc|server)\b|\b(?:done|tired\s+of)\s+fighting\b(?!\s+(?:for|with|over|about))|(?:^|[.!?]\s+)goodbye[.!,]|\bleav(?:e|ing)\s+(?:everything|it\s+all)\b(?!\s+(?:behind\s+(?:and|to)|to\s+))|\bsee\s+(?:you|her|him|them|u)\s+in\s+(?:another|the\s+next)\s+life\b/,
    weight: 1,
    example: 'This is my last post. Sorry for everything.',
    why: 'Last posts and goodbyes said plainly: "my last post", "done fighting", "see you in another life".',
  },
  {
    id: 'will-and-loose-ends',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\b(?:sorted|made|wrote|written|updated|did)\s+(?:out\s+)?(?:my|a)\s+will\b|\bty(?:ing|ed)\s+up\s+(?:all\s+)?(?:the\s+|my\s+)?loose\s+ends\b|\bwho\s+gets\s+(?:the|my)\b|\bif\s+anything\s+(?:happens|happened|were\s+to\s+happen)\s+to\s+me\b|\blook\s+after\s+(?:the|my)\s+(?:kids|children|dog|cat|pets?)\b|\beverything\s+(?:mom|mum|mam|dad|my\s+(?:wife|husband|partner|kids|son|daughter|sister|brother))\s+(?:needs?|will\s+need)\s+is\s+in\b|\bnobody\s+(?:need|needs)\s+to\s+(?:search|look)\s+for\s+me\b/,
    weight: 1,
    example: 'I updated my will yesterday. Sorry for everything.',
    why: 'Loose ends: a will made, loose ends tied up, who gets my things.',
  },
  {
    id: 'strangely-calm',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\b(?:weird(?:ly)?|strange(?:ly)?|odd(?:ly)?|eerily)\s+(?:how\s+)?calm\b|\b(?:thought|thinks?)\s+i\s+was\s+(?:being\s+)?(?:dramatic|joking|kidding)\b|\balready\s+decided?\s+how\b|\bwhen\s+the\s+(?:house|flat|place)\s+is\s+empty\b|\b(?:\d+|a\s+few|two|three|four|five)\s+(?:new\s+)?cuts\b|\bi\s+had\s+\d+\s+days\b/,
    weight: 1,
    example: "I feel weirdly calm. I've made up my mind.",
    why: 'A strange calm, "they thought I was joking", "when the house is empty", new cuts counted.',
  },
  {
    id: 'made-peace',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\bmade\s+(?:my\s+)?peace\s+with\s+(?:it|everything|that|dying|death|my\s+decision)\b|\blove\s+(?:you|u|ya)\s+all\b|\ba\s+little\s+too\s+long\b|\bi\s+can'?t\s+stop\b|\b(?:all\s+of\s+them|them\s+all)\s+at\s+once\b/,
    weight: 1,
    example: "I've made my peace with it. Sorry for everything.",
    why: 'Peace made with it, "love you all", "them all at once".',
  },
  {
    id: 'wont-come-back-or-afraid-of-myself',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\b(?:won'?t|wouldn'?t|don'?t\s+think\s+i'?ll|might\s+not)\s+(?:walk|come|climb|step)\s+back\b(?!\s+from\b)|\bafraid\s+of\s+myself\b|\buntil\s+i\s+(?:stop(?:ped)?\s+(?:being|existing|breathing)|disappear(?:ed)?|was\s+gone)\b/,
    weight: 2,
    example: "I'm afraid of myself tonight",
    why: 'Strong alone: "afraid of myself", "might not walk back", "until I stop existing".',
  },
  {
    id: 'painless-ways-or-written-goodbyes',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\bpainless\s+(?:ways?|methods?)\b(?!\s+(?:to|of)\s+(?!(?:die|go|end|do\s+it|kill|not\s+wake)))|\bwr(?:ote|itten|iting)\s+(?:out\s+)?my\s+goodbyes?\b(?!\s+(?:speech|card|email|to\s+(?:this|that|the|our|my)\s+(?!(?:family|kids|children|world|life)\b)))/,
    weight: 2,
    example: "I've written my goodbyes",
    why: 'Strong alone: painless ways (to die, not to fix a bike), goodbyes written (not a speech).',
  },
  {
    id: 'tonight-the-night',
    labels: ['cue'],
    lang: 'en',
    pattern: /\btonight\s+(?:is|'s)\s+the\s+night\b/,
    weight: 1,
    example: "tonight is the night. i'm not going to be here for the exam tomorrow",
    why: 'A night chosen: ordinary alone (a date, a gig), a plan beside "not going to be here".',
  },
  {
    id: 'signing-off-for-good',
    labels: ['cue'],
    lang: 'en',
    pattern: /\b(?:signing|logging)\s+off\s+(?:for\s+the\s+last\s+time|for\s+good|forever)\b/,
    weight: 1,
    example: 'Gave away my guitar and books today. Signing off for the last time.',
    why: 'Leaving for good: a forum farewell alone, a goodbye beside things given away.',
  },
  {
    id: 'gave-away-my-things',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\b(?:gave|giving|given)\s+away\s+(?:all\s+)?my\b|\b(?:gave|giving|given)\s+(?:her|his|their|my)\s+(?:[\w-]+\s+){0,2}?away\s+to\s+(?:all\s+of\s+us|everyone|everybody|us\s+all)\b|\byou'?ll\s+(?:all\s+)?remember\s+me\b(?!\s+(?:every\s+time|when(?:ever)?\s+you|by))|\b(?:i\s+)?want\s+you\s+to\s+have\s+my\s+(?!number|notes|seat|spot|ticket|ring|car|recipe|old)\w+|\b(?:you|u)\s+can\s+(?:have|keep)\s+my\s+(?!number|notes|seat|spot|place|share|ticket|old\b)\w+/,
    weight: 1,
    example: 'Gave away my guitar and books today. Signing off for the last time.',
    why: 'Giving one\'s things away ("gave away my guitar", "Hamza you can have my PS5", "giving her bangles away to all of us"), "you\'ll remember me": a goodbye beside other signs.',
  },
  {
    id: 'notes-written',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /(?<!\b(?:thank[\s-]you|cover|reference|recommendation|revision|sick|permission|lecture|class|christmas|birthday|love|application)\s)\b(?:notes?|letters?)\s+(?:are|is|have\s+been)\s+(?:all\s+)?written\b/,
    weight: 1,
    example: "not handing notice in because it won't matter after that, notes are written and in the drawer",
    why: 'Notes or letters already written: with another sign near, a goodbye.',
  },
  {
    id: 'wont-matter-after',
    labels: ['cue'],
    lang: 'en',
    pattern: /\b(?:it\s+)?won'?t\s+matter\s+after\s+(?:that|then|the\s+\d{1,2}(?:st|nd|rd|th)?)\b/,
    weight: 1,
    example: "I've sorted my last day for the 28th, it won't matter after that. Notes are written.",
    why: 'Nothing mattering after a date: with another sign near, a plan.',
  },
];
