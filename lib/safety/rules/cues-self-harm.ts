import type { CrisisCue } from './shared';

// A call, a line or the power cut: not a cut on the body.
const NOT_A_LINE_CUT = String.raw`(?<!\b(?:call|line|signal|power|connection|internet|wifi|phone|video|electricity)\s)`;

/**
 * Soft cues, part 3 of 4: self-harm acts on purpose, hidden, relapses; asking how; accidents
 * (weighing against); force, cuts or heat on one's own body and the means for it.
 */
export const SELF_HARM_CUES: CrisisCue[] = [
  {
    id: 'hurt-on-purpose',
    labels: ['cue'],
    lang: 'en',
    pattern: new RegExp(
      String.raw`\b(?:scald\w*|carv\w*|burn\w*|` +
        NOT_A_LINE_CUT +
        String.raw`cut\w*|hit|hitting|slam\w*|punch\w*|bang\w*|scratch\w*|bit|biting|pinch\w*|held|holding|press\w*|snapp\w*)\b[^.!?]{0,60}\b(?:on\s+purpose|deserved\s+it|deserve\s+it|till|until|purple|bled|bleed|bruis\w*|feel\s+anything|feel\s+something|the\s+noise|again)\b`,
    ),
    weight: 1,
    example: 'I hit my legs again last night',
    why: 'Self-harm acts on purpose: an act on the body, then "again", "till it bled", "deserved it".',
  },
  {
    id: 'carved-or-hidden',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\b(?:scalding|scalded|carved|carving)\s+(?:myself|into\s+my|\w+\s+into\s+my)|\binto\s+my\s+(?:thigh|arm|wrist|leg|skin)s?\b|\b(?:nobody|no\s+one)\s+sees\s+under\b|\blong\s+sleeves\b/,
    weight: 2,
    example: "I'm wearing long sleeves in July so nobody asks",
    why: 'Self-harm hidden or carved: "long sleeves", "nobody sees under", "into my thigh".',
  },
  {
    id: 'clean-or-relapse',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\b(?:months?|weeks?|days?|years?)\s+clean\b|\b(?:was|been|stayed)\s+clean\s+(?:for\s+)?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:days?|weeks?|months?|years?)\b|\bsleeves\s+(?:till|until|through)\s+(?:summer|june|july|august)\b|\brelaps\w*\b|\bclean\s+from\s+(?:cutting|self)/,
    weight: 1,
    example: 'I was three months clean. Now the blade is back in my drawer.',
    why: 'Relapses: counting days clean, relapsing, sleeves till summer; "my room was clean for 2 days" alone stays quiet.',
  },
  {
    id: 'urge-is-back',
    labels: ['cue'],
    lang: 'en',
    pattern: new RegExp(
      NOT_A_LINE_CUT +
        String.raw`\bcut(?:ting)?\s+again\b|\burge\s+(?:is\s+)?back\b|\bscared\s+i'?ll\s+start\s+again\b`,
    ),
    weight: 2,
    example: 'The urge is back',
    why: 'Relapses, strong alone: "cut again", "the urge is back", "scared I\'ll start again".',
  },
  {
    id: 'kys-or-kms',
    labels: ['cue'],
    lang: 'en',
    pattern: /\b(?:kys|kms)\b/,
    weight: 1,
    example: "People keep commenting kys and maybe they're right",
    why: 'Internet shorthand, told or said: "kys", "kms".',
  },
  {
    id: 'hide-marks-or-painless-ways',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\bhide\s+(?:the\s+|my\s+)?(?:fresh\s+)?(?:marks|cuts|scars|burns|bruises)\b|\bpainless\s+(?:ways?|method)\s+to\b|\b(?:fall\s+)?asleep\s+forever\b|\bby\s+the\s+time\s+you\s+read\s+this\b|\bwhat\s+i'?d\s+write\s+in\s+the\s+note\b/,
    weight: 2,
    example: 'How do I hide the marks before school',
    why: 'Hiding it, asking how, last words: hiding marks, painless ways to, "by the time you read this".',
  },
  {
    id: 'nerve-notes-and-arrangements',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\bwork(?:ing)?\s+up\s+the\s+(?:nerve|courage)\b|\b(?:so|so\s+that)\s+(?:they|no\s+one|nobody)\s+(?:wouldn'?t|won'?t|doesn'?t|would\s+not)\s+ask\b|\bexpress\s+(?:train\s+)?through\s+my\s+station\b|\bcalm\b[^.]{0,30}\b(?:a|the)\s+(?:date|plan)\b|\bwithout\s+me\s+in\s+this\s+world\b|\b(?:only|just)\s+a\s+(?:problem|burden)\s+for\s+(?:everybody|everyone|them)\b|\b(?:wr(?:ote|iting|itten)|left)\s+(?:a\s+)?notes?\s+for\s+(?:everyone|everybody|my\s+\w+)\b|\bfinished\s+with\s+all\s+of\s+it\b|\bwhere\s+no\s+one\s+(?:will|can)\s+see\b|\bbetter\s+off\b[^.]{0,40}\bthan\s+with\s+me\b/,
    weight: 1,
    example: "I'm working up the nerve. I've made up my mind.",
    why: 'Arrangements: working up the nerve, notes for everyone, calm about a date.',
  },
  {
    id: 'insurance',
    labels: ['cue'],
    lang: 'en',
    pattern: /\b(?:life\s+)?insurance\s+(?:money|payout|policy|pays\s+out)\b/,
    weight: 1,
    example: 'The insurance payout would cover the mortgage for good',
    why: 'Arrangements: the life insurance payout.',
  },
  {
    id: 'accident-words',
    labels: ['cue', 'quiet'],
    lang: 'en',
    pattern:
      /\b(?:oven|stove|tray|kettle|frying\s+pan|cooking|baking|shaving|chopping|gardening|ouch|oops|by\s+accident|accidentally|clumsy)\b/,
    weight: -1,
    example: 'I burnt my wrist on the oven tray, ouch',
    why: 'Accidents weigh against: "burnt my wrist on the oven tray, ouch".',
  },
  {
    id: 'force-on-own-body',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\b(?:cut|cutting|slic\w+|dragg?\w*|scratch\w*|scrap\w+|scrub\w*|smash\w*|punch\w*|hit|hitting|burn\w*|press\w*|carv\w*|bash\w*|slamm?\w*|stabb?\w*|bit|biting|snapp\w*|dig\w*|dug)\s+(?:myself|my\s+own\s+\w+|(?:\w+\s+){0,6}(?:across|into|on|against|in|of)\s+my\s+(?:(?:fore)?arms?|wrists?|hips?|thighs?|legs?|ankles?|shins?|hands?|palms?|fingers?|stomach|skin|chest|ribs)|my\s+(?:(?:fore)?arms?|wrists?|hips?|thighs?|legs?|ankles?|shins?|hands?|fingers?|stomach|skin|chest|ribs))\b/,
    weight: 1,
    example: 'I dug my nails into my palms until they went numb',
    why: "Force, cuts or heat on one's own body.",
  },
  {
    id: 'until-it-bled',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\b(?:till|until)\s+(?:it|they|i)\s+(?:bled|bruised|bleed|went\s+(?:red|purple|numb))|\braw\b|\bover\s+and\s+over\b|\bwanted\s+it\s+to\s+hurt\b|\bdeeper\s+this\s+time\b|\bwelts?\b|\bhard\s+enough\s+to\s+(?:leave|bruise|bleed|mark)|\bteeth\s+marks\b|\btwice\b|\bblood\b(?!\s+(?:pressure|tests?|sugar|donation|type|work|bank|orange|pudding))|\bhelped\s+for\s+(?:like\s+)?a\s+(?:minute|second|bit)\b/,
    weight: 1,
    example: 'I scrubbed my skin raw',
    why: 'Intent with force on the body: "till it bled", "wanted it to hurt", "deeper this time".',
  },
  {
    id: 'blades-and-tools',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\b(?:blades?|scissors|broken\s+glass|compass|prescriptions|hot\s+iron|wire\s+brush|hammer|straighteners|curling\s+iron|hair\s+tie)\b/,
    weight: 1,
    group: 'means',
    example: 'I keep the blades in my drawer. Sorry for everything.',
    why: 'Means: blades, scissors, broken glass, a hot iron; ordinary words alone.',
  },
  {
    id: 'only-thing-stopping-me',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\b(?:stopping|stops|stopped|stop)\s+me\s+from\s+(?:cutting|hurting\s+myself|doing\s+it|jumping|taking\s+them)\b/,
    weight: 2,
    example: 'My cat is the only thing stopping me from doing it',
    why: 'Strong alone: something "stopping me from doing it".',
  },
  {
    id: 'tested-or-hid-the-means',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\b(?:tried|testing|tested)\s+the\s+rope\b|\bhid\s+the\s+(?:blades?|pills|razors?|scissors|knives|rope)\b|\bsaving\s+up\s+my\s+(?:prescriptions|pills|meds)\b|\btrains?\s+(?:that\s+)?(?:don'?t|do\s+not)\s+stop\b|\bclimb\s+back\s+over\b|\bthat'?s\s+the\s+one\b/,
    weight: 2,
    example: 'I hid the blades under my mattress',
    why: "Strong alone: the rope tested, blades hidden, the trains that don't stop.",
  },
];
