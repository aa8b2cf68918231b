import { rx, type TrapRule } from './shared';

/**
 * Emotional reasoning: a feeling taken as proof.
 * The records whose first label is this trap; index.ts puts all of them in the detector's order.
 */
export const EMOTIONAL_REASONING: TrapRule[] = [
  {
    id: 'because-i-feel-it-must',
    labels: ['emotional-reasoning'],
    lang: 'en',
    weight: 0.8,
    example: "Because I'm so nervous, something must be wrong.",
    why: 'A feeling given as the reason something is true ("because I\'m scared, it must be bad").',
    pattern: rx(
      String.raw`\bbecause (?:i'?m|i am|i feel|i felt|i was)\s+(?:so\s+|really\s+)?[a-z]+,?\s+(?:he|she|they|it|this|i|everyone|something|there)\s*(?:must|has to|have to|'s got to|is|are|'s|'re)\b`,
    ),
  },
  {
    id: 'feel-so-i-must-be',
    labels: ['emotional-reasoning'],
    lang: 'en',
    weight: 0.78,
    example: 'I feel stupid, so I must be stupid.',
    why: 'A feeling turned into a fact about oneself ("I feel stupid, so I must be").',
    pattern: rx(
      String.raw`\b(?:i|you) (?:feel|felt)\b[^.]{0,50}\b(?:i must be|i'?m obviously|i really am|so i am|i guess i am|i must really be|so i must)\b`,
    ),
  },
  {
    id: 'feeling-as-proof',
    labels: ['emotional-reasoning'],
    lang: 'en',
    weight: 0.86,
    example: 'I feel like a burden, which means I am one.',
    why: 'A feeling as proof ("I feel it, so it\'s true", "it must be true", "the feeling tells me").',
    pattern: rx(
      String.raw`\bbecause (?:i|you) (?:feel|felt)\b|\b(?:i|you) (?:feel|felt)\s+(?:[\w']+,?\s+){1,4}?(?:so|therefore|which means|that means|it means|so it means|so that means|and that means|that proves|which proves)\s+(?:i|it|this|they|he|she|everyone|nobody|no one|something)\s*(?:'m|'s| am| is| must| are| was| were|'re| should| will|'ll| really| probably| don'?t| doesn'?t| can'?t| have| has)\b|\b(?:it|this) (?:feels|felt) (?:so )?(?:true|real|like a sign|wrong|hopeless)\b[^.]{0,40}\b(?:so|therefore|must|which means|it is|it'?s)\b|\b(?:i|you) (?:feel|felt)\b[^.]{0,40}\b(?:must mean|so it must|that must mean|it must be true|which proves|that proves)\b|\b(?:it|this|everything) (?:feels|felt) like\b[^.]{0,60}\b(?:so|therefore|which means|that means)\b|\bmust be true\b|\b(?:the|this) feeling (?:tells|told|proves|proved|means|shows|showed) (?:me )?\b|\bif (?:i|you) feel (?:this|so|that)\b`,
    ),
  },
  {
    id: 'named-feeling-so',
    labels: ['emotional-reasoning'],
    lang: 'en',
    weight: 0.8,
    example: "I'm nervous about it, which means it's going to go wrong.",
    why: 'A named feeling, then a conclusion drawn from it ("I\'m anxious, so it will go wrong").',
    pattern: rx(
      String.raw`\b(?:i'?m|i am|i was|i feel|i felt)\s+(?:so\s+)?(?:anxious|nervous|scared|afraid|embarrassed|ashamed|guilty|stupid|worthless|ugly|unlovable|jealous|insecure|uneasy|bad|awful|terrible|hopeless|like a failure|like an idiot|uncomfortable|awkward|rejected|unwanted|useless)\b[^.]{0,30}?\b(?:so|which means|that means|it means|then|therefore)\s+(?:i|it|something|this|they|he|she|everyone|there)\s*(?:'m|'s| am| is| must| are| was| were|'re| should| will|'ll| really| probably| don'?t| doesn'?t| didn'?t| can'?t|'d| would)\b`,
    ),
  },
  {
    id: 'gut-says',
    labels: ['emotional-reasoning'],
    lang: 'en',
    weight: 0.62,
    example: 'My gut says this is a mistake.',
    why: 'Gut, bones or heart given as evidence ("my gut says", "I can feel it").',
    pattern: rx(
      String.raw`\b(?:my gut (?:says|tells me|is telling me|knows)|i (?:just )?know it in my (?:gut|bones|heart)|i can feel (?:it|that)|it just feels (?:true|like)|i feel it in my (?:gut|bones))\b`,
    ),
  },
  {
    id: 'feel-like-nobody',
    labels: ['emotional-reasoning'],
    lang: 'en',
    weight: 0.56,
    example: 'I feel like nobody really cares about me.',
    why: '"I feel like" introducing a conclusion rather than a feeling ("I feel like nobody cares").',
    pattern: rx(
      String.raw`\b(?:i|you) (?:feel|felt) like (?:(?:nobody|no one|everyone|everybody|they|he|she|people|my \w+) (?:\w+ ){0,2}?(?:hates?|cares?|wants?|likes?|thinks?|sees?|notices?|would|will|ever|is|are|doesn'?t|don'?t|never|always|better)|(?:i'?ll|i will|i'?m never|i am never|i can'?t|i'?ll never|i never|i always|i don'?t (?:belong|matter|fit)|i'?m (?:a|not|the|always|never|so|worthless|invisible|nothing|too)|it'?s (?:all )?my fault|it'?s hopeless|it'?s over|there'?s no|nothing|the (?:whole )?world|a (?:failure|burden|loser|joke|fraud|nobody))\b)`,
    ),
  },
  {
    id: 'feels-like-everyone',
    labels: ['emotional-reasoning'],
    lang: 'en',
    weight: 0.52,
    example: 'It feels like everyone is moving on without me.',
    why: 'A sweeping conclusion dressed as a feeling ("it feels like everyone…").',
    pattern: rx(
      String.raw`\b(?:it|this|everything) (?:feels|felt|seems) like (?:everyone|nobody|no one|the (?:whole )?world|i'?m|i am|i'?ll|i will|they)\b`,
    ),
  },
  {
    id: 'feel-x-so-y',
    labels: ['emotional-reasoning'],
    lang: 'en',
    weight: 0.66,
    example: 'I feel ugly today, so obviously nobody will talk to me.',
    why: 'A feeling, then a conclusion drawn from it: "I feel X, so Y".',
    pattern: rx(
      String.raw`\b(?:i|you)\s+(?:\w+\s+)?(?:feel|feels|felt|feeling)\b[^.!?]{0,60}?\b(?:so\s+(?:obviously|clearly|i\s+guess|i\s+must|i\s+obviously|i\s+am|it\s+must|it'?s|it\s+is|they|he|she|no\s+one|nobody|everyone|i\s+don'?t|i\s+just\s+don'?t|that'?s)|which\s+(?:means|tells\s+me|proves|shows)|that\s+means|it\s+means|must\s+mean|therefore|that\s+settles\s+it|and\s+that'?s\s+(?:just\s+)?(?:how\s+it\s+is|the\s+truth)|so\s+that'?s\s+the\s+truth)\b|\bfeels?\s+like\b[^.!?]{0,50},\s*so\s+(?:they|he|she|it|i)\s+(?:have|has|am|is|are|do|does|must)\b`,
    ),
  },
  {
    id: 'feelings-dont-lie',
    labels: ['emotional-reasoning'],
    lang: 'en',
    weight: 0.66,
    example: 'My anxiety tells me something bad is coming.',
    why: 'Anxiety, gut or feelings treated as a source of truth ("feelings don\'t lie").',
    pattern: rx(
      String.raw`\b(?:my\s+(?:anxiety|gut|heart|instinct|instincts|fear|fears|body|nerves))\s+(?:tells?|says?|is\s+telling|knows?)\b|\b(?:feelings|my\s+feelings|emotions|my\s+gut|my\s+anxiety|my\s+instincts?)\s+(?:don'?t|do\s+not|never|doesn'?t|is\s+never|are\s+never)\s+(?:lie|wrong)\b|\bi\s+(?:just\s+)?know\s+it\s+in\s+my\s+(?:gut|bones|heart)\b`,
    ),
  },
  {
    id: 'worried-so-it-must',
    labels: ['emotional-reasoning'],
    lang: 'en',
    weight: 0.62,
    example: "Since I'm so worried, it must be serious.",
    why: 'Worry given as the reason ("since I\'m anxious, it must be bad", "I\'m scared, so it\'ll go wrong").',
    pattern: rx(
      String.raw`\b(?:because|since|as)\s+i'?m\s+(?:so\s+|really\s+)?(?:anxious|scared|nervous|afraid|worried|terrified|dreading|uneasy|sad|low|down)\b[^.!?]{0,40}\b(?:it'?s|it\s+(?:must|will|is)|must|obviously|clearly|going\s+to|means)\b|\bi'?m\s+(?:so\s+|really\s+)?(?:anxious|scared|nervous|afraid|worried|terrified|uneasy)\b[^.!?]{0,20}?,?\s+so\s+(?:something|it|this|they|he|she|i)\b[^.!?]{0,40}\b(?:must|will|'ll|going\s+to)\b`,
    ),
  },
];
