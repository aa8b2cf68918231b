import { rx, type TrapRule } from './shared';

/**
 * Comparing and despairing: others' best set against one's own worst.
 * The records whose first label is this trap; index.ts puts all of them in the detector's order.
 */
export const COMPARING_DESPAIRING: TrapRule[] = [
  {
    id: 'their-news-my-lack',
    labels: ['comparing-despairing'],
    lang: 'en',
    weight: 0.7,
    example: "My sister got engaged and I'm still single.",
    why: "Someone's good news, then one's own lack (\"my cousin's band got signed. mine plays to 6 people\").",
    pattern: rx(
      String.raw`\b(?:got|gets|getting)\s+(?:promoted|signed|engaged|married|hired|published|the\s+(?:job|role|part|offer|promotion))\b|\b(?:is|are|all)\s+(?:(?:all|now|already)\s+)?(?:engaged|married|buying\s+(?:homes|houses|a\s+house)|getting\s+married|having\s+babies)\b|\b(?:has|have)\s+(?:a|their\s+own)\s+(?:house|home|career|partner|book\s+deal)\b|\b(?:looks?|seems?)\s+so\s+(?:happy|effortless|easy|full|confident|put\s+together|perfect)\b|\bso\s+(?:effortless|confident)\b|\bliving\s+the\s+dream\b|\bbreezes?\s+through\b|\bbook\s+deals\b|\bruns?\s+marathons\b`,
    ),
    needs:
      /\b(?:and|but|while|whereas)\s+(?:i'?m|i\s+am)\s+(?:just\s+|still\s+|only\s+)?(?:here|still|just|stuck|alone|renting|nothing|drowning|pretending|a\s+mess|broke|single|not|barely|failing|eating|the\s+(?:loser|failure|one))\b|\bmeanwhile\s+i\b|\band\s+i\s+(?:got|have|had)\s+(?:nothing|dumped|no)\b|\bnext\s+to\s+(?:mine|me|her|him|them)\b|\bmine\s+(?:plays?|is|are|was|were|never|don'?t|doesn'?t)\b|\bi\s+(?:can\s+barely|can'?t\s+even|got\s+dumped|looked\s+like\s+a)\b|\bwhat'?s\s+wrong\s+with\s+me\b/,
  },
  {
    id: 'gets-all-the-credit',
    labels: ['comparing-despairing'],
    lang: 'en',
    weight: 0.72,
    example: 'My brother always got all the attention.',
    why: 'Others get the good things, one gets the rest ("gets all the credit", ", mine is…").',
    pattern: rx(
      String.raw`\b(?:gets?|got|getting) all the (?:credit|attention|praise|love|luck|opportunities|good \w+|breaks)\b|,\s*(?:and |but |while |whereas )?mine (?:are|is|was|were)\b`,
    ),
  },
  {
    id: 'everyone-except-me',
    labels: ['comparing-despairing'],
    lang: 'en',
    weight: 0.74,
    example: 'Everyone got invited except me.',
    why: 'Everyone but oneself ("everyone except me", "all of them apart from me").',
    pattern: rx(String.raw`\b(?:except|apart from|other than|but) (?:for )?me\b`),
    needs:
      /\b(?:everyone|everybody|all|others|other people|people|they all|my (?:friends|peers|classmates|siblings|cousins|colleagues))\b/,
  },
  {
    id: 'earns-more-than-me',
    labels: ['comparing-despairing'],
    lang: 'en',
    weight: 0.74,
    example: 'My little brother earns twice what I make.',
    why: 'Others\' earnings or partners set against one\'s own ("earns twice what I do").',
    pattern: rx(
      String.raw`\b(?:twice|double|three times|triple|so much more than|way more than|more than) (?:as much as |what )?i (?:do|make|earn|have|did|ever will)\b|\b(?:earns?|makes?|has|have|had|got|owns?)\s+(?:\w+\s+){0,3}?(?:than|what) i (?:do|make|earn|have|did|ever will)\b|\b(?:his|her|their) (?:ex|new \w+|girlfriend|boyfriend|wife|husband|partner)\b[^.]{0,40}\b(?:and|but|while) i'?m\b`,
    ),
  },
  {
    id: 'everyones-highlights',
    labels: ['comparing-despairing'],
    lang: 'en',
    weight: 0.7,
    example: "Scrolling through everyone's perfect lives makes me feel like nothing.",
    why: 'Others\' highlight reels as the measure ("everyone\'s photos", "people\'s lives").',
    pattern: rx(
      String.raw`\b(?:everyone|everybody|other people|others|my friends|people)'?s? (?:\w+ ){0,2}?(?:photos|posts|lives|life|pictures|stories|updates|instagrams?|feeds?|highlight reels?|weddings|babies|promotions|houses|holidays|vacations)\b`,
    ),
  },
  {
    id: 'and-not-me',
    labels: ['comparing-despairing'],
    lang: 'en',
    weight: 0.8,
    example: 'All my friends are getting married, but not me.',
    why: 'Others have it "and not me", or are "better … than me".',
    pattern: rx(
      String.raw`\b(?:everyone|everybody|they all|others|all of them|people|my (?:friends|peers|classmates|cousins|siblings|coworkers|colleagues))\b[^.?]{0,60}\b(?:and|but) not me\b|\b(?:better|nicer|bigger|more|higher|prettier|smarter)\s+(?:[a-z]+\s+){1,2}than\s+(?:me|mine|i (?:have|do|am|did|ever))\b`,
    ),
  },
  {
    id: 'everyone-else',
    labels: ['comparing-despairing'],
    lang: 'en',
    weight: 0.86,
    example: 'Everyone else seems to have it figured out.',
    why: '"Everyone else", "all my friends are…": a crowd set against oneself, but not "everyone else was nervous too".',
    pattern: rx(
      String.raw`\b(?:everyone|everybody|all of them|all my friends|the rest of (?:them|the world|my friends|my class|the team))\s+else\b|\beveryone else\b|\beverybody else\b|\b(?:all|most|half)\s+(?:of\s+)?my\s+(?:friends|peers|classmates|siblings|cousins|coworkers|co-workers|colleagues|old friends|college friends|school friends|friends from \w+|batch|cohort|exes)\s+(?:are|have|got|were|seem|already|just|all|own|earn|make|live|bought|found|get)\b`,
    ),
    unless: /\beveryone else (?:was|is) (?:also|just as|as) (?:nervous|rejected|struggling)\b/,
  },
  {
    id: 'why-cant-i-be-like',
    labels: ['comparing-despairing'],
    lang: 'en',
    weight: 0.84,
    example: "Why can't I be like my sister?",
    why: 'Direct comparison ("why can\'t I be like her", "prettier than me", "comparing myself").',
    pattern: rx(
      String.raw`\bwhy (?:can'?t|couldn'?t|don'?t|didn'?t|isn'?t|aren'?t|am|do|does|is) (?:i|my life|my \w+|it)\b[^.?]{0,40}\b(?:like (?:him|her|them|everyone|other|others|my|the|[a-z]+(?=,|\s+(?:who|he|she|they|and)\b|$))|as (?:\w+ ){1,2}as|the way (?:he|she|they|everyone|others))\b|\b(?:better|smarter|prettier|more attractive|hotter|more successful|more talented|more qualified|more experienced|more interesting|more fun|funnier|thinner|richer|younger|cooler|further along|ahead of|happier|more confident|more likable|more likeable|more lovable|more popular|more accomplished|more polished|more charming|better looking|better-looking)\s+than\s+(?:me|i\s*(?:am|was|'ll|will|could|ever|'d|would))\b|\bcompared (?:to|with)\s+(?:him|her|them|everyone|others|other|my|the other|people|all)\b|\bcompar(?:e|ing) myself\b|\bnext to (?:him|her|them|everyone) i'?m\b`,
    ),
  },
  {
    id: 'behind-everyone',
    labels: ['comparing-despairing'],
    lang: 'en',
    weight: 0.74,
    example: "I'm so behind everyone my age.",
    why: 'Being behind or the only one left ("I\'m so behind", "people my age", "why not me").',
    pattern: rx(
      String.raw`\bi'?m (?:the only one|the only person|the last one|the last person|the odd one out)\b|\bi'?m (?:so |way |years |still |really )?(?:behind|left behind)\b|\b(?:behind|left behind)\s+(?:everyone|everybody|my peers|others|my friends|the rest|in life)\b|\b(?:everyone|people|others|other people|my friends|my peers|guys|girls|women|men)\s+(?:my age|around me|in my (?:class|year|field|cohort|program|team|office)|on (?:linkedin|instagram|social media|facebook|tiktok|twitter))\b|\b(?:half my age|younger than me|years younger)\b|\bwhy (?:him|her|them|everyone else|everybody else)(?:,)? (?:and|but) not me\b|\bwhy not me\b`,
    ),
  },
  {
    id: 'they-have-and-i-dont',
    labels: ['comparing-despairing'],
    lang: 'en',
    weight: 0.66,
    example: "She has a great job and I can't even get an interview.",
    why: 'Others\' advantages set beside one\'s lack ("they\'re better", "she has X and I can\'t"), unless quoted.',
    pattern: rx(
      String.raw`\b(?:other|the other)\s+(?:people|candidates|applicants|women|men|guys|girls|couples|parents|moms|dads|kids|students|writers|designers|engineers|developers|friends|people'?s)\s+(?:(?:all|always|just|seem to|easily|clearly)\s+)*(?:are|have|get|got|seem|were|had|find|make|land|manage|know|can|do|look)\b|\b(?:he|she|they)(?:'s|'re| is| are| has| have| got) (?:so much |way |far |clearly |obviously )?(?:better|prettier|smarter|more successful|more talented|more qualified|further|ahead|everything i|what i)\b(?:[^.]{0,40}\b(?:and i|while i|but i|i'?m|me))?|\b(?:he|she|they|everyone|everybody|my [a-z]+|the others|others)\s+(?:(?:already|just|now|all|even|also|still)\s+)?(?:has|have|had|got|gets|get|is|are|'s|'re)\s+(?:\w+\s+){0,4}?(?:and|while|but|whereas)\s+i\s*(?:can'?t|don'?t|still|haven'?t|only|just|barely|never|have nothing|'ve got nothing|got nothing|get nothing|have no|'m (?:still|not|stuck|alone|single|nothing|left)|am (?:still|not|stuck|alone|single|nothing|left))\b`,
    ),
    unless: /\b(?:said|told me)\b/,
  },
  {
    id: 'their-life-and-mine',
    labels: ['comparing-despairing'],
    lang: 'en',
    weight: 0.62,
    example: "My cousin's married and I'm getting ghosted.",
    why: "Others' lives set against one's own: \"my cousin's married and I'm getting ghosted\".",
    pattern: rx(
      String.raw`\b(?:my|her|his|their)\s+(?:sister|brother|cousin|friend|best\s+(?:friend|mate)|mate|colleague|coworker|co-worker|flatmate|ex)(?:'s)?\b[^.!?]{0,80}\b(?:and|while|but|whereas)\s+(?:i'?m|i\s+am|i\s+can'?t|i\s+fall|mine\s+is|i\s+have|i\s+still|i\s+haven'?t)\b|\bwhy\s+can'?t\s+i\s+be\s+(?:more\s+)?like\b|\bas\s+(?:successful|good|happy|pretty|smart|confident|popular|clever)\s+as\s+(?:my|her|him|them|everyone)\b|\b(?:more|be)\s+like\s+my\s+(?:sister|brother|cousin|friend)\b|\balways\s+(?:her|him|them)\s+and\s+never\s+me\b|\bgolden\s+child\b|\b(?:younger|sharper|prettier|smarter|cooler|funnier|better[\s-]looking|richer|thinner|happier)\s*(?:,|and)\s+[^.!?]{0,40}\b(?:i'?m|me)\b|\bnow\s+that\s+my\s+\w+(?:'s|\s+is)\b`,
    ),
  },
  {
    id: 'the-successful-one',
    labels: ['comparing-despairing'],
    lang: 'en',
    weight: 0.6,
    example: 'My brother is the successful one.',
    why: 'Others ahead, more ways: "X is the successful one", "started after me and is already".',
    pattern: rx(
      String.raw`\bis\s+the\s+(?:successful|clever|pretty|favourite|favorite|golden|good)\s+one\b|\bi'?m\s+the\s+cautionary\s+tale\b|\bstarted\s+after\s+me\s+and\b|\beveryone\s+(?:sprint|race|rac|mov|get|run)\w*\s+(?:past|ahead\s+of)\s+me\b|\b(?:she|he|they)\s+(?:has|have)\s+(?:\w+\s+){0,4}and\s+i\s+(?:couldn'?t|can'?t)\s+even\b|\bother\s+people\b[^.!?]{0,60}[;,]\s*i'?m\b|\bmeasure\s+up\s+to\b|\bupgraded\b`,
    ),
  },
];
