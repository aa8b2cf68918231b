import { HURT_RE, rx, type TrapRule } from './shared';

/**
 * Overgeneralizing: one event read as a rule for all time or all people.
 * The records whose first label is this trap; index.ts puts all of them in the detector's order.
 */
export const OVERGENERALIZING: TrapRule[] = [
  {
    id: 'group-never-always',
    labels: ['overgeneralizing'],
    lang: 'en',
    weight: 0.7,
    example: 'Recruiters never read past the first page.',
    why: 'A whole group given one rule ("recruiters never", "men always"), but not "some recruiters".',
    pattern: rx(
      String.raw`\b(?:recruiters|employers|companies|men|women|guys|girls|people|friends|managers|bosses|interviewers|hiring managers|exes|dates)\s+(?:\w+\s+)?(?:never|always|only ever|only)\b`,
    ),
    unless: /\bsome (?:recruiters|employers|companies|men|women|guys|girls|people|friends)\b/,
  },
  {
    id: 'who-would-want-me',
    labels: ['overgeneralizing'],
    lang: 'en',
    weight: 0.62,
    example: 'Why would anyone ever want me?',
    why: 'A rhetorical question standing for "nobody would" ("Why would anyone ever want me?").',
    pattern: rx(
      String.raw`\b(?:why|who) (?:would|could|will) (?:anyone|anybody|somebody|someone|they|a company|an employer|any (?:\w+ )?(?:one|company|employer|man|woman|guy|girl|person|recruiter))? ?(?:ever |even |possibly |actually )?(?:want|love|like|hire|choose|pick|date|care about|stay with|listen to|invite|be with|marry|miss) (?:me|someone like me|a person like me)\b`,
    ),
  },
  {
    id: 'everything-i-touch',
    labels: ['overgeneralizing', 'all-or-nothing'],
    lang: 'en',
    weight: 0.74,
    example: 'I ruin everything I touch.',
    why: 'Every attempt condemned at once ("I ruin everything I touch", "I mess up all I try").',
    pattern: rx(
      String.raw`\b(?:i|you)\s+(?:\w+\s+){0,2}?(?:everything|anything|all) (?:i|you) (?:touch|do|try|say|start|make|attempt|write|cook|plan)\b`,
    ),
  },
  {
    id: 'never-anyone',
    labels: ['overgeneralizing'],
    lang: 'en',
    weight: 0.74,
    example: 'I never meet anyone decent.',
    why: 'A lifelong never ("I never meet anyone", "we never go anywhere"); its own words hold the negation.',
    pattern: rx(
      String.raw`\b(?:i|you|we)\s+(?:just\s+)?never\s+(?:\w+\s+)?(?:anything|anyone|anybody|anywhere|any \w+)\b`,
    ),
    keepNegated: true,
  },
  {
    id: 'how-it-always-goes',
    labels: ['overgeneralizing'],
    lang: 'en',
    weight: 0.74,
    example: 'This is how it always goes.',
    why: 'One event read as the way things always go ("like always", "same as all the others").',
    pattern: rx(
      String.raw`\bthis is (?:how|what) (?:it|every \w+|things|my \w+|it always|always) (?:always )?(?:goes|ends|works|happens)\b|\b(?:like|same as) (?:all|every one of) (?:the others|the rest|them)\b|\b(?:like|as) (?:it )?always\b`,
    ),
  },
  {
    id: 'story-of-my-life',
    labels: ['overgeneralizing'],
    lang: 'en',
    weight: 0.82,
    example: 'Ghosted again. Story of my life.',
    why: 'Stock phrases for a repeating pattern ("story of my life", "here we go again", "over and over").',
    pattern: rx(
      String.raw`\b(?:this|it|that|the same thing|stuff like this)\s+(?:always|just always|keeps?)\s+(?:happens?|happening|ends?|goes|turns out)\b|\bstory of my life\b|\bhere we go again\b|\b(?:again and again|over and over|time after time|every single time|each and every time)\b|\bhappens every time\b|\bit'?s always me\b|\balways the same\b|\byet again\b`,
    ),
    gate: [
      'always',
      'keep',
      'story of',
      'again',
      'over and over',
      'time after',
      'every single time',
      'each and every',
      'every time',
      'same',
    ],
  },
  {
    id: 'i-never-get',
    labels: ['overgeneralizing'],
    lang: 'en',
    weight: 0.74,
    example: 'I never get the job.',
    why: 'A never about one\'s own results ("I never get", "I never fit in"); its own words hold the negation.',
    pattern: rx(
      String.raw`\b(?:i|you|we)\s+(?:just\s+)?never\s+(?:get|find|win|land|make|do|say|have|seem|meet|hear|know|fit|belong|catch|succeed|manage|keep|stop)\b`,
    ),
    keepNegated: true,
  },
  {
    id: 'every-one-hurts',
    labels: ['overgeneralizing'],
    lang: 'en',
    weight: 0.66,
    example: 'Every guy I date ends up leaving.',
    why: 'Every one of a kind (every guy, every job) next to a hurt; "every day" and the like are ordinary.',
    pattern: rx(
      String.raw`\bevery (?:single )?(?!day\b|morning\b|night\b|week\b|weekend\b|now\b|other\b|bit\b|step\b|month\b|year\b)[a-z]+\b`,
    ),
    needs: HURT_RE,
  },
  {
    id: 'every-time-hurts',
    labels: ['overgeneralizing'],
    lang: 'en',
    weight: 0.72,
    example: 'Every time I open up, people leave.',
    why: '"Every time" next to a hurt: one event made a rule; the happy every-times are skipped.',
    pattern: rx(String.raw`\b(?:every\s*time|everytime|whenever)\b`),
    needs: HURT_RE,
    unless:
      /\bevery ?time i (?:see|talk to|hug|hear from|think of) (?:you|her|him|them|my)\b[^.]*\b(?:smile|happy|better|glad|grateful|laugh)/,
  },
  {
    id: 'always-hurts',
    labels: ['overgeneralizing'],
    lang: 'en',
    weight: 0.72,
    example: 'I always get left out.',
    why: '"Always" or "forever" next to a hurt, but not kind or ordinary uses ("always been kind", "as always").',
    pattern: rx(String.raw`\b(?:always|constantly|forever)\b`),
    needs: HURT_RE,
    unless:
      /\b(?:always (?:been|be) (?:kind|there|supportive|good|nice|honest|so|proud|loved|welcome|happy to)|always loved|always liked|always here|(?:you|they|she|he|it) (?:can|could) always|almost always|not always|isn'?t always|doesn'?t always|don'?t always|always wanted to (?:try|visit|learn|see|go)|as always|like always, (?:she|he|they) (?:was|were) (?:kind|great))/,
  },
  {
    id: 'never-hurts',
    labels: ['overgeneralizing'],
    lang: 'en',
    weight: 0.74,
    example: 'Good things never happen to me.',
    why: '"Never" next to a hurt, but not one event reported ("he never replied") or ordinary uses ("never mind").',
    pattern: rx(String.raw`\bnever\b`),
    needs: HURT_RE,
    unless:
      /\b(?:(?:he|she|they|it|the \w+|my \w+|(?:he|she|they|i) just|i) never (?:(?:even|actually|once)\s+)?(?:heard|replied|responded|called|texted|wrote|answered|showed|came|got back|got a|said|gave|told|explained|followed|sent|invited|asked|read|opened|acknowledged|returned|arrived|happened|confirmed|heard back)\b(?![^.]*\b(?:ever|anyone|anybody|nobody|always|no one)\b)|never mind|never been (?:to|on|abroad)|never tried|(?:\bi'?ve|\bi have) never (?:done|tried|been|had) (?:this|that|it) before|never too late|never hurts|never say never|never forget (?:how|that|when) (?:she|he|they|you)|some \w+ never|some (?:people|companies|recruiters|employers|guys|men|women))\b/,
  },
  {
    id: 'nobody-wants',
    labels: ['overgeneralizing'],
    lang: 'en',
    weight: 0.72,
    example: 'Nobody wants to be around me.',
    why: 'No one at all ("nobody cares", "not one company") next to a want or a reply, but not "yet" or "so far".',
    pattern: rx(
      String.raw`\b(?:nobody|no one|no-one|noone|not one (?:person|company|recruiter|employer|guy|girl|friend|single)|not a single (?:person|company|one|recruiter|employer|guy|girl|friend)|no company|no employer|no man|no woman|no guy|no girl|none of (?:them|my friends|the companies))\b`,
    ),
    needs:
      /\b(?:lik\w*|want\w*|car\w*|lov\w*|call\w*|text\w*|repl\w*|respond\w*|notic\w*|listen\w*|hir\w*|invit\w*|ask\w*|understand\w*|will|would|'ll|ever|gets? me|remember\w*|miss\w*|choos\w*|chose|pick\w*|sees? me|see me|interest\w*|talk\w*|check\w*|came|come|show\w*|stay\w*|wants? me|respect\w*|trust\w*|believe\w*|appreciat\w*|value\w*|answer\w*|bother\w*|give\w* me|gave me|help\w*|reach\w* out|keep\w*|can stand|could stand|date|be with|am i|is ever|has ever|had ever)\b/,
    unless:
      /\byet\b|\bso far\b|\bfor now\b|\b(?:nobody|no one) (?:was|got) (?:hurt|injured|home|there|around|in the office|answering the phone because)\b|\bno one (?:else )?(?:is|was) (?:to blame|at fault)\b/,
  },
  {
    id: 'everyone-against-me',
    labels: ['overgeneralizing'],
    lang: 'en',
    weight: 0.68,
    example: 'Everyone hates me at work.',
    why: 'Everyone, the whole world, set against one ("everyone hates me"), but not kind or shared ("happens to everyone").',
    pattern: rx(String.raw`\b(?:everyone|everybody|the whole (?:world|team|office|class|group|family))\b`),
    needs:
      /\b(?:hat\w*|leav\w*|left|ignor\w*|reject\w*|laugh\w*|think\w*|thinks|judg\w*|against|sick of|tired of|annoy\w*|abandon\w*|forg\w*|mov\w* on|turns? away|walks? away|avoid\w*|can see|knows?|dislik\w*|better|always|never|leaves|gets? (?:chosen|picked|hired|invited)|bor\w*|pit\w*|tolerat\w*|talk\w* about me|noticed|saw)\b/,
    unless:
      /\bhey everyone\b|\b(?:for|to|like|with) everyone\b|\bhappens to everyone\b|\beveryone (?:gets|goes through|feels|struggles)\b|\beveryone (?:was|has been|is) (?:kind|nice|lovely|supportive|great|wonderful|helpful)|\beveryone makes mistakes\b|\beveryone gets rejected\b|\beveryone (?:has|goes through) (?:bad|off|hard)\b/,
  },
  {
    id: 'all-of-a-kind',
    labels: ['overgeneralizing'],
    lang: 'en',
    weight: 0.7,
    example: 'All men cheat eventually.',
    why: 'All of a kind (all men, all my applications) next to a hurt.',
    pattern: rx(
      String.raw`\b(?:all|every|every single)\s+(?:the\s+)?(?:men|women|guys|girls|people|recruiters|employers|companies|managers|bosses|my (?:friends|relationships|exes|dates|applications|interviews)|relationships|friendships|dates|friends|interviews|applications|jobs|one of them)\b`,
    ),
    needs: HURT_RE,
  },
  {
    id: 'nothing-works',
    labels: ['overgeneralizing', 'all-or-nothing'],
    lang: 'en',
    weight: 0.62,
    example: 'Nothing I do ever works.',
    why: 'Nothing ever works, nothing is enough: one failure stretched to all; its own words hold the negation.',
    pattern: rx(
      String.raw`\b(?:nothing|none of it|nothing i do)\s+(?:ever\s+)?(?:\w+\s+)?(?:works?|goes? right|went right|ever works|is ever|turns out|matters|helps|changes|is good enough|is enough|was ever)\b|\bi can'?t do anything right\b|\bi (?:can'?t|never) (?:do|get) anything right\b|\bi'?m not good at anything\b|\bi'?m (?:good|bad) at (?:nothing|everything)\b`,
    ),
    keepNegated: true,
  },
  {
    id: 'pattern-for-life',
    labels: ['overgeneralizing'],
    lang: 'en',
    weight: 0.62,
    example: "Whatever I do it's wrong.",
    why: 'A pattern for life, in other words: "this is just how it goes for me", "every time."',
    pattern: rx(
      String.raw`\bthis\s+is\s+(?:just\s+)?(?:how\s+it\s+(?:always\s+)?goes\s+for\s+me|who\s+i\s+am|what\s+always\s+happens)\b|\bwhatever\s+i\s+do\s+(?:it'?s|is)\s+wrong\b|\bmy\s+(?:whole|entire)\s+life\s+is\s+(?:one\s+long|just\s+one)\b|\bevery\s*time\b\s*[.!]?\s*$|\b(?:literally\s+)?every\s+(?:guy|man|woman|girl|door|company|job|friend|date|person)\s+(?:\w+\s+){0,3}(?:does|do|did|stays|ends|turns|leaves|says)\b|\bas\s+per\s*[.!]?$|\bi\s+ruin\s+everything\b|\bnothing\s+i\s+(?:try|do)\s+(?:ever\s+)?(?:works|goes)\b|\bbad\s+at\s+everything\b|\b(?:nobody|no\s+one)\s+(?:in\s+this\s+\w+\s+)?(?:has\s+)?ever\s+(?:\w+\s+){0,3}(?:and\s+(?:nobody|no\s+one)\s+ever\s+will)\b|\bwhy\s+i\s+keep\s+bothering\b`,
    ),
  },
  {
    id: 'people-like-me',
    labels: ['overgeneralizing'],
    lang: 'en',
    weight: 0.6,
    example: "Good things don't happen to people like me.",
    why: 'A pattern for life, more ways: "people like me", "it\'s a rule of my life".',
    pattern: rx(
      String.raw`\b(?:this|that|that'?s|it'?s)\s+(?:just\s+)?how\s+it\s+(?:always\s+)?goes\s+for\s+me\b|\bpeople\s+like\s+me\b|\bnobody\s+in\s+this\s+(?:town|city|industry|field|place)\s+will\b|\ba\s+rule\s+of\s+my\s+life\b|\bthat'?s\s+the\s+pattern\b|\bsummed\s+up\s+forever\b|\bno\s+(?:manager|one|man|woman|company|employer)\s+ever\s+will\b|\b(?:men|women|guys|girls|agencies|recruiters|employers)\s+(?:my\s+age\s+)?(?:just\s+)?(?:can'?t|don'?t|never|always)\b|\bthe\s+whole\s+(?:app|industry|town|city|world)\s+is\s+full\s+of\b|\bdoing\s+things\s+right\s+is\s+pointless\b`,
    ),
  },
];
