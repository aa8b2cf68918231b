import type { CrisisCue } from './shared';
import { IF_GONE } from './shared';

/**
 * Soft cues, part 1 of 4 (index.ts keeps the four parts in this order): means, rehearsal, plans.
 * Each alone is ordinary ("the bridge", "pills"); two together are how people often say it
 * without saying it. Weight 2 is enough alone. Means and places (group 'means') count once.
 */
export const MEANS_CUES: CrisisCue[] = [
  {
    id: 'rope-or-noose',
    labels: ['cue'],
    lang: 'en',
    pattern: /\b(?:noose|rope)\b/,
    weight: 1,
    group: 'means',
    example: "There's a rope in the garage and nobody would even notice",
    why: 'Means: a rope or a noose, an ordinary word until something else is near.',
  },
  {
    id: 'practising-the-knot',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\bpracti[cs]ing\s+(?:the|a)\s+knot\b|\b(?:next\s+to|staring\s+at|bought|got|have|hid|hidden)\s+(?:a|the|some)\s+rope\b(?![^.]{0,40}\b(?:climbing|camping|sailing|boat|course|class|garden|swing|skipping))/,
    weight: 2,
    example: "I've been practising the knot",
    why: 'Rehearsal: practising the knot, sitting next to a rope (not one for climbing or camping).',
  },
  {
    id: 'does-it-hurt',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\b(?:does|would|will|do\s+(?:you|u)\s+think)\s+(?:drowning|hanging|jumping|overdosing|dying|bleeding\s+out|it)\s+hurts?\b/,
    weight: 2,
    example: 'Does drowning hurt?',
    why: 'Asking whether drowning, hanging or dying hurts.',
  },
  {
    id: 'if-i-was-gone',
    labels: ['cue'],
    lang: 'en',
    pattern: new RegExp(IF_GONE),
    weight: 1,
    example: "I'm a burden. Would anyone even care if I disappeared?",
    why: '"...if I was gone", "...if I wasn\'t here", "...if I died".',
  },
  {
    id: 'others-better-off',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\b(?:everyone|everybody|they|my\s+family|my\s+parents)\s+(?:would|'d)\s+be\s+(?:better\s+off|fine|happier|relieved)\b|\bwon'?t\s+have\s+to\s+worry\s+about\s+me\b|\b(?:nobody|no\s+one)\s+(?:would\s+|will\s+)?(?:even\s+)?notic\w*|\bwon'?t\s+notice\b/,
    weight: 1,
    example: "My family would be better off. I've made up my mind.",
    why: 'Others fine or better off, not having to worry, nobody noticing.',
  },
  {
    id: 'not-tonight-or-thought-about-jumping',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\bnot\s+going\s+to\s+do\s+anything\s+(?:tonight|yet|today)\b|\bthought\s+about\s+(?:stopping|jumping|stepping|getting\s+out|pulling\s+over|letting\s+go)\b/,
    weight: 1,
    example: "I'm not going to do anything tonight, but the bridge is close",
    why: '"Not going to do anything tonight"; having thought about jumping or letting go.',
  },
  {
    id: 'whoever-finds-this',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\bwhoever\s+finds\s+(?:this|me)\b|\b(?:bruises?|cuts?|burns?|marks?)\s+i\s+(?:gave|made|did\s+to)\s+myself\b|\bopen\s+my\s+(?:arms?|wrists?|skin)\s+up\b|\breopen(?:ed|ing)?\s+(?:the\s+)?(?:old\s+)?(?:lines|cuts|wounds|scars)\b|\b(?:looked\s+up|searched|googl\w+)\s+how\s+(?:tall|high|deep|many|much|long)\b|\bwr(?:ote|iting|itten)\s+(?:letters?|notes?)\s+(?:to|for)\s+(?:mum|mom|dad|my\s+\w+|everyone|everybody)\b/,
    weight: 2,
    example: "To whoever finds this, I'm sorry",
    why: 'A note to whoever finds it, marks one gave oneself, searching how high, letters to family.',
  },
  {
    id: 'pills-word',
    labels: ['cue'],
    lang: 'en',
    pattern: /\b(?:pills|tablets|meds|paracetamol|painkillers|sleeping\s+pills)\b/,
    weight: 1,
    group: 'means',
    example: "I've been staring at the pills for an hour. Sorry for everything.",
    why: 'Means: pills, an ordinary word until something else is near.',
  },
  {
    id: 'pills-counted-or-enough',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\b(?:tablets|pills|meds)\s+(?:counted|lined\s+up|saved|stashed)|\bcounted\s+out\b|\benough\s+(?:in\s+the\s+\w+\s+)?to\s+(?:make\s+it\s+stop|do\s+it|end\s+it|not\s+wake\s+up)\b|\bis\s+that\s+enough\b/,
    weight: 2,
    example: 'I have 40 tablets lined up. Is that enough?',
    why: 'Rehearsal: pills counted out or lined up, asking whether it is enough.',
  },
  {
    id: 'places-and-sharp-things',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\b(?:bridge|car\s+parks?|multi[\s-]?storey|roof|ledge|cliffs?|balcony|platform|tracks|motorway|highway|the\s+sea|the\s+river|the\s+lake|knife\s+block|razor|blade|wrists?|thighs?|hob|lighter)\b/,
    weight: 1,
    group: 'means',
    example: 'I keep thinking about the bridge. It would be a relief.',
    why: 'Means and places: a bridge, a ledge, the river, a razor; ordinary words alone.',
  },
  {
    id: 'step-forward-or-let-go',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\b(?:tallest|highest)\s+(?:car\s+parks?|buildings?|bridges?)\b|\bstep\s+forward\b|\bletting\s+go\b|\bkeep\s+walking\b|\brun\s+me\s+over\b|\bhit\s+by\s+a\s+(?:car|bus|train|truck)\b|\bone\s+doesn'?t\s+stop\b/,
    weight: 1,
    example: 'Part of me wants to just step forward when the train comes. Sorry for everything.',
    why: 'Stepping forward, letting go, the tallest building, being hit by a bus.',
  },
  {
    id: 'rehearsal-or-picked-a-day',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\b(?:rehears\w+|worked\s+out|mapped\s+out|picked\s+(?:a\s+day|the\s+day|the\s+date|a\s+date|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|how\s+i\s+would|which\s+day|finally\s+do\s+it|do\s+it\s+(?:tonight|this\s+weekend|soon))\b/,
    weight: 1,
    example: "I've picked a day. It's not your fault.",
    why: 'Plans: rehearsing, picking a day, how one would, doing it tonight.',
  },
  {
    id: 'affairs-in-order',
    labels: ['cue'],
    lang: 'en',
    pattern:
      /\b(?:i'?ve\s+got\s+it\s+all\s+worked\s+out|note'?s\s+(?:already\s+)?written|scheduled\s+it\s+for|in\s+order|(?:everything|things)\s+sorted|wrote\s+a\s+will|(?:last|final)\s+things|before\s+i\s+go|where\s+i'?m\s+going|after\s+tonight|where\s+they'?ll\s+find)\b/,
    weight: 1,
    example: "My affairs are in order. I've decided.",
    why: 'Plans: everything in order, the note written, before I go, after tonight.',
  },
];
