import type { CrisisRule } from './shared';

// Sleeping pills, benzodiazepines and opioids: what a lethal-amount question names.
const SEDATIVE = String.raw`(?:ambien|zolpidem|xanax|valium|diazepam|lorazepam|ativan|klonopin|zopiclone|seroquel|tramadol|oxy\w*|percocet|vicodin|codeine|morphine|fentanyl|sleeping\s+(?:pills|tablets)|sleepers|benzos)`;
// A grown person's weight (90 lb / 40 kg and up): not a child's or a pet's dose.
const ADULT_WEIGHT = String.raw`(?:(?:[1-3]\d\d)\s*(?:lbs?|pounds?)|(?:[4-9]\d|1\d\d)\s*(?:kgs?|kilos?))`;

/** Means and rehearsal: pills, poison, a rope, a bridge, a train, a car driven into a wall. */
export const METHOD_RULES: CrisisRule[] = [
  {
    id: 'take-all-the-pills',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:take|taking|took|swallow|swallowing|swallowed)\s+(?:all|a\s+bottle|the\s+whole\s+bottle|a\s+handful)\s+(?:of\s+)?(?:my|the|these|those)?\s*(?:pills|tablets|meds|medication|sleeping\s+pills)\b/,
    weight: 1,
    example: "I'm going to take all my pills tonight",
    why: 'Taking all the pills, a bottle or a handful of them.',
  },
  {
    id: 'how-many-pills',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:how\s+many|enough)\s+(?:pills|tablets|sleeping\s+pills)\b.{0,30}\b(?:die|kill|take|it\s+would\s+take|enough)\b/,
    weight: 1,
    example: 'How many sleeping pills would it take to die',
    why: 'Asking how many pills it would take.',
  },
  {
    id: 'too-much-sedative-for-my-weight',
    labels: ['risk'],
    lang: 'en',
    pattern: new RegExp(
      String.raw`\bhow\s+(?:many|much)\s+(?:\w+\s+){0,2}?${SEDATIVE}\b[^.!?\n]{0,40}?\b(?:(?:with|and|plus|on\s+top\s+of|mixed\s+with)\s+(?:\w+\s+)?(?:whiskey|whisky|vodka|alcohol|booze|wine|beer|rum|tequila|gin|drink)\b[^.!?\n]{0,30}?\b(?:lethal|fatal|deadly|to\s+(?:die|not\s+wake)|too\s+much(?=\s*(?:$|[.!?]|for\s+(?:a\s+|an\s+|someone\s+)?(?:my\s+size|${ADULT_WEIGHT}))))|(?:too\s+much|lethal|fatal|deadly|enough\s+to\s+(?:not\s+wake|die|kill))\s+for\s+(?:a\s+|an\s+|someone\s+)?${ADULT_WEIGHT}\b)|\b(?:lethal|fatal|deadly)\s+(?:amount|dose)\s+of\s+${SEDATIVE}\s+for\s+(?:a\s+|an\s+|someone\s+)?${ADULT_WEIGHT}\b`,
    ),
    weight: 1,
    example: 'how many ambien with whiskey is too much for 220 lb man',
    why: "Asking how much of a sedative, with drink or for a grown person's weight, is too much: the lethal amount, not the dose.",
  },
  {
    id: 'noose-wrists-or-jump',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\bnoose\b|\bslit\s+(?:my\s+)?wrists?\b|(?<!\btold\s+(?:me|you|us|him|her|them)\s+to\s+)\b(?:jump|jumping)\s+(?:off|from)\s+(?:a|the|my)\s+(?:bridge|roof|building|balcony|cliff|window|tower)\b(?![^.!?\n]{0,40}\b(?:in|on)\s+(?:minecraft|roblox|fortnite|gta|sims|the\s+game|skyrim)\b)/,
    weight: 1,
    example: 'I keep thinking about jumping off the bridge',
    why: 'A noose, slit wrists, jumping off a bridge or a roof.',
  },
  {
    id: 'in-front-of-a-train',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:step|stepping|walk|walking|jump|jumping)\s+in\s+front\s+of\s+(?:a|the)\s+(?:train|bus|car|truck|lorry)\b|\b(?:i'?ll|i\s+(?:will|might|could|want\s+to)|might|gonna|i'?m\s+(?:gonna|going\s+to))\s+(?:just\s+)?(?:go\s+)?lie\s+(?:down\s+)?(?:on|across)\s+(?:the\s+)?(?:\w+\s+)?(?:motorway|highway|freeway|tracks|train\s+tracks|railway\s+line)\b(?!\s+(?:hard\s+shoulder|verge|services|bridge))|\b(?:station|platform|trains?|tracks)\b[^\n]{0,120}?\b(?:thinking|think)\s+(?:about|of)\s+(?:stepping|jumping)\s+(?:off|out)\b(?!\s+(?:at|early|a\s+stop|before|and\s+walk\w*))/,
    weight: 1,
    example: 'might go lie on the southern motorway and see if a truck accepts me, not even joking',
    why: 'Stepping in front of a train, a bus or a car; lying down on a motorway or the tracks; at the station, thinking of stepping off.',
  },
  {
    id: 'drink-poison',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:drink|drinking|swallow\w*)\s+(?:the\s+|some\s+)?(?:pesticide|bleach|weed\s*killer|antifreeze|poison|rat\s+poison)\b/,
    weight: 1,
    example: 'I could just drink the bleach under the sink',
    why: 'Means: drinking bleach, pesticide or poison.',
  },
  {
    id: 'everything-in-the-cabinet',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:take|taking|took|swallow\w*)\s+(?:everything|all\s+(?:the\s+)?(?:pills|meds|tablets))\s+in\s+(?:the\s+)?(?:medicine\s+cabinet|cupboard|bathroom|drawer)\b/,
    weight: 1,
    example: 'I want to take everything in the medicine cabinet',
    why: 'Means: taking everything in the medicine cabinet.',
  },
  {
    id: 'stockpiling-pills',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:saving|stockpiling|hoarding|counting)\s+(?:up\s+)?(?:my\s+|the\s+)?(?:pills|tablets|meds|sleeping\s+pills)\b|\b(?:keep\w*|kept|collect\w*|stash\w*|hid\w*)\s+(?:all\s+)?(?:my|the)\s+(?:pills|tablets|meds)\s+(?:from|after)\s+(?:every|each)\s+(?:refill|prescription|script)\b|\bhow\s+many\s+of\s+my\s+(?:sleeping\s+)?(?:pills|tablets|meds|antidepressants|painkillers|paracetamol|insulin)\b/,
    weight: 1,
    example: "I've been saving up my sleeping pills",
    why: "Rehearsal: saving up or hiding pills from every refill, counting one's own pills.",
  },
  {
    id: 'rope-bridge-or-ledge',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\bbought\s+(?:a\s+)?rope\b(?![^.]{0,40}\b(?:climbing|camping|sailing|boat|course|class|garden|swing|skipping))|\bknow\s+which\s+bridge\b|(?<!\btold\s+(?:me|you|us|him|her|them)\s+to\s+)\b(?:step|stepping|jump|jumping)\s+off\s+(?:the\s+|a\s+|my\s+)?(?:balcony|ledge|roof|edge|platform)\b(?![^.!?\n]{0,40}\b(?:in|on)\s+(?:minecraft|roblox|fortnite|gta|sims|the\s+game|skyrim)\b)|\bjust\s+step\s+off\b/,
    weight: 1,
    example: 'I bought a rope yesterday and hid it',
    why: 'Means: a rope bought (not for climbing or camping), a bridge chosen, stepping off a ledge.',
  },
  {
    id: 'drive-into-a-wall',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:swerv\w*|driv\w*|drove|crash\w*)\s+(?:the\s+car\s+)?into\s+(?:the\s+|a\s+)?(?:barrier|wall|tree|oncoming|traffic|river)\b|\bwalk(?:ing)?\s+into\s+the\s+(?:sea|ocean|river|lake|traffic)\b|\bengine\s+running\b/,
    weight: 1,
    example: 'Part of me wants to drive into a wall on the way home',
    why: 'Means: driving into a wall or traffic, walking into the sea, the engine left running.',
  },
  {
    id: 'holds-a-persons-weight',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /^(?![\s\S]*\b(?:climb\w*|hammock|swing|tow\w*|abseil\w*|rappel\w*|zip\s*line|gym)\b)[\s\S]*\b(?:rope|cable|cord|beam|belt|rail|branch|pipe)\b.{0,40}\b(?:hold|support|take|bear)\s+(?:the\s+)?(?:weight\s+of\s+(?:a\s+person|an\s+adult|a\s+grown\s+man|my\s+body)|my\s+weight|a\s+person'?s\s+weight)/,
    weight: 1,
    example: 'would a washing line cable hold the weight of a person, asking for me',
    why: "Asking whether a cord or beam holds a body's weight; climbing and hammocks stay quiet.",
  },
  {
    id: 'works-faster-on-a-human',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:works?|kills?|acts?)\s+(?:faster|quicker|quickest|fastest)\s+on\s+(?:a\s+)?(?:human(?:\s+being)?|person)\b/,
    weight: 1,
    example:
      "Abeg which one works faster on a human being between sniper and otapiapia, I'm asking for serious",
    why: 'Which poison "works faster on a human": a means sought, whatever the product is called.',
  },
  {
    id: 'took-a-count-of-pills',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:took|swallowed|have\s+taken|i'?ve\s+taken)\s+(?:[2-9]\d|\d{3}|all\s+(?:of\s+)?(?:my|the))\s+(?:of\s+(?:my|the)\s+)?(?:paracetamol|tylenol|ibuprofen|pills|tablets|sleeping\s+pills|meds|painkillers)\b|\bhow\s+many\s+(?:\w+\s+){0,2}?(?:pills|tablets|paracetamol|tylenol|ibuprofen|sleeping\s+pills)\s+(?:would\s+(?:it\s+)?take\s+to\s+|does\s+it\s+take\s+to\s+|to\s+)?(?:kill\s+(?:me|a\s+person|someone|you)|die|overdose|od)\b/,
    weight: 1,
    example: 'At 11pm I took 30 paracetamol.',
    why: 'Dozens of tablets taken, or asking how many would kill: an overdose now or planned.',
  },
  {
    id: 'lethal-dose',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /^(?![\s\S]*\b(?:(?:for|to|in|of|on)\s+(?:(?:my|a|an|the|our|his|her|their)\s+)?(?:\d+\s*(?:yo|y\/o|year[\s-]old|month[\s-]old|kg|lbs?)\s+)?(?:son|daughter|kid|child|toddler|baby|grand(?:son|daughter|kid|child)|dogs?|cats?|pupp(?:y|ies)|kittens?|pets?|horses?|sheep|goats?|cows?|cattle|rabbits?|birds?|parrots?|hamsters?|patients?|rats?|mice|squirrels?)|vet|vets|veterinar\w*|vet\s+tech|pharmacy|pharmacolog\w*|toxicolog\w*|tox\s+class|homework|quiz|ld\s*50|nurs(?:e|es|ing)|icu|podcast|true\s+crime|documentary|episode|the\s+show|novel|murder\w*|killer|poison(?:ed|ing)?\s+(?:the|a|his|her)\b|pest|exterminator|bait|\d+\s*(?:yo|y\/o)|fentanyl\s+crisis|news\s+(?:says|report))\b)[\s\S]*?\b(?:lethal|fatal|deadly)\s+(?:doses?|dosages?|amounts?|quantit(?:y|ies)|overdoses?)\b/,
    weight: 1,
    example: 'clonazepam lethal dose 70kg',
    why: 'A lethal dose looked up, not for a pet, a child or a patient, nor for a class or a show: a means, for oneself.',
  },
];
