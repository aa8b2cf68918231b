import type { CrisisRule } from './shared';

/**
 * Death or not waking up welcomed: hoping not to wake up, wanting out for good, not minding if
 * something happened, death sounding peaceful.
 */
export const WELCOME_DEATH_RULES: CrisisRule[] = [
  {
    id: 'hope-not-to-wake-up',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:hope|hoping|pray|praying)\s+(?:that\s+)?i\s+(?:just\s+)?(?:don'?t|do\s+not|never|won'?t)\s+wake\s+up\b/,
    weight: 1,
    example: "I hope I don't wake up tomorrow",
    why: 'Hoping or praying not to wake up.',
  },
  {
    id: 'sleep-and-never-wake',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:go\s+to\s+|fall\s+)?a?sleep\s+(?:and\s+)?(?:never|not)\s+wake\s+up\b|\bsleep\s+tonight\s+and\s+(?:don'?t|do\s+not|never)\s+(?:get\s+up|wake\s+up|wake)\b|\bsleep\s+forever\b|\bnever\s+wake\s+up\s+again\b/,
    weight: 1,
    example: 'I just want to go to sleep and never wake up',
    why: 'Sleeping and never waking up, sleeping forever.',
  },
  {
    id: 'want-life-over',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\bwant\s+(?:out\s+of\s+life|my\s+life\s+to\s+be\s+over|it\s+(?:all\s+)?to\s+be\s+over\s+for\s+good|to\s+make\s+it\s+stop\s+for\s+good)\b/,
    weight: 1,
    example: 'I want my life to be over',
    why: 'Wanting out of life, or life over for good.',
  },
  {
    id: 'me-included',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\bout\s+of\s+life\b|\b(?:better\s+off|gone|dead|disappear\w*|stop\w*|end\w*)\b[^.!?]{0,40}\bme\s+included\b/,
    weight: 1,
    example: 'Everything would be better off gone, me included',
    why: 'Wanting out, for good: "out of life", "everyone would be better off gone, me included".',
  },
  {
    id: 'make-it-stop-for-good',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:make|want|wanting|need)\s+(?:it|the\s+pain|everything|this|all\s+of\s+this)\s+(?:all\s+)?(?:to\s+)?stop\b.{0,20}\b(?:permanently|for\s+good|forever)\b/,
    weight: 1,
    example: 'I need the pain to stop, permanently',
    why: 'Wanting it all to stop, forever: "make it all stop, forever".',
  },
  {
    id: 'rest-forever',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:forever|permanently)\s+stop\b|\b(?:rest|sleep)\s+forever\b|\bcheck\s+out\s+(?:for\s+good|permanently)\b/,
    weight: 1,
    example: 'I just want to rest forever',
    why: 'Wanting out, for good: "rest forever", "check out for good".',
  },
  {
    id: 'leave-for-good',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:leave|leaving)\s+(?:too\s*)?[.,]?\s*(?:permanently|for\s+good)\b|\bbe\s+gone\s+(?:for\s+good|forever|permanently)\b|\bno\s+reason\s+(?:for\s+me\s+)?to\s+(?:stay\s+alive|be\s+alive|keep\s+(?:living|breathing))\b|\b(?<!(?:is|'s|are|was|were)\s+)(?:leave|leaving)\s+(?:this\s+world|this\s+life)\b/,
    weight: 1,
    example: "I think I'm ready to leave this world",
    why: 'Leaving or being gone for good, leaving this world (not "she is leaving this world" of a dying parent), no reason to stay alive.',
  },
  {
    id: 'hope-something-happens-to-me',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\bhop(?:e|ing)\s+(?:that\s+)?(?:something\s+(?:bad\s+)?happens\s+to\s+me|the\s+plane\s+(?:goes\s+down|crashes)|i\s+(?:get\s+hit|don'?t\s+make\s+it|never\s+come\s+back))/,
    weight: 1,
    example: 'Part of me is hoping the plane crashes',
    why: 'Wishing death would come: "hope the plane goes down", "hope something happens to me".',
  },
  {
    id: 'wouldnt-mind-dying',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\bwouldn'?t\s+mind\s+if\s+(?:i\s+(?:died|didn'?t\s+wake|never\s+woke|got\s+hit|was\s+gone)|my\s+heart\s+(?:just\s+)?stopped)/,
    weight: 1,
    example: "I wouldn't mind if my heart just stopped",
    why: 'Wishing death would come: "wouldn\'t mind if my heart stopped".',
  },
  {
    id: 'if-i-died-relief',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\bif\s+i\s+(?:got\s+hit\s+by\s+a\s+(?:bus|car|train|truck)|died)\b.{0,40}\b(?:wouldn'?t\s+mind|relief|fine\s+with\s+(?:it|that)|not\s+(?:care|mind))/,
    weight: 1,
    example: 'If I got hit by a bus tomorrow it would be a relief',
    why: 'Dying by accident welcomed: "if I got hit by a bus, I wouldn\'t mind".',
  },
  {
    id: 'death-sounds-peaceful',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\bdeath\s+(?:sounds|seems|feels|looks)\s+(?:better|good|nice|easier|like\s+(?:a\s+)?relief|peaceful)/,
    weight: 1,
    example: 'Death sounds peaceful right now',
    why: 'Death spoken of as better, easier or a relief.',
  },
  {
    id: 'thought-of-not-existing-calms',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\bthought\s+of\s+(?:not\s+existing|not\s+being\s+(?:here|alive|around)|dying|being\s+dead)\b.{0,40}\b(?:calms|comforts?|relief|peace|helps)\b/,
    weight: 1,
    example: 'The thought of not existing calms me down',
    why: 'Comfort taken in the thought of not existing or being dead.',
  },
  {
    id: 'if-i-didnt-wake-up-fine',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\bif\s+i\s+(?:didn'?t|did\s+not|dont|don'?t|never)\s+wake\s+up\b.{0,40}\b(?:ok|okay|fine|relief|wouldn'?t\s+mind|not\s+mind|at\s+peace)\b/,
    weight: 1,
    example: "If I didn't wake up tomorrow I'd be okay with that",
    why: 'Not waking up spoken of as fine or a relief.',
  },
  {
    id: 'let-the-sea-take-me',
    labels: ['risk'],
    lang: 'en',
    pattern: /\blet\s+(?:it|the\s+(?:cold|sea|water|river|snow|waves))\s+take\s+me\b/,
    weight: 1,
    example: 'Some nights I want to let the sea take me',
    why: 'Letting the cold, the sea or the river take one.',
  },
  {
    id: 'sleep-and-not-come-back-mercy',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:went|go|going|fell|fall)\s+to\s+sleep\b.{0,30}\b(?:didn'?t|did\s+not|never|wouldn'?t|not)\s+(?:come\s+back|wake\s+up|woke\s+up)\b.{0,60}\b(?:mercy|relief|blessing|fine|okay|ok|peace|for\s+the\s+best)\b/,
    weight: 1,
    example: "if I went to sleep tonight and just didn't come back I reckon that'd be a mercy",
    why: 'Not coming back from sleep, welcomed as a mercy or relief.',
  },
  {
    id: 'pray-for-a-crash',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:pray|hope|wish)\w*\s+(?:that\s+)?(?:it|the\s+\w+|we|i|my\s+\w+)\s+(?:will\s+|would\s+|'?d\s+|might\s+)?(?:crash|crashes|go\s+off\s+the\s+road)\b.{0,60}\b(?:not\s+make\s+it|won'?t\s+make\s+it|don'?t\s+make\s+it|not\s+survive|i\s+die)\b/,
    weight: 1,
    example: 'Sometimes when I ride the jeep to my shift I pray it will crash and only me will not make it.',
    why: 'Hoping for a crash one would not survive: a wish to die that leaves the choice to chance.',
  },
  {
    id: 'hope-its-terminal',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\bhop(?:e|ing)\s+(?:it'?s|its|it\s+is|it\s+turns\s+out\s+to\s+be)\s+(?:cancer|terminal|fatal|something\s+(?:terminal|fatal))\b/,
    weight: 1,
    example: "everyone's praying it's benign and I'm lying here hoping it's terminal",
    why: 'Hoping an illness is the end of one: a passive wish to die.',
  },
  {
    id: 'would-not-swerve',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\bif\s+(?:a|the)\s+(?:lorry|truck|car|bus|train|van)\b[^.!?]{0,80}\bi\s+(?:wouldn'?t|would\s+not)\s+(?:swerve|brake|move|get\s+out\s+of\s+the\s+way)\b(?![^.!?]{0,30}\bin\s+time\b)/,
    weight: 1,
    example: "if a lorry came across the central reservation I wouldn't swerve. I'd just let it.",
    why: 'Not swerving from a lorry: letting a crash decide, a wish to die said as a driver.',
  },
];
