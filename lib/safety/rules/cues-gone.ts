import type { CrisisCue } from './shared';

/** Soft cues, part 2 of 4: goodbyes and absolution; not being here, for good; burden. */
export const GONE_CUES: CrisisCue[] = [
  {
    id: 'goodbye-and-absolution',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\b(?:goodbye\s+(?:post|letter|note|message|video)|sorry\s+for\s+everything|(?:it'?s\s+)?not\s+your\s+fault|don'?t\s+blame\s+yourself|look\s+after\s+\w+\s+for\s+me|thanks?\s+(?:you\s+)?for\s+being\s+my\s+friend|giv(?:e|ing|en)\s+(?:my\s+)?(?:things|stuff)\s+away|won'?t\s+be\s+needing)\b/,
    weight: 1,
    example: "Please look after Max for me. I've made up my mind.",
    why: 'Goodbyes and absolution: "sorry for everything", "not your fault", "look after him for me".',
  },
  {
    id: 'not-being-here',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\b(?:not\s+(?:going\s+to\s+)?(?:be(?:ing)?\s+)?(?:here|around|alive)|wasn'?t\s+here|weren'?t\s+here|didn'?t\s+exist|not\s+exist(?:ing)?|be(?:ing)?\s+gone|i\s+was\s+gone|a\s+gap\s+where\s+i\s+used\s+to\s+be|without\s+me\s+(?:in\s+it|around)|(?:better|fine|happier|easier)\s+without\s+me|out\s+of\s+the\s+equation|one\s+less\s+problem|much\s+longer|on\s+earth)\b/,
    weight: 1,
    example: "It'll be one less problem for them. Sorry for everything.",
    why: 'Not being here, for good: "one less problem", "fine without me", "out of the equation".',
  },
  {
    id: 'for-good-or-relief',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\b(?:permanent(?:ly)?|for\s+good|make\s+(?:it|that)\s+official|only\s+(?:one\s+)?way\s+(?:out|left)|last\s+straw|make\s+it\s+stop|(?:the\s+)?pain\s+to\s+stop|never\s+woke\s+up|never\s+wake\s+up|the\s+end\s+of\s+me|a\s+relief|peaceful)\b/,
    weight: 1,
    example: "This is the last straw. I'm sorry for everything.",
    why: 'For good, permanently, the only way out, the last straw, a relief.',
  },
  {
    id: 'burden-word',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\b(?:burden|a\s+drain\s+on|breathe\s+easier|grieve|spare\s+(?:him|her|them|everyone)|they'?re\s+right|someone\s+to\s+(?:run|hit)|something\s+happens)\b/,
    weight: 1,
    example: "I'm such a drain on everyone. Sorry for everything.",
    why: 'Burden: a drain on everyone, they would breathe easier, spare them.',
  },
  {
    id: 'want-to-die-typo-or-not-safe',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\b(?:wnat|wnt|wan|want)\s+(?:to|ti|yo)\s+(?:die|dye)\b|\bi\s+lied\b.{0,30}\bim\s+not\b|\bi'?m\s+not\s+safe\b|\bim\s+not\s+safe\b/,
    weight: 2,
    example: "I'm not safe right now",
    why: 'Strong alone: "wnat to dye" typed in a hurry, "I\'m not safe", "I lied, I\'m not ok".',
  },
  {
    id: 'hope-the-scan-finds-something',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\bhop(?:e|ing)\s+(?:the\s+|my\s+)?(?:scans?|tests?|biopsy|results?|mri|bloods)\s+(?:finds?|shows?|comes?\s+back\s+with|turns?\s+up)\s+something\b/,
    weight: 1,
    example: 'flare day 9. i hope the scan shows something and i hope its quick',
    why: 'Hoping a scan finds something: wanting a diagnosis alone, a wish to die beside "hope it\'s quick".',
  },
  {
    id: 'hope-its-quick',
    labels: ['cue'],
    lang: 'en',
    pattern: /\bhop(?:e|ing)\s+(?:it'?s|its|it\s+is|it\s+will\s+be|it'?ll\s+be)\s+quick\b/,
    weight: 1,
    example: 'flare day 9. i hope the scan shows something and i hope its quick',
    why: 'Hoping it is quick: a dentist visit alone, an end beside an illness hoped for.',
  },
];
