import { OTHERS, rx, type TrapRule } from './shared';

/**
 * Mind-reading: knowing what others think without being told.
 * The records whose first label is this trap; index.ts puts all of them in the detector's order.
 */
export const MIND_READING: TrapRule[] = [
  {
    id: 'written-me-off',
    labels: ['mind-reading'],
    lang: 'en',
    weight: 0.7,
    example: 'My manager has already written me off.',
    why: 'A verdict read in others\' minds ("they\'ve written me off", "seen through me").',
    pattern: rx(
      String.raw`\b(?:he|she|they|everyone|people|(?:my|the) (?:[a-z]+ )?[a-z]+)(?:'d|'s|'ve| had| has| have)?\s+(?:already\s+|clearly\s+|obviously\s+|probably\s+|totally\s+)*(?:written me off|given up on me|made up (?:his|her|their) minds? about me|decided against me|seen through me|figured me out|lost (?:all )?respect for me)\b`,
    ),
  },
  {
    id: 'gave-me-a-look',
    labels: ['mind-reading'],
    lang: 'en',
    weight: 0.55,
    example: 'She gave me a look when I walked in.',
    why: 'A look taken as a message ("she gave me that look").',
    pattern: rx(String.raw`\b(?:gave|gives|giving) me (?:a|that|this|the) (?:look|face|side-eye|side eye)\b`),
  },
  {
    id: 'looked-annoyed-so',
    labels: ['mind-reading'],
    lang: 'en',
    weight: 0.72,
    example: 'He looked annoyed, so he must be sick of me.',
    why: 'A face or a manner read as a verdict ("she looked bored, so…", "they were laughing at me").',
    pattern: rx(
      String.raw`\b(?:looked|looks|seemed|seems|sounded|sounds|was acting|is acting)\s+(?:so |really |a bit |kind of |kinda )?(?:worried|concerned|annoyed|disappointed|bored|unimpressed|disgusted|angry|upset|off|weird|distant|cold|uncomfortable|irritated)\b[^.]{0,30}\b(?:so|which means|that means|must|obviously|clearly)\b|\b${OTHERS}\s+(?:was|were|is|are|kept|keeps)\s+(?:\w+\s+)?(?:judging|staring at|looking at|laughing at|whispering about|talking about|smirking at|rolling (?:their|his|her) eyes at) (?:me|my|what i|how i)\b`,
    ),
  },
  {
    id: 'only-out-of-obligation',
    labels: ['mind-reading'],
    lang: 'en',
    weight: 0.7,
    example: 'They only invite me because they feel sorry for me.',
    why: 'Others\' company put down to obligation or pity ("only invite me because…").',
    pattern: rx(
      String.raw`\bbecause (?:he|she|they|everyone|people) (?:\w+ )?(?:feel|felt|feels) (?:obligated|sorry for me|bad for me|guilty|they have to|like they have to|pity)\b|\b(?:only|just) (?:keep|keeps|kept|invite|invites|invited|tolerate|tolerates|include|includes|included|talk to|talks to) me\b[^.]{0,40}\b(?:because|out of|since)\b`,
    ),
  },
  {
    id: 'mad-at-me',
    labels: ['mind-reading'],
    lang: 'en',
    weight: 0.6,
    example: "She's probably mad at me.",
    why: 'Anger at oneself assumed, not told ("he must be mad at me"), unless they said so.',
    pattern: rx(
      String.raw`\b(?:he|she|they|everyone)\s*(?:'s|is|'re|are|was|were|must be|seems?)\s+(?:so\s+|really\s+|probably\s+|definitely\s+)?(?:mad|angry|upset|annoyed|disappointed|pissed|furious|cross|fed up)\s+(?:at|with) me\b`,
    ),
    unless: /\b(?:said|told me|wrote|texted|yelled|admitted)\b/,
  },
  {
    id: 'they-think-i',
    labels: ['mind-reading'],
    lang: 'en',
    weight: 0.8,
    example: "They think I'm useless.",
    why: 'Others\' thoughts about oneself stated as known ("they think I\'m…", "he knows I…"), unless reported from what they said.',
    pattern: rx(
      String.raw`\b${OTHERS}\s+(?:(?:probably|must|obviously|clearly|definitely|surely|secretly|all|just|really|already|now|still|always|totally)\s+)*(?:think|thinks|thought|believes?|believed|sees?|saw|feels?|felt|finds?|found|knows?|knew|decided|considers?|considered|view|views|wonder|wonders|could tell|can tell|could see|can see|noticed|realized|realised|figured out|wish|wishes|wished|regrets?|regretted)\s+(?:that\s+|how\s+|me\s+(?:as|to be)\s+)?(?:i\b|i'?m|me\b|my\b|i'?d|i'?ve|you\b|you'?re)`,
    ),
    unless:
      /\b(?:said|told me|wrote|mentioned|explained|according to|in (?:the|her|his|their) (?:email|feedback|review|message)|asked me|feedback said|let me know)\b/,
  },
  {
    id: 'must-hate-me',
    labels: ['mind-reading'],
    lang: 'en',
    weight: 0.78,
    example: 'My boss must hate me.',
    why: 'A guess about others said with must or obviously ("she must hate me", "he\'s probably bored").',
    pattern: rx(
      String.raw`\b${OTHERS}\s+(?:must|probably|obviously|clearly|definitely|surely|secretly)\s+(?:(?:have|be|all|really|just)\s+)*(?:hate|hates|hated|dislike|think|thinks|thought|laughing|bored|annoyed|judging|disgusted|sick|tired|embarrassed|disappointed|regret\w*|wish|upset|mad|angry|hurt|fed up|done|over|furious|cheating|lying|seeing someone|hiding|pretending|losing interest|planning|about to|trying to|looking for|relieved|glad|pity|pitying|find|found|see|know|talking|avoiding|ignoring|want|wanting|prefer|like|liked|decided)\b`,
    ),
    unless: /\b(?:said|told me|wrote|mentioned|according to)\b/,
  },
  {
    id: 'cant-stand-me',
    labels: ['mind-reading'],
    lang: 'en',
    weight: 0.64,
    example: "My coworkers can't stand me.",
    why: 'Others\' dislike of oneself stated as known ("they can\'t stand me", "she looks down on me"), unless they said it.',
    pattern: rx(
      String.raw`\b${OTHERS}\s*(?:(?:all|just|really|secretly|clearly|obviously|totally|kind of|kinda)\s+)*(?:hates?|hated|dislikes?|can'?t stand|couldn'?t stand|(?:is|are|was|were|'s|'re)\s+(?:\w+\s+)?(?:so )?(?:sick|tired|bored|ashamed|embarrassed|disgusted) (?:of|by|with)|(?:doesn'?t|don'?t|didn'?t|did not|does not|do not) (?:really |even |actually )?(?:like|want|care about|respect|trust|value|rate|take|enjoy|need|miss)|never (?:really )?wanted|never (?:really )?liked|(?:only|just) (?:pity|pities|tolerate|tolerates|put up with)|(?:is|are|was|were) (?:laughing|talking|gossiping) about|judg(?:es|ing|ed)|resents?|look(?:s|ed)? down on|laugh(?:s|ed)? at|(?:is|are|was|were) avoiding|(?:is|are|was|were) done with) me\b`,
    ),
    unless: /\b(?:said|told me|wrote|mentioned|explained|according to|admitted|yelled)\b/,
  },
  {
    id: 'i-can-tell-they',
    labels: ['mind-reading'],
    lang: 'en',
    weight: 0.76,
    example: 'I could tell from her face that she hated it.',
    why: 'Claiming to read minds ("I can tell they…", "I\'m sure she thinks", "behind my back").',
    pattern: rx(
      String.raw`\b(?:i|you) (?:can|could) (?:just )?(?:tell|see|sense) (?:that |how |from (?:her|his|their) (?:face|tone|eyes|voice)\s*(?:that )?)?${OTHERS}\b|\b(?:i'?m|i am) (?:sure|certain|positive) (?:that )?${OTHERS}\s+(?:think|thinks|hate|hates|is|are|was|were|found|find|saw|see|don'?t|doesn'?t|didn'?t|must|wished?)\b|\b(?:behind my back|laughing at me|talking about me|judging me|they see right through me|(?:he|she|they) (?:saw|sees|see) right through me)\b`,
    ),
  },
  {
    id: 'silent-because-they-think',
    labels: ['mind-reading'],
    lang: 'en',
    weight: 0.72,
    example: "She didn't reply because she thinks I'm annoying.",
    why: 'A silence explained by what they must think ("didn\'t reply because she thinks…").',
    pattern: rx(
      String.raw`\b(?:didn'?t|doesn'?t|don'?t|hasn'?t|haven'?t|won'?t|never)\s+(?:\w+\s+){0,2}?(?:reply|replied|text|texted|call|called|answer|answered|respond|responded|write|wrote|invite|invited|ask|asked|say hi|wave|waved|look|looked)\w*\s+(?:\w+\s+){0,3}?because\s+(?:he|she|they|everyone|people|the \w+)\s+(?:\w+\s+){0,2}?(?:think|thinks|thought|hate|hates|don'?t|doesn'?t|didn'?t|must|find|found|realized|lost interest|are|is|was|were|want|wants|decided|know|knew|saw)\b`,
    ),
  },
  {
    id: 'means-theyre-done',
    labels: ['mind-reading'],
    lang: 'en',
    weight: 0.7,
    example: "No text all weekend means he's losing interest.",
    why: 'A small sign taken to mean a change of heart ("that means he\'s done with me").',
    pattern: rx(
      String.raw`\b(?:means|meant|shows|showed|proves|proved|tells me)\s+(?:that\s+)?(?:he|she|they|everyone|nobody|no one|my (?:friends?|ex|boss|partner|date|manager|family|parents|mom|dad|team))\s*(?:(?:'s|is|are|'re|was|were)\s+(?:\w+\s+)?(?:done|over|not interested|bored|annoyed|angry|mad|upset|disappointed|tired|sick|embarrassed|ashamed|ignoring|avoiding|pulling away|losing interest|seeing someone)|doesn'?t|don'?t|didn'?t|hates?|thinks?|thought|never|wants?|lost interest|must)\b`,
    ),
  },
  {
    id: 'theyll-think',
    labels: ['mind-reading'],
    lang: 'en',
    weight: 0.7,
    example: "The panel will think I'm a fraud.",
    why: 'Others\' judgement foreseen ("they\'ll think I\'m…", "he\'s going to see how…").',
    pattern: rx(
      String.raw`\b(?:they|he|she|everyone|people|the (?:interviewer|recruiter|panel|team)|my \w+)\s*(?:'re|are|is|'s|will|'ll)\s+(?:\w+\s+)?(?:going to|gonna)?\s*(?:think|see|notice|realize|realise|find out|judge|decide)\s+(?:that\s+)?(?:i\b|i'?m|me\b|how)`,
    ),
  },
  {
    id: 'only-invited-me-out-of',
    labels: ['mind-reading', 'disqualifying-positive'],
    lang: 'en',
    weight: 0.62,
    example: 'They only invited me out of pity.',
    why: 'An invitation or a job put down to a hidden motive ("only hired me because…").',
    pattern: rx(
      String.raw`\b(?:they|he|she|you|the \w+)\s+(?:only|just)\s+(?:invited|hired|asked|picked|kept|chose|promoted|included|texted|called|replied to|said yes to|agreed to see|interviewed) (?:me|us)(?:\s+\w+){0,4}?\s+(?:out of|because of|to be|because they|because he|because she|because it|since)\b`,
    ),
  },
  {
    id: 'they-were-bored',
    labels: ['mind-reading'],
    lang: 'en',
    weight: 0.6,
    example: 'The interviewer was clearly bored.',
    why: 'Others\' boredom or disgust stated as fact ("he was so bored", "she was put off"), unless they said so.',
    pattern: rx(
      String.raw`\b(?:he|she|they|the interviewer|the recruiter|my boss|my manager|my date|my friend|my friends)\s+(?:was|were|is|are|looked|seemed)\s+(?:so |clearly |obviously |definitely |totally )?(?:bored|annoyed|disgusted|irritated|embarrassed (?:by|for) me|disappointed in me|uninterested|not interested|over me|done with me|put off|turned off|faking it|pretending)\b`,
    ),
    unless: /\b(?:said|told me|wrote|mentioned|admitted|explained)\b/,
  },
  {
    id: 'motives-read-in',
    labels: ['mind-reading'],
    lang: 'en',
    weight: 0.62,
    example: "They're all avoiding me.",
    why: 'Motives read into what others did: "just being polite", "they\'re all avoiding me".',
    pattern: rx(
      String.raw`\b(?:(?:he|she|they|you)\s+(?:was|were|is|are)\s+(?:just|only|simply|obviously|clearly)\s+being\s+(?:polite|nice|kind|friendly|professional)|(?:they'?re|he'?s|she'?s|they\s+are|he\s+is|she\s+is)\s+(?:all\s+)?(?:avoiding|ignoring|dodging|ghosting)\s+me|(?:trying|wanted|wants|want)\s+to\s+get\s+rid\s+of\s+me|(?:had|has|have)\s+it\s+in\s+for\s+(?:me|us)|(?:felt|feel|feels)\s+sorry\s+for\s+me|pity\s+(?:smile|date|invite|laugh|like|interview|hire)|(?:must|must'?ve|must\s+have)\s+(?:been\s+)?(?:dreading|hating|regretting|bored\s+by|sick\s+of|fed\s+up\s+with)|(?:finally\s+)?saw\s+what\s+i'?m\s+(?:really\s+)?like|(?:which|that|this)\s+(?:obviously\s+|clearly\s+)?means\s+(?:he|she|they)'?(?:s|re|\s+is|\s+are|\s+was|\s+were|\s+has|\s+have)?\s+(?:been\s+)?(?:trying|annoyed|done|bored|over|sick|tired|avoiding|pulling)|(?:everyone|they|people)\s+(?:\w+\s+){0,3}knows?\s+it\s*(?:[.!]|$)|(?:and\s+)?they\s+know\s+it\b|(?:i'?ve|i\s+have)\s+(?:obviously|clearly)\s+(?:annoyed|upset|offended|bored)\s+(?:everyone|him|her|them))`,
    ),
  },
  {
    id: 'chosen-to-tick-a-box',
    labels: ['mind-reading', 'disqualifying-positive'],
    lang: 'en',
    weight: 0.6,
    example: 'They only shortlisted me to tick a diversity box.',
    why: 'Being chosen explained by a hidden motive ("only shortlisted me to tick a box", "she\'s paid to say that").',
    pattern: rx(
      String.raw`\b(?:only|just)\s+(?:shortlisted|hired|picked|chose|invited|interviewed|promoted|kept|said\s+yes\s+to|agreed\s+to)\s+(?:me|us)\b[^.]{0,30}\b(?:to\s+(?:tick|fill|meet|make|look|seem)|because|out\s+of|so\s+(?:they|he|she))\b|\b(?:she'?s|he'?s|they'?re)\s+paid\s+to\s+say\s+(?:that|it)\b`,
    ),
  },
  {
    id: 'only-saying-it-because',
    labels: ['mind-reading'],
    lang: 'en',
    weight: 0.6,
    example: "He's only saying it because I'm upset.",
    why: 'Motives and verdicts read into others, more ways: "only saying it because I\'m upset".',
    pattern: rx(
      String.raw`\b(?:only|just)\s+(?:saying|said|doing|did|went\s+out\s+with\s+me|asked\s+me|invited\s+me|replied)\s+(?:it\s+|that\s+|this\s+)?(?:because|to\s+be\s+(?:nice|kind|polite)|out\s+of\s+pity)\b|\b(?:realised|realized|worked\s+out|figured\s+out)\s+what\s+everyone\s+(?:already\s+)?knows\b|\bso\s+(?:they|he|she)\s+(?:wouldn'?t|didn'?t|don'?t)\s+have\s+to\s+(?:face|see|talk\s+to|deal\s+with)\s+me\b|\b(?:doesn'?t|don'?t|didn'?t)\s+(?:need|have)\s+to\s+say\s+it\b|\b(?:read|saw|opened)\s+my\s+(?:message|text|email)\s+and\s+thought\b|\bi\s+(?:just\s+)?knew\s+it\s+was\s+(?:at|about|because\s+of)\s+(?:me|my)\b|\btook\s+one\s+look\s+at\s+(?:me|my\s+\w+)\s+and\s+decided\b|\bclearly\s+(?:didn'?t|doesn'?t|did\s+not)\s+want\s+(?:a|an|someone|me)\b|\bcounting\s+the\s+minutes\b|\b(?:they|he|she)'?ll\s+have\s+(?:flagged|marked|labelled|labeled|written\s+me\s+off|noted)\b`,
    ),
  },
  {
    id: 'get-the-feeling-they',
    labels: ['mind-reading', 'emotional-reasoning'],
    lang: 'en',
    weight: 0.66,
    example: "I get the feeling they don't want me there.",
    why: 'A vague sense taken as knowing others\' minds ("I get the feeling she…").',
    pattern: rx(
      String.raw`\b(?:i|you) (?:get|got|have|had|'ve got) (?:the|this|a) (?:feeling|sense|impression|vibe) (?:that )?(?:he|she|they|everyone|people|my \w+|the \w+)\b`,
    ),
  },
];
