import type { CrisisRule } from './shared';
import { IF_GONE } from './shared';

/** Feeling a burden others would be better off without; nobody would miss or notice. */
export const BURDEN_RULES: CrisisRule[] = [
  {
    id: 'better-off-without-me',
    labels: ['risk'],
    lang: 'en',
    pattern: /\bbetter\s+off\s+(?:dead|without\s+me)\b/,
    weight: 1,
    example: 'Honestly everyone is better off without me',
    why: 'Others better off without one, or being better off dead.',
  },
  {
    id: 'better-for-everyone-if-gone',
    labels: ['risk'],
    lang: 'en',
    pattern: new RegExp(
      String.raw`\b(?:be|are|is)\s+(?:so\s+much\s+|a\s+lot\s+|much\s+)?(?:better|easier|happier|lighter)\s+(?:off\s+)?(?:for\s+(?:everyone|them|my\s+family)\s+)?${IF_GONE}`,
    ),
    weight: 1,
    example: 'It would be so much easier for everyone if I was gone',
    why: 'Life better or easier for others "if I was gone", "if I wasn\'t here", "if I died".',
  },
  {
    id: 'nobody-would-notice-if-gone',
    labels: ['risk'],
    lang: 'en',
    pattern: new RegExp(
      String.raw`\b(?:no\s*one|nobody|no\s+body|anyone|anybody)\s+(?:would|will|'d|'ll)\s+(?:even\s+)?(?:miss|notice|care)\b.{0,40}?\b${IF_GONE}`,
    ),
    weight: 1,
    example: 'Nobody would even notice if I disappeared',
    why: 'Nobody missing or noticing one if one were gone.',
  },
  {
    id: 'nobody-would-miss-me',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:no\s*one|nobody)\s+(?:would|will)\s+(?:even\s+)?(?:miss\s+me|notice\s+i'?m\s+gone|care\s+if\s+i\s+died)\b/,
    weight: 1,
    example: 'No one would miss me',
    why: 'Nobody would miss one, notice one gone, or care if one died.',
  },
  {
    id: 'easier-if-i-wasnt-here',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:easier|better|relief|kinder)\b.{0,30}\bif\s+i\s+(?:just\s+)?(?:wasn'?t|weren'?t|was\s+not)\s+(?:alive|here|around)\b/,
    weight: 1,
    example: "Things would be easier for my family if I wasn't around",
    why: 'Easier or a relief for others if one were not around.',
  },
  {
    id: 'burden-better-off',
    labels: ['risk'],
    lang: 'en',
    pattern: /\bburden\b.{0,80}\b(?:better\s+off|relieved|easier|without\s+me|gone|dead)\b/,
    weight: 1,
    example: "I'm just a burden and they'd be relieved if I was gone",
    why: 'Burden: being a burden, and others better off or relieved without one.',
  },
  {
    id: 'stop-being-a-burden-for-good',
    labels: ['risk'],
    lang: 'en',
    pattern: /\bstop(?:ped)?\s+being\s+a\s+(?:problem|burden)\b.{0,40}\b(?:permanently|for\s+good|forever)\b/,
    weight: 1,
    example: 'I want to stop being a burden to everyone, permanently',
    why: 'Burden: "stop being a problem for everyone, permanently".',
  },
  {
    id: 'favour-by-disappearing',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\bdoing\s+(?:everyone|everybody|them|the\s+world)\s+a\s+favou?r\s+by\s+(?:disappearing|dying|leaving|not\s+being|being\s+gone)/,
    weight: 1,
    example: "I'd be doing everyone a favour by disappearing",
    why: 'Burden: "doing everyone a favour by disappearing".',
  },
  {
    id: 'better-if-i-logged-off-for-good',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:better\s+off|happier|easier|lighter|calmer)\s+if\s+i\s+(?:just\s+)?(?:logged|signed|checked|clocked)\s+(?:off|out)\s+(?:permanently|for\s+good|forever)\b/,
    weight: 1,
    example: 'everyone in here would be happier if i logged off permanently. not like a break',
    why: 'Others better off if the writer switched off for good: a burden, in screen words.',
  },
  {
    id: 'world-better-without-me',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:world|everyone|they|my\s+family)\s+(?:would\s+be|is|are)\s+better\s+(?:off\s+)?without\s+me\b|\bworld\s+(?:doesn'?t|does\s+not)\s+need\s+me\b/,
    weight: 1,
    example: "The world doesn't need me",
    why: "The world or one's family better without one, or not needing one.",
  },
  {
    id: 'better-if-never-existed',
    labels: ['risk'],
    lang: 'en',
    pattern: /\b(?:better\s+off|relieved|happier)\s+if\s+i'?d\s+never\s+(?:existed|been\s+born)\b/,
    weight: 1,
    example: "My parents would be happier if I'd never been born",
    why: 'Others happier if one had never existed.',
  },
  {
    id: 'get-over-one-funeral',
    labels: ['risk'],
    lang: 'en',
    pattern: /\b(?:get\s+over|heal\s+from|recover\s+from)\s+(?:one|my|a\s+single)\s+funeral\b/,
    weight: 1,
    example: "honestly they'd get over one funeral quicker than four more years of me",
    why: 'Weighing their own funeral against being a cost to family: a burden.',
  },
  {
    id: 'shed-be-right-without-me',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:she|he|they|the\s+kids|my\s+(?:wife|husband|missus|family|kids|mum|mam|mom))(?:'d|\s+would)\s+be\s+(?:right|fine|sweet|ok(?:ay)?|happier)\s+without\s+me\b(?!\s+(?:for|at|on|this|tonight|tomorrow|while|till|until|there|here|around|snoring|nagging|moaning|whinging|complaining|interfering)\b)/,
    weight: 1,
    example: "shes 40 and stuck with a cripple. she'd be right without me, could start fresh",
    why: 'Someone close would be fine without me, said of life rather than a weekend away: a burden.',
  },
  {
    id: 'a-weight-better-they-dont-see-me',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:i'?m|i\s+am|am)\s+(?:just\s+)?a\s+(?:weight|burden|drain)\s+on\s+(?:my\s+\w+|everyone|everybody|them|the\s+family)\b[^\n]{0,100}?\b(?:better\s+(?:they|off|for\s+them)|(?:don'?t|never)\s+have\s+to\s+(?:see|deal\s+with|look\s+at)|without\s+me)\b/,
    weight: 1,
    example:
      "Am a weight on my parents since I failed the exams. Better they don't have to see my face again.",
    why: "A weight on one's family, and better if they never had to see one again: a burden said as a reason not to be here.",
  },
  {
    id: 'removing-myself-from-their-lives',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\bremov(?:e|ing)\s+myself\s+(?:from\s+(?:their|everyone'?s|everybody'?s|people'?s|my\s+family'?s)\s+(?:lives|life)|permanently)\b[^.!?\n]{0,40}?\b(?:seems|would\s+be|feels|looks)\b[^.!?\n]{0,30}?\b(?:logical|rational|best|kindest|easiest|better|fairer|obvious|only)\b/,
    weight: 1,
    example:
      'The effort everyone spends on me is not proportional. Removing myself from their lives seems like the logical outcome.',
    why: 'Taking oneself out of the lives of people one feels a cost to, as the "logical" or "best" answer: a burden, in reasoned words.',
  },
];
