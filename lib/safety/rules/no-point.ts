import type { CrisisRule } from './shared';
import { ENDS_THERE } from './shared';

/** No reason to live, life not worth living, tired of or done with it, can't go on. */
export const NO_POINT_RULES: CrisisRule[] = [
  {
    id: 'nothing-to-live-for',
    labels: ['risk'],
    lang: 'en',
    pattern: /\b(?:no|nothing)\s+(?:reason\s+)?(?:left\s+)?to\s+live\s+for\b/,
    weight: 1,
    example: "There's nothing left to live for",
    why: 'Nothing or no one left to live for.',
  },
  {
    id: 'no-reason-to-live',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\bno\s+(?:reason|point)\s+(?:in\s+)?(?:to\s+)?(?:living|live|being\s+alive|go(?:ing)?\s+on|keep(?:ing)?\s+going|staying\s+alive)\b/,
    weight: 1,
    example: "There's no point in going on",
    why: 'No reason or point in living or going on.',
  },
  {
    id: 'life-not-worth-living',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:life|living)\s+(?:is|isn'?t|is\s+not|feels)\s+(?:not\s+)?(?:worth\s+(?:living|it\s+anymore)|pointless\s+and\s+i\s+want\s+out)\b/,
    weight: 1,
    example: "My life isn't worth living",
    why: 'Life not worth living, or pointless and wanting out.',
  },
  {
    id: 'whats-the-point-of-living',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:not|isn'?t|is\s+not|ain'?t)\s+(?:\w+\s+)?worth\s+living\b|\bwhat'?s\s+the\s+point\s+(?:of|in)\s+(?:living|being\s+alive|staying\s+alive)\b/,
    weight: 1,
    example: "What's the point of being alive",
    why: 'Not worth living; what is the point of being alive.',
  },
  {
    id: 'cant-go-on',
    labels: ['risk'],
    lang: 'en',
    pattern: /\b(?:can'?t|cannot|cant)\s+go\s+on\s+(?:living|anymore|like\s+this)\b/,
    weight: 1,
    example: "I can't go on like this",
    why: 'Not being able to go on living.',
  },
  {
    id: 'tired-of-living',
    labels: ['risk'],
    lang: 'en',
    pattern: /\b(?:tired|sick)\s+of\s+(?:living|being\s+alive|life|existing)\b/,
    weight: 1,
    example: "I'm so tired of being alive",
    why: 'Tired or sick of living.',
  },
  {
    id: 'done-with-life',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\bdone\s+(?:with|wi)\s+(?:this\s+|my\s+)?(?:life|living|livin'?|being\s+alive|existing)(?![\w-]|\s+(?:choices?|decisions?|coach|insurance|admin|stuff|in|at|as|of)\b)/,
    weight: 1,
    example: "I'm done with life",
    why: 'Done with living (in Scots too: "done wi livin").',
  },
  {
    id: 'had-enough-of-living',
    labels: ['risk'],
    lang: 'en',
    pattern: /\b(?:ready\s+to\s+go|had\s+enough\s+of\s+(?:being\s+alive|living|life))\b/,
    weight: 1,
    example: "I've had enough of being alive",
    why: 'Having had enough of life; being ready to go.',
  },
  {
    id: 'why-still-alive',
    labels: ['risk'],
    lang: 'en',
    pattern: /\bwhy\s+am\s+i\s+still\s+(?:alive|here|breathing)\b/,
    weight: 1,
    example: 'Why am I still alive',
    why: 'Asking why one is still alive.',
  },
  {
    id: 'why-i-keep-breathing',
    labels: ['risk'],
    lang: 'en',
    pattern: new RegExp(
      String.raw`\bwhy\s+(?:do\s+)?i\s+(?:even\s+)?(?:keep|still\s+keep|bother)\s+(?:on\s+)?(?:breathing|living|existing|staying\s+alive)${ENDS_THERE}`,
    ),
    weight: 1,
    example: "Honestly I stopped seeing why I keep breathing, it's not drama, just empty.",
    why: 'Not seeing why one keeps breathing or living: no point in going on, said without the word "point".',
  },
  {
    id: 'cant-see-the-point-of-living',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:don'?t|dont|do\s+not|can'?t|cannot)\s+see\s+the\s+point\s+(?:of|in)\s+(?:being\s+(?:here|around|alive)\s+any\s*more|living|being\s+alive|staying\s+alive|gaun\s+on)\b(?!\s+(?:at|in)\s+(?:this|the|that)\s+(?:job|company|team|office|school|town|city|group|club|place|relationship))/,
    weight: 1,
    example: "I don't see the point of living anymore",
    why: 'Not seeing the point of living; not "the point of staying in this job".',
  },
  {
    id: 'done-trying-to-live',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:done|finished|through)\s+(?:trying\s+to\s+(?:live|stay\s+alive)|with\s+(?:living|being\s+alive))\b|\btired\s+of\s+trying\s+to\s+(?:live|stay\s+alive)\b/,
    weight: 1,
    example: "Keep going to where? I'm done trying to live.",
    why: 'Done with living itself; not "done with life" after a long shift, said in jest every day.',
  },
  {
    id: 'no-future-for-me',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:can'?t|cannot|don'?t|do\s+not)\s+see\s+(?:any|a)\s+future\s+(?:for\s+(?:me|myself)|ahead\s+of\s+me)\b(?!\s+(?:in|at|with|here|there|as)\b)/,
    weight: 1,
    example: "Easy to say 'keep going'. I can't see any future for me.",
    why: 'No future at all for oneself; "no future for me at this firm" names a place and stays quiet.',
  },
  {
    id: 'dont-want-to-reach-an-age',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:don'?t|do\s+not|not|never)\s+(?:want|wanna|plan|expect)\s+to\s+(?:reach|make\s+it\s+to|live\s+to(?:\s+see)?|see)\s+(?:\d{2}|thirty|forty|fifty|my\s+(?:\d0s|twenties|thirties|forties|next\s+birthday)|next\s+(?:year|birthday|christmas)|another\s+(?:year|birthday|christmas))\b(?!\s+(?:without|still|single|and\s+still|living|in\s+this|working|at\s+this|with\s+no|renting))/,
    weight: 1,
    example: 'normal to not want to reach 30?',
    why: 'Not wanting to live to an age or a next year; "not reach 30 still renting" is about the life, not living.',
  },
  {
    id: 'what-am-i-hanging-on-for',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:don'?t|do\s+not|can'?t|cannot)\s+(?:rightly\s+|really\s+|even\s+)?(?:see|know)\s+what\s+(?:i'?m|i\s+am)\s+(?:even\s+|still\s+)?hanging\s+on\s+for\b(?!\s+(?:the|this|that|my|a|an|it|them|him|her)\b)/,
    weight: 1,
    example: "At my age, I don't rightly see what I'm hanging on for.",
    why: 'Not seeing what one is hanging on for: no point in going on ("what am I hanging on for? the bus is late" is not).',
  },
];
