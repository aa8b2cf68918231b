import type { TrapId } from '../db/types';

/**
 * One explainable clue. Rules read lower-cased text with straight quotes (see normalizeForTraps),
 * so contractions are written both ways (`i'?m|i am`). The first and second person both count:
 * people talk to themselves as "you" ("you'll never learn").
 */
export interface Rule {
  traps: TrapId[];
  /** How much this clue alone suggests the traps (0..1). */
  w: number;
  re: RegExp;
  /** Skip when the clause matches (plans, facts, kind words). */
  unless?: RegExp;
  /** Fire only when the rest of the clause also matches (e.g. an absolute next to a hurt). */
  needs?: RegExp;
  /** The rule's own words include a negation, or it must fire even after "not…". */
  keepNegated?: boolean;
  /** Skip when the text just before the match ends like this. */
  notAfter?: RegExp;
  /** Words one of which the rule needs; a cheap check that skips the regex on most texts. */
  gate?: string[];
}

// Word lists, shared by rules.
const I_AM = `(?:i'?m|i am|i was|i'?ve been|i have been|i'?ll be|i will be|i'?ll always be|i'?ll never be anything but|you'?re|you are|you were)`;
const OTHERS = String.raw`(?:he|she|they|everyone|everybody|people|others|the others|all of them|the (?:interviewer|recruiter|hiring manager|hiring team|panel|team|group|manager|boss|company|class|room|audience)|my (?:boss|manager|friends?|family|parents?|mom|mum|mother|dad|father|ex|coworkers?|co-workers?|colleagues?|team|partner|date|sister|brother|roommate|in-laws|teacher|landlord|neighbou?rs?)|(?:his|her|their|my|the) (?:[a-z]+ )?[a-z]+)(?:\s+(?:at|in|on|from)\s+(?:work|school|the office|the group|the team|the party|class))?`;
const SELF_NOUNS = String.raw`(?:failure|loser|idiot|joke|mess|burden|disappointment|fraud|reject|nobody|waste of space|waste of time|screw-?up|fuck-?up|f\*+k-?up|moron|freak|embarrassment|let-?down|fake|impostor|imposter|phony|phoney|weirdo|creep|pushover|doormat|outcast|misfit|lost cause|hopeless case|charity case|laughingstock|laughing stock|write-?off|has-?been|dork|clown|wreck|train ?wreck|basket case|nothing|zero|dud|black sheep|problem child|placeholder|backup(?: plan)?|second choice|rebound|afterthought|stopgap|plan b|consolation prize|spare|filler|damaged goods|doormat|charity case|(?:bad|terrible|horrible|awful|lousy|crap|shit|rubbish|useless|pathetic|worthless|worst) (?:mother|father|mom|mum|dad|parent|friend|person|partner|daughter|son|girlfriend|boyfriend|wife|husband|employee|worker|sister|brother|human(?: being)?|teammate|colleague|candidate|date|writer|engineer|designer|manager|leader|lover))`;
const SELF_ADJ =
  '(?:stupid|dumb|pathetic|worthless|useless|unlovable|unloveable|unlikable|unlikeable|boring|ugly|hopeless|incompetent|broken|defective|weird|annoying|unemployable|undateable|undatable|unwanted|inadequate|repulsive|disgusting|hideous|clueless|lazy|needy|clingy|desperate|unattractive|forgettable|replaceable|invisible|damaged|toxic|unworthy|undeserving|talentless|awkward|a mess|too much|cursed|unfixable|beyond help|garbage|trash|rubbish|a nobody|insufferable|unbearable to be around|weak|pitiful|spineless|a coward|inferior|second-rate|mediocre|a mistake|slow|dim|thick|unintelligent|damaged goods|unqualified|incapable|pointless|a waste|plain|nothing special|unremarkable|forgettable)';
const EMO =
  '(?:sad|upset|angry|anxious|frustrated|hurt|lonely|miserable|hopeless|depressed|overwhelmed|stressed|empty|numb|heartbroken|devastated|crushed|ashamed|embarrassed|humiliated|furious|bitter|jealous|scared|afraid|terrified|panicky|exhausted|drained|lost|stuck|rejected|abandoned|unwanted|dismissed|betrayed|broken|down|low|awful|terrible|horrible|gutted|defeated|helpless|tense|on edge|sick|worthless|alone|raw|wrecked|destroyed)';
const HURT = String.raw`(?:reject\w*|turn\w* (?:me )?down|ignor\w*|ghost\w*|leav\w*|left|dump\w*|no (?:reply|response|answer)|repl\w*|respond\w*|text\w* (?:me )?back|call\w* (?:me )?back|hear\w* back|heard back|fail\w*|mess\w* up|screw\w* up|ruin\w*|wrong|alone|single|hat\w*|los\w*|lost|hurt|miss\w*|forg\w*|exclud\w*|left out|pass\w* over|overlook\w*|chos\w*|choose|pick\w*|invit\w*|want\w*|lik\w*|cares?|cared|lov\w*|interest\w*|hir\w*|work\w* out|end\w* up|say\w* no|said no|nothing|can'?t|won'?t|don'?t|doesn'?t|didn'?t|isn'?t|aren'?t|without|abandon\w*|cheat\w*|disappoint\w*|let \w+ down|blow\w* it|choke\w*|the last|second choice|behind|enough|stupid|better|wrong person|wrong people|notic\w*|listen\w*|understand\w*|get me|gets me|respect\w*|laugh\w*|judg\w*|against|sick of|tired of|annoy\w*|bor\w*|the same|happen\w* to me|picks? me|chooses? me|wants? me|ignore\w*|stick\w* around|stay\w*|work\w* out|last\w*|call\w*|text\w*|show\w* up|come back|came back|vanish\w*|disappear\w*|fade\w*|drift\w*)`;
const HURT_RE = new RegExp(String.raw`\b${HURT}\b`);
const PLAN =
  '(?:tomorrow|today|tonight|later|this (?:week|weekend|morning|afternoon|evening)|next (?:week|time)|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the end|noon|then)|before (?:the|my|i|it)|the deadline|remember to|probably go|go to bed|get some sleep|drink|eat something|book|schedule|buy|pick up|call (?:my|the|him|her|them|back)|email|reply to|write back|send|update my|look into|check (?:in|on|the)|ask (?:him|her|them|about|for)|follow up|apply (?:to|for) (?:a few|more|some|other)|take a (?:break|walk)|get (?:some|more) (?:rest|sleep))';
const FUTURE = `(?:'ll|will|won'?t|will not|is going to|are going to|'re going to|'s going to|am going to|'m going to|is gonna|are gonna|'m gonna|'re gonna|gonna|will ever|'ll ever)`;
const F_SUBJ =
  '(?:i|you|we|they|he|she|it|nobody|no one|no-one|noone|nothing|no company|no employer|no recruiter|no man|no woman|no guy|no girl|anyone|anybody|everyone|everybody|this|that|things|people|the (?:interview|date|meeting|presentation|review|result|answer|email|offer|call|job|company|recruiter|interviewer|panel|manager|team)|my (?:boss|manager|friends?|family|parents|ex|partner|date|career|life|future))';
const F_BAD = String.raw`(?:never|not|n't|no one|nobody|fail\w*|reject\w*|alone|lonely|single|lose|lost|mess (?:it |this |everything )?up|screw (?:it |this |everything )?up|blow it|bomb|choke|embarrass\w*|humiliat\w*|hate|laugh at|say no|turn me down|leave me|dump me|ghost me|fire me|let me go|replace me|forget (?:about )?me|end up|disaster|worse|forever|anyone|anything|anywhere|go wrong|go badly|badly|wrong|regret|unemployed|broke|homeless|die|think i'?m|see (?:right )?through|find out|figure out (?:that )?i|realize|pick someone else|choose someone else|hire someone else|be the same|be another|be like (?:last|every)|be awkward|be a waste|waste|pointless|for nothing|too late|stuck|miserable|over|ignor\w*|kick me out|drop me|exclude me|leave|forget|laugh|judge|hate me|notice|see me|go badly|badly|bad|laid off|fired|let go|dumped|rejected|replaced|ghosted|passed over|cut|drag on|take forever|go on forever|last forever|never end|fall through|fall apart|go nowhere|cancel|bail|flake|back out|drop|disappear|vanish|lose interest|get bored|move on|find someone|pick someone|choose someone|end badly|end the same|end like|end up like|go like|be like (?:all|every|the rest|last)|be no|be a no|be rejected)`;

// "He thinks I'm boring" is mind-reading; the label inside is his (as imagined), not theirs.
const NOT_AFTER_OTHERS_THINK = new RegExp(
  String.raw`\b(?:${OTHERS}|they all|\w+)\s+(?:\w+\s+){0,2}?(?:thinks?|thought|believes?|believed|sees?|saw|knows?|knew|realized|found out|decided|can see|could see|can tell|could tell|considers?|views?)\s+(?:that\s+|me\s+as\s+)?$`,
);

const rule = (traps: TrapId | TrapId[], w: number, src: string, extra: Partial<Rule> = {}): Rule => ({
  traps: Array.isArray(traps) ? traps : [traps],
  w,
  re: new RegExp(src, 'g'),
  ...extra,
});

export const RULES: Rule[] = [
  // ── labeling: a global name for a whole person ("I'm a failure", "he's a narcissist")
  rule(
    'labeling',
    0.7,
    String.raw`\b(?:i'?m|i am|you'?re|you are)\s+(?:just\s+|simply\s+)?not\s+(?:\w+\s+)?material\b`,
    { keepNegated: true },
  ),
  rule(
    'labeling',
    0.8,
    String.raw`\b(?:a|such a|an|what a) (?:\w+ )?(?:disaster|mess|failure|joke|waste|wreck|trainwreck|train wreck|excuse) of a (?:person|human(?: being)?|man|woman|friend|partner|employee|daughter|son|mother|father|mom|dad|wife|husband|girlfriend|boyfriend|candidate)\b`,
  ),
  rule(
    'labeling',
    0.66,
    String.raw`\b(?:i'?m|i am|i was|you'?re|you are)\s+(?:just\s+|way\s+|far\s+|much\s+)?too (?:old|young|fat|ugly|weird|quiet|loud|awkward|needy|much|sensitive|boring|intense|damaged|broken|shy|stupid|slow|plain|ordinary|dull|difficult|emotional|clingy)\b`,
  ),
  rule(
    'labeling',
    0.7,
    String.raw`\b(?:i'?m|i am|i was|you'?re|you are)\s+(?:so\s+|just\s+|really\s+)?[a-z]+\s*(?:,|and)\s*(?:so\s+|just\s+|really\s+)?(?:${SELF_ADJ})\b`,
    { notAfter: NOT_AFTER_OTHERS_THINK },
  ),
  rule(
    'labeling',
    0.55,
    String.raw`\b(?:i'?m|i am|i was)\s+not\s+(?:actually|really|even|remotely)\s+(?:qualified|good|smart|talented|capable|competent|lovable|likable|likeable|attractive|interesting|worth\w*|any good)\b`,
    { keepNegated: true },
  ),
  rule(
    'labeling',
    0.82,
    String.raw`\b${I_AM}\s+(?:(?:such|so|just|a|an|really|completely|totally|truly|the|utterly|absolutely|basically|clearly|obviously|officially|literally|nothing but|family|office|team|(?:an? )?(?:complete|total|absolute|utter|massive|huge|big|giant|walking|pathetic))\s+)*(?:${SELF_NOUNS}|${SELF_ADJ})\b`,
    { notAfter: NOT_AFTER_OTHERS_THINK },
  ),
  rule(
    'labeling',
    0.78,
    String.raw`\b(?:(?:i'?m|i am|i was|you'?re|you are|you were)\s+(?:just\s+|simply\s+)?not|i wasn'?t|you weren'?t|i'?ll never be|i will never be|i'?m never|i am never)\s+(?:\w+\s+){0,2}?enough\b`,
    { keepNegated: true },
  ),
  rule(
    'labeling',
    0.72,
    String.raw`\b(?:what an?|such an?|i'?m the)\s+(?:(?:complete|total|absolute|utter|stupid|pathetic|massive|huge|big)\s+)*(?:${SELF_NOUNS}|worst)\b(?:\s+i am|\s+i'?m|\s+of all)?`,
    {
      unless: /\b(?:he|she|they|his|her|their)\b/,
      notAfter:
        /\b(?:my|the|this|that|it|life|everything|things)\s+(?:\w+\s+)?(?:is|was|'s|feels like|has been)\s+$/,
    },
  ),
  rule(
    'labeling',
    0.7,
    String.raw`\b(?:there'?s|there is)\s+something\s+(?:\w+\s+)?wrong\s+with\s+me\b|\bi'?m\s+(?:just\s+)?(?:not\s+)?(?:the\s+)?(?:kind|type)\s+of\s+(?:person|guy|girl|man|woman)\s+(?:nobody|no one|people don'?t|who (?:never|can'?t|doesn'?t))`,
  ),
  rule(
    'labeling',
    0.7,
    String.raw`\b(?:he|she|they|my ex|my boss|my manager|my (?:sister|brother|mum|mom|dad|mother|father|aunt|uncle|cousin|friend|landlord|partner|husband|wife|boyfriend|girlfriend|coworker|colleague|flatmate|roommate)|recruiters|men|women|guys|girls|people|hr|that company|the company|the recruiter|the interviewer)\s*(?:is|are|was|were|'s|'re)\s+(?:(?:such|a|an|total|complete|just|all|so|absolute|utter|nothing but)\s+)*(?:[a-z]+,?\s+){0,2}?(?:jerks?|idiots?|narcissists?|monsters?|psychos?|losers?|liars?|snakes?|users?|players?|heartless|evil|toxic|clueless|incompetent|morons?|cowards?|trash|garbage|pigs?|fake|frauds?|selfish|cruel|spineless|heartless|soulless|bullies|a bully|manipulators?|hypocrites?|vultures?|leech(?:es)?|parasites?|brats?|control freaks?|bitter (?:wo)?man|cold (?:wo)?man)\b`,
  ),
  rule(
    ['labeling', 'emotional-reasoning'],
    0.5,
    String.raw`\bi feel (?:like )?(?:(?:such|a|an|so|complete|total|utter|the biggest)\s+)*(?:failure|loser|idiot|joke|burden|fraud|fake|impostor|imposter|reject|disappointment|nobody)\b`,
  ),

  // A verdict said as a sentence of its own: "Fraud. That's the word for me", "...pathetic."
  rule(
    'labeling',
    0.68,
    String.raw`(?:^|[.!?]\s+)(?:(?:what|such)\s+an?\s+|(?:a\s+)?(?:total|complete|utter)\s+|just\s+)?(?:pathetic|fraud|loser|failure|idiot|unlovable|unloveable|worthless|useless|coward|snake|leech|parasite|manipulator|narcissist|liar|hypocrite|vulture|psycho|creep|joke|disgrace|embarrassment|reject|nobody|freak|moron|waste of space)\s*(?:[.!]|,\s+that'?s\s+(?:the|what|who|me|it)|$)`,
  ),
  rule('labeling', 0.6, String.raw`\b(?:see|sees|saw|seeing)\s+(?:a|an|just\s+a)\s+(?:${SELF_NOUNS})\b`),

  // A role or kind instead of a person: "I'm just the backup", "that's what I am".
  rule(
    'labeling',
    0.62,
    String.raw`\bi'?m\s+(?:just\s+|obviously\s+|clearly\s+|officially\s+)?the\s+(?:backup|spare|disappointing\s+one|odd\s+one\s+out|family\s+failure|weakest\s+link|problem|difficult\s+one|boring\s+one|ugly\s+one)\b|\bi'?m\s+(?:just\s+)?the\s+(?:kind|type|sort)\s+of\s+(?:person|guy|girl|man|woman)\s+(?:people|who|that|nobody|no\s+one)\b|\bthat'?s\s+(?:just\s+)?what\s+i\s+am\b|\bfundamentally\s+(?:un\w+|broken|flawed|boring|unlovable)\b|\b(?:you|i)\s+really\s+(?:are|am)\s+(?:hopeless|useless|pathetic|a\s+\w+)\b|\ba\s+disgrace\b|\b(?:is|are)\s+run\s+by\s+idiots\b|\ba\s+(?:cheat|liar)\s+and\s+a\s+(?:cheat|liar)\b|\bi'?m\s+the\s+only\s+one\s+who'?s\s+(?:this\s+)?(?:pathetic|useless|stupid|broken|boring)\b|\bneeding\s+(?:people|anyone|help)\s+is\s+(?:weak|pathetic)\b|\b(?:a\s+)?dis+ap+ointment\b`,
  ),

  // ── overgeneralizing: one event read as a rule for all time or all people
  rule(
    'overgeneralizing',
    0.7,
    String.raw`\b(?:recruiters|employers|companies|men|women|guys|girls|people|friends|managers|bosses|interviewers|hiring managers|exes|dates)\s+(?:\w+\s+)?(?:never|always|only ever|only)\b`,
    { unless: /\bsome (?:recruiters|employers|companies|men|women|guys|girls|people|friends)\b/ },
  ),
  rule(
    ['fortune-telling', 'overgeneralizing'],
    0.45,
    String.raw`\b(?:whatever|no matter what|no matter how (?:hard|much)) (?:i|you) (?:do|try|say|change)\b`,
  ),
  // "Why would anyone ever want me?": a rhetorical question standing for "nobody would".
  rule(
    'overgeneralizing',
    0.62,
    String.raw`\b(?:why|who) (?:would|could|will) (?:anyone|anybody|somebody|someone|they|a company|an employer|any (?:\w+ )?(?:one|company|employer|man|woman|guy|girl|person|recruiter))? ?(?:ever |even |possibly |actually )?(?:want|love|like|hire|choose|pick|date|care about|stay with|listen to|invite|be with|marry|miss) (?:me|someone like me|a person like me)\b`,
  ),
  rule(
    ['overgeneralizing', 'all-or-nothing'],
    0.74,
    String.raw`\b(?:i|you)\s+(?:\w+\s+){0,2}?(?:everything|anything|all) (?:i|you) (?:touch|do|try|say|start|make|attempt|write|cook|plan)\b`,
  ),
  rule(
    'overgeneralizing',
    0.74,
    String.raw`\b(?:i|you|we)\s+(?:just\s+)?never\s+(?:\w+\s+)?(?:anything|anyone|anybody|anywhere|any \w+)\b`,
    { keepNegated: true },
  ),
  rule(
    'overgeneralizing',
    0.74,
    String.raw`\bthis is (?:how|what) (?:it|every \w+|things|my \w+|it always|always) (?:always )?(?:goes|ends|works|happens)\b|\b(?:like|same as) (?:all|every one of) (?:the others|the rest|them)\b|\b(?:like|as) (?:it )?always\b`,
  ),
  rule(
    'overgeneralizing',
    0.82,
    String.raw`\b(?:this|it|that|the same thing|stuff like this)\s+(?:always|just always|keeps?)\s+(?:happens?|happening|ends?|goes|turns out)\b|\bstory of my life\b|\bhere we go again\b|\b(?:again and again|over and over|time after time|every single time|each and every time)\b|\bhappens every time\b|\bit'?s always me\b|\balways the same\b|\byet again\b`,
    {
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
  ),
  rule(
    'overgeneralizing',
    0.74,
    String.raw`\b(?:i|you|we)\s+(?:just\s+)?never\s+(?:get|find|win|land|make|do|say|have|seem|meet|hear|know|fit|belong|catch|succeed|manage|keep|stop)\b`,
    { keepNegated: true },
  ),
  rule(
    'overgeneralizing',
    0.66,
    String.raw`\bevery (?:single )?(?!day\b|morning\b|night\b|week\b|weekend\b|now\b|other\b|bit\b|step\b|month\b|year\b)[a-z]+\b`,
    { needs: HURT_RE },
  ),
  rule('overgeneralizing', 0.72, String.raw`\b(?:every\s*time|everytime|whenever)\b`, {
    needs: HURT_RE,
    unless:
      /\bevery ?time i (?:see|talk to|hug|hear from|think of) (?:you|her|him|them|my)\b[^.]*\b(?:smile|happy|better|glad|grateful|laugh)/,
  }),
  rule('overgeneralizing', 0.72, String.raw`\b(?:always|constantly|forever)\b`, {
    needs: HURT_RE,
    unless:
      /\b(?:always (?:been|be) (?:kind|there|supportive|good|nice|honest|so|proud|loved|welcome|happy to)|always loved|always liked|always here|(?:you|they|she|he|it) (?:can|could) always|almost always|not always|isn'?t always|doesn'?t always|don'?t always|always wanted to (?:try|visit|learn|see|go)|as always|like always, (?:she|he|they) (?:was|were) (?:kind|great))/,
  }),
  rule('overgeneralizing', 0.74, String.raw`\bnever\b`, {
    needs: HURT_RE,
    unless:
      /\b(?:(?:he|she|they|it|the \w+|my \w+|(?:he|she|they|i) just|i) never (?:(?:even|actually|once)\s+)?(?:heard|replied|responded|called|texted|wrote|answered|showed|came|got back|got a|said|gave|told|explained|followed|sent|invited|asked|read|opened|acknowledged|returned|arrived|happened|confirmed|heard back)\b(?![^.]*\b(?:ever|anyone|anybody|nobody|always|no one)\b)|never mind|never been (?:to|on|abroad)|never tried|(?:\bi'?ve|\bi have) never (?:done|tried|been|had) (?:this|that|it) before|never too late|never hurts|never say never|never forget (?:how|that|when) (?:she|he|they|you)|some \w+ never|some (?:people|companies|recruiters|employers|guys|men|women))\b/,
  }),
  rule(
    'overgeneralizing',
    0.72,
    String.raw`\b(?:nobody|no one|no-one|noone|not one (?:person|company|recruiter|employer|guy|girl|friend|single)|not a single (?:person|company|one|recruiter|employer|guy|girl|friend)|no company|no employer|no man|no woman|no guy|no girl|none of (?:them|my friends|the companies))\b`,
    {
      needs:
        /\b(?:lik\w*|want\w*|car\w*|lov\w*|call\w*|text\w*|repl\w*|respond\w*|notic\w*|listen\w*|hir\w*|invit\w*|ask\w*|understand\w*|will|would|'ll|ever|gets? me|remember\w*|miss\w*|choos\w*|chose|pick\w*|sees? me|see me|interest\w*|talk\w*|check\w*|came|come|show\w*|stay\w*|wants? me|respect\w*|trust\w*|believe\w*|appreciat\w*|value\w*|answer\w*|bother\w*|give\w* me|gave me|help\w*|reach\w* out|keep\w*|can stand|could stand|date|be with|am i|is ever|has ever|had ever)\b/,
      unless:
        /\byet\b|\bso far\b|\bfor now\b|\b(?:nobody|no one) (?:was|got) (?:hurt|injured|home|there|around|in the office|answering the phone because)\b|\bno one (?:else )?(?:is|was) (?:to blame|at fault)\b/,
    },
  ),
  rule(
    'overgeneralizing',
    0.68,
    String.raw`\b(?:everyone|everybody|the whole (?:world|team|office|class|group|family))\b`,
    {
      needs:
        /\b(?:hat\w*|leav\w*|left|ignor\w*|reject\w*|laugh\w*|think\w*|thinks|judg\w*|against|sick of|tired of|annoy\w*|abandon\w*|forg\w*|mov\w* on|turns? away|walks? away|avoid\w*|can see|knows?|dislik\w*|better|always|never|leaves|gets? (?:chosen|picked|hired|invited)|bor\w*|pit\w*|tolerat\w*|talk\w* about me|noticed|saw)\b/,
      unless:
        /\bhey everyone\b|\b(?:for|to|like|with) everyone\b|\bhappens to everyone\b|\beveryone (?:gets|goes through|feels|struggles)\b|\beveryone (?:was|has been|is) (?:kind|nice|lovely|supportive|great|wonderful|helpful)|\beveryone makes mistakes\b|\beveryone gets rejected\b|\beveryone (?:has|goes through) (?:bad|off|hard)\b/,
    },
  ),
  rule(
    'overgeneralizing',
    0.7,
    String.raw`\b(?:all|every|every single)\s+(?:the\s+)?(?:men|women|guys|girls|people|recruiters|employers|companies|managers|bosses|my (?:friends|relationships|exes|dates|applications|interviews)|relationships|friendships|dates|friends|interviews|applications|jobs|one of them)\b`,
    {
      needs: HURT_RE,
    },
  ),
  rule(
    ['overgeneralizing', 'all-or-nothing'],
    0.62,
    String.raw`\b(?:nothing|none of it|nothing i do)\s+(?:ever\s+)?(?:\w+\s+)?(?:works?|goes? right|went right|ever works|is ever|turns out|matters|helps|changes|is good enough|is enough|was ever)\b|\bi can'?t do anything right\b|\bi (?:can'?t|never) (?:do|get) anything right\b|\bi'?m not good at anything\b|\bi'?m (?:good|bad) at (?:nothing|everything)\b`,
    { keepNegated: true },
  ),

  // A pattern for life, in other words: "this is just how it goes for me", "every time".
  rule(
    'overgeneralizing',
    0.62,
    String.raw`\bthis\s+is\s+(?:just\s+)?(?:how\s+it\s+(?:always\s+)?goes\s+for\s+me|who\s+i\s+am|what\s+always\s+happens)\b|\bwhatever\s+i\s+do\s+(?:it'?s|is)\s+wrong\b|\bmy\s+(?:whole|entire)\s+life\s+is\s+(?:one\s+long|just\s+one)\b|\bevery\s*time\b\s*[.!]?\s*$|\b(?:literally\s+)?every\s+(?:guy|man|woman|girl|door|company|job|friend|date|person)\s+(?:\w+\s+){0,3}(?:does|do|did|stays|ends|turns|leaves|says)\b|\bas\s+per\s*[.!]?$|\bi\s+ruin\s+everything\b|\bnothing\s+i\s+(?:try|do)\s+(?:ever\s+)?(?:works|goes)\b|\bbad\s+at\s+everything\b|\b(?:nobody|no\s+one)\s+(?:in\s+this\s+\w+\s+)?(?:has\s+)?ever\s+(?:\w+\s+){0,3}(?:and\s+(?:nobody|no\s+one)\s+ever\s+will)\b|\bwhy\s+i\s+keep\s+bothering\b`,
  ),

  // ── fortune-telling: the future told as a fact, always a bad one
  rule(
    ['fortune-telling', 'emotional-reasoning'],
    0.6,
    String.raw`\b(?:i|i'?ve|you) (?:just |already |really )?(?:have|got|get|'ve got) (?:a|this) (?:bad|sinking|horrible|awful|terrible|nasty) feeling\b|\bi can already (?:tell|see)\b`,
    { keepNegated: true },
  ),
  rule(
    'fortune-telling',
    0.62,
    String.raw`\b(?:i just know it|deep down i know|i can just tell|mark my words)\b`,
  ),
  rule(
    'fortune-telling',
    0.78,
    String.raw`\b(?:i|you)\s*(?:won'?t|will not|am not going to|'m not going to|'m never going to|am never going to|'re not going to|are not going to)\s+(?:ever\s+|even\s+)?(?:get|find|be|make|land|pass|have|win|hear|meet|manage|succeed|recover)\b`,
    {
      keepNegated: true,
      unless: /\bwon'?t (?:be (?:long|here|there|in|at|available)|have time|make it (?:to|tonight|today))\b/,
    },
  ),
  rule(
    'fortune-telling',
    0.8,
    String.raw`(?:\b${F_SUBJ}\s*(?:'s|'re|'m|is|are|am)?\s*${FUTURE}|\b[a-z]+(?:'ll|'s going to|'re going to)|\b(?:will|won'?t|is going to|are going to|am going to|gonna|going to)(?=\s))\s+(?:\w+\s+){0,5}?${F_BAD}\b`,
    {
      keepNegated: true,
      unless:
        /\b(?:i hope|i'?ll (?:try|see|ask|check|call|email|write|send|apply)|won'?t (?:let|make the same|give up|stop|quit)|never (?:again )?(?:give up|stop trying)|won'?t be (?:long|here|there|in|at|available|able to make)|won'?t (?:mind|hurt to)|(?:i|you) (?:will|'ll) (?:not|never) (?:let|give up))\b/,
    },
  ),
  rule(
    'fortune-telling',
    0.8,
    String.raw`\b(?:i|you)\s*(?:'ll|will)\s+(?:just\s+)?(?:never|always|forever)\b`,
    {
      keepNegated: true,
      unless:
        /\b(?:i'?ll always (?:remember|love|be grateful|cherish|be there)|i'?ll never forget (?:how|what|that|the (?:kindness|way)))\b/,
      gate: ['never', 'always', 'forever'],
    },
  ),
  rule(
    ['fortune-telling', 'overgeneralizing'],
    0.8,
    String.raw`\b(?:nobody|no one|no-one|noone|no company|no employer|no recruiter|no man|no woman|no guy|no girl|not one \w+|nothing)\s*(?:is |are |'s )?(?:ever\s+)?(?:will|'ll|is going to|'s going to|going to|gonna|are going to|would ever)\b`,
  ),
  rule(
    'fortune-telling',
    0.82,
    String.raw`(?:\b[a-z]+'ll|\bwill|\bis going to|\bare going to|\b[a-z]+'s going to|\bgonna)\s+(?:\w+\s+)?(?:never|not ever)\b`,
    { keepNegated: true, unless: /\bnever (?:forget (?:how|what|that|the)|give up|stop trying)\b/ },
  ),
  rule(
    'fortune-telling',
    0.82,
    String.raw`\b(?:i|you) (?:just )?know (?:that )?(?:i|they|he|she|it|this|nobody|no one|you|we)(?:'ll| will| won'?t| are going to|'re going to| is going to|'s going to|'m going to| am going to)\b|\bthere'?s no (?:way|chance) (?:i|they|he|she|anyone|anybody|it|this|you)\b|\b(?:i|you) (?:don'?t|do not|won'?t) (?:even )?stand a chance\b|\bno chance (?:i|they|of)\b|\b(?:doomed|bound to fail|destined to (?:fail|be alone|be single|lose)|never stood a chance)\b`,
    { keepNegated: true },
  ),
  rule(
    ['fortune-telling', 'all-or-nothing'],
    0.58,
    String.raw`\b(?:what'?s|what is|there'?s|there is|is there) (?:even )?(?:the |no |any )?point\b|\bwhy (?:even )?bother\b`,
    { keepNegated: true },
  ),
  rule('fortune-telling', 0.62, String.raw`\bwhat if\b`, {
    unless:
      /\bwhat if i (?:just |simply )?(?:ask|try|tried|apply|applied|reach out|text|call|email|tell|said|take|look|go|wait|treat)\b|\bwhat if (?:it|this|they|he|she) (?:works?|goes well|likes?|says? yes)\b/,
  }),
  rule('fortune-telling', 0.2, String.raw`\bwhat if\b`, {
    needs:
      /\b(?:will|'ll|won'?t|never|again|don'?t|doesn'?t|didn'?t|fail\w*|reject\w*|say no|says no|said no|hate|laugh|leave|lose|fired|alone|forever|nobody|no one|wrong|mess|screw|bad|think i|find out|realize|embarrass\w*|ghost\w*|ignore\w*|turn\w* me down|end up|worse|disaster|never|not)\b/,
  }),
  rule(
    'fortune-telling',
    0.72,
    String.raw`\b(?:it|this|that|things|my life|life|nothing)\s*(?:'s|is)?\s*(?:never|not) (?:going|gonna) to (?:work|change|get better|happen|improve|end|be (?:different|okay|ok|fine))|\b(?:i|you)(?:'m| am|'re| are) (?:never|not ever) going to\b`,
    { keepNegated: true },
  ),

  // The bad future, in other words: "no point applying, I know how it ends".
  rule(
    'fortune-telling',
    0.62,
    String.raw`\bno\s+point\s+(?:in\s+)?(?:applying|going|trying|asking|bothering|texting|replying)\b|\b(?:i\s+)?(?:can\s+)?(?:already\s+)?(?:picture|see|know|guess)\s+how\s+(?:that|it|this)\s+(?:goes|ends|will\s+go|will\s+end)\b|\b(?:scared|afraid|terrified|sure|certain)\s+(?:that\s+)?i'?ll\s+(?:be\s+alone|never|end\s+up|always|die\s+alone)\b|\b(?:going\s+to|gonna)\s+be\s+disappointed\s+in\s+me\b|\balways\s+going\s+to\s+be\b|\bthe\s+end\s+of\s+me\s+ever\b|\bever\s+(?:trusting|loving|dating)\s+(?:anyone|again)\b|\b(?:will|'ll)\s+(?:know|find\s+out|hear\s+about\s+it)\b[^.!?]{0,30}\b(?:pity|laugh|judge|talk)\b`,
  ),

  // ── mind-reading: knowing what others think without being told
  rule(
    'mind-reading',
    0.7,
    String.raw`\b(?:he|she|they|everyone|people|(?:my|the) (?:[a-z]+ )?[a-z]+)(?:'d|'s|'ve| had| has| have)?\s+(?:already\s+|clearly\s+|obviously\s+|probably\s+|totally\s+)*(?:written me off|given up on me|made up (?:his|her|their) minds? about me|decided against me|seen through me|figured me out|lost (?:all )?respect for me)\b`,
  ),
  rule(
    'mind-reading',
    0.55,
    String.raw`\b(?:gave|gives|giving) me (?:a|that|this|the) (?:look|face|side-eye|side eye)\b`,
  ),
  rule(
    'mind-reading',
    0.72,
    String.raw`\b(?:looked|looks|seemed|seems|sounded|sounds|was acting|is acting)\s+(?:so |really |a bit |kind of |kinda )?(?:worried|concerned|annoyed|disappointed|bored|unimpressed|disgusted|angry|upset|off|weird|distant|cold|uncomfortable|irritated)\b[^.]{0,30}\b(?:so|which means|that means|must|obviously|clearly)\b|\b${OTHERS}\s+(?:was|were|is|are|kept|keeps)\s+(?:\w+\s+)?(?:judging|staring at|looking at|laughing at|whispering about|talking about|smirking at|rolling (?:their|his|her) eyes at) (?:me|my|what i|how i)\b`,
  ),
  rule(
    'mind-reading',
    0.7,
    String.raw`\bbecause (?:he|she|they|everyone|people) (?:\w+ )?(?:feel|felt|feels) (?:obligated|sorry for me|bad for me|guilty|they have to|like they have to|pity)\b|\b(?:only|just) (?:keep|keeps|kept|invite|invites|invited|tolerate|tolerates|include|includes|included|talk to|talks to) me\b[^.]{0,40}\b(?:because|out of|since)\b`,
  ),
  rule(
    'mind-reading',
    0.6,
    String.raw`\b(?:he|she|they|everyone)\s*(?:'s|is|'re|are|was|were|must be|seems?)\s+(?:so\s+|really\s+|probably\s+|definitely\s+)?(?:mad|angry|upset|annoyed|disappointed|pissed|furious|cross|fed up)\s+(?:at|with) me\b`,
    { unless: /\b(?:said|told me|wrote|texted|yelled|admitted)\b/ },
  ),
  rule(
    'mind-reading',
    0.8,
    String.raw`\b${OTHERS}\s+(?:(?:probably|must|obviously|clearly|definitely|surely|secretly|all|just|really|already|now|still|always|totally)\s+)*(?:think|thinks|thought|believes?|believed|sees?|saw|feels?|felt|finds?|found|knows?|knew|decided|considers?|considered|view|views|wonder|wonders|could tell|can tell|could see|can see|noticed|realized|realised|figured out|wish|wishes|wished|regrets?|regretted)\s+(?:that\s+|how\s+|me\s+(?:as|to be)\s+)?(?:i\b|i'?m|me\b|my\b|i'?d|i'?ve|you\b|you'?re)`,
    {
      unless:
        /\b(?:said|told me|wrote|mentioned|explained|according to|in (?:the|her|his|their) (?:email|feedback|review|message)|asked me|feedback said|let me know)\b/,
    },
  ),
  rule(
    'mind-reading',
    0.78,
    String.raw`\b${OTHERS}\s+(?:must|probably|obviously|clearly|definitely|surely|secretly)\s+(?:(?:have|be|all|really|just)\s+)*(?:hate|hates|hated|dislike|think|thinks|thought|laughing|bored|annoyed|judging|disgusted|sick|tired|embarrassed|disappointed|regret\w*|wish|upset|mad|angry|hurt|fed up|done|over|furious|cheating|lying|seeing someone|hiding|pretending|losing interest|planning|about to|trying to|looking for|relieved|glad|pity|pitying|find|found|see|know|talking|avoiding|ignoring|want|wanting|prefer|like|liked|decided)\b`,
    { unless: /\b(?:said|told me|wrote|mentioned|according to)\b/ },
  ),
  rule(
    'mind-reading',
    0.64,
    String.raw`\b${OTHERS}\s*(?:(?:all|just|really|secretly|clearly|obviously|totally|kind of|kinda)\s+)*(?:hates?|hated|dislikes?|can'?t stand|couldn'?t stand|(?:is|are|was|were|'s|'re)\s+(?:\w+\s+)?(?:so )?(?:sick|tired|bored|ashamed|embarrassed|disgusted) (?:of|by|with)|(?:doesn'?t|don'?t|didn'?t|did not|does not|do not) (?:really |even |actually )?(?:like|want|care about|respect|trust|value|rate|take|enjoy|need|miss)|never (?:really )?wanted|never (?:really )?liked|(?:only|just) (?:pity|pities|tolerate|tolerates|put up with)|(?:is|are|was|were) (?:laughing|talking|gossiping) about|judg(?:es|ing|ed)|resents?|look(?:s|ed)? down on|laugh(?:s|ed)? at|(?:is|are|was|were) avoiding|(?:is|are|was|were) done with) me\b`,
    { unless: /\b(?:said|told me|wrote|mentioned|explained|according to|admitted|yelled)\b/ },
  ),
  rule(
    'mind-reading',
    0.76,
    String.raw`\b(?:i|you) (?:can|could) (?:just )?(?:tell|see|sense) (?:that |how |from (?:her|his|their) (?:face|tone|eyes|voice)\s*(?:that )?)?${OTHERS}\b|\b(?:i'?m|i am) (?:sure|certain|positive) (?:that )?${OTHERS}\s+(?:think|thinks|hate|hates|is|are|was|were|found|find|saw|see|don'?t|doesn'?t|didn'?t|must|wished?)\b|\b(?:behind my back|laughing at me|talking about me|judging me|they see right through me|(?:he|she|they) (?:saw|sees|see) right through me)\b`,
  ),
  rule(
    'mind-reading',
    0.72,
    String.raw`\b(?:didn'?t|doesn'?t|don'?t|hasn'?t|haven'?t|won'?t|never)\s+(?:\w+\s+){0,2}?(?:reply|replied|text|texted|call|called|answer|answered|respond|responded|write|wrote|invite|invited|ask|asked|say hi|wave|waved|look|looked)\w*\s+(?:\w+\s+){0,3}?because\s+(?:he|she|they|everyone|people|the \w+)\s+(?:\w+\s+){0,2}?(?:think|thinks|thought|hate|hates|don'?t|doesn'?t|didn'?t|must|find|found|realized|lost interest|are|is|was|were|want|wants|decided|know|knew|saw)\b`,
  ),
  rule(
    'mind-reading',
    0.7,
    String.raw`\b(?:means|meant|shows|showed|proves|proved|tells me)\s+(?:that\s+)?(?:he|she|they|everyone|nobody|no one|my (?:friends?|ex|boss|partner|date|manager|family|parents|mom|dad|team))\s*(?:(?:'s|is|are|'re|was|were)\s+(?:\w+\s+)?(?:done|over|not interested|bored|annoyed|angry|mad|upset|disappointed|tired|sick|embarrassed|ashamed|ignoring|avoiding|pulling away|losing interest|seeing someone)|doesn'?t|don'?t|didn'?t|hates?|thinks?|thought|never|wants?|lost interest|must)\b`,
  ),
  rule(
    'mind-reading',
    0.7,
    String.raw`\b(?:they|he|she|everyone|people|the (?:interviewer|recruiter|panel|team)|my \w+)\s*(?:'re|are|is|'s|will|'ll)\s+(?:\w+\s+)?(?:going to|gonna)?\s*(?:think|see|notice|realize|realise|find out|judge|decide)\s+(?:that\s+)?(?:i\b|i'?m|me\b|how)`,
  ),
  rule(
    ['mind-reading', 'disqualifying-positive'],
    0.62,
    String.raw`\b(?:they|he|she|you|the \w+)\s+(?:only|just)\s+(?:invited|hired|asked|picked|kept|chose|promoted|included|texted|called|replied to|said yes to|agreed to see|interviewed) (?:me|us)(?:\s+\w+){0,4}?\s+(?:out of|because of|to be|because they|because he|because she|because it|since)\b`,
  ),
  rule(
    'mind-reading',
    0.6,
    String.raw`\b(?:he|she|they|the interviewer|the recruiter|my boss|my manager|my date|my friend|my friends)\s+(?:was|were|is|are|looked|seemed)\s+(?:so |clearly |obviously |definitely |totally )?(?:bored|annoyed|disgusted|irritated|embarrassed (?:by|for) me|disappointed in me|uninterested|not interested|over me|done with me|put off|turned off|faking it|pretending)\b`,
    { unless: /\b(?:said|told me|wrote|mentioned|admitted|explained)\b/ },
  ),

  // Motives read into what others did: "just being polite", "they're all avoiding me".
  rule(
    'mind-reading',
    0.62,
    String.raw`\b(?:(?:he|she|they|you)\s+(?:was|were|is|are)\s+(?:just|only|simply|obviously|clearly)\s+being\s+(?:polite|nice|kind|friendly|professional)|(?:they'?re|he'?s|she'?s|they\s+are|he\s+is|she\s+is)\s+(?:all\s+)?(?:avoiding|ignoring|dodging|ghosting)\s+me|(?:trying|wanted|wants|want)\s+to\s+get\s+rid\s+of\s+me|(?:had|has|have)\s+it\s+in\s+for\s+(?:me|us)|(?:felt|feel|feels)\s+sorry\s+for\s+me|pity\s+(?:smile|date|invite|laugh|like|interview|hire)|(?:must|must'?ve|must\s+have)\s+(?:been\s+)?(?:dreading|hating|regretting|bored\s+by|sick\s+of|fed\s+up\s+with)|(?:finally\s+)?saw\s+what\s+i'?m\s+(?:really\s+)?like|(?:which|that|this)\s+(?:obviously\s+|clearly\s+)?means\s+(?:he|she|they)'?(?:s|re|\s+is|\s+are|\s+was|\s+were|\s+has|\s+have)?\s+(?:been\s+)?(?:trying|annoyed|done|bored|over|sick|tired|avoiding|pulling)|(?:everyone|they|people)\s+(?:\w+\s+){0,3}knows?\s+it\s*(?:[.!]|$)|(?:and\s+)?they\s+know\s+it\b|(?:i'?ve|i\s+have)\s+(?:obviously|clearly)\s+(?:annoyed|upset|offended|bored)\s+(?:everyone|him|her|them))`,
  ),
  rule(
    ['mind-reading', 'disqualifying-positive'],
    0.6,
    String.raw`\b(?:only|just)\s+(?:shortlisted|hired|picked|chose|invited|interviewed|promoted|kept|said\s+yes\s+to|agreed\s+to)\s+(?:me|us)\b[^.]{0,30}\b(?:to\s+(?:tick|fill|meet|make|look|seem)|because|out\s+of|so\s+(?:they|he|she))\b|\b(?:she'?s|he'?s|they'?re)\s+paid\s+to\s+say\s+(?:that|it)\b`,
  ),

  // Motives and verdicts read into others, more ways: "only saying it because I'm upset".
  rule(
    ['mind-reading'],
    0.6,
    String.raw`\b(?:only|just)\s+(?:saying|said|doing|did|went\s+out\s+with\s+me|asked\s+me|invited\s+me|replied)\s+(?:it\s+|that\s+|this\s+)?(?:because|to\s+be\s+(?:nice|kind|polite)|out\s+of\s+pity)\b|\b(?:realised|realized|worked\s+out|figured\s+out)\s+what\s+everyone\s+(?:already\s+)?knows\b|\bso\s+(?:they|he|she)\s+(?:wouldn'?t|didn'?t|don'?t)\s+have\s+to\s+(?:face|see|talk\s+to|deal\s+with)\s+me\b|\b(?:doesn'?t|don'?t|didn'?t)\s+(?:need|have)\s+to\s+say\s+it\b|\b(?:read|saw|opened)\s+my\s+(?:message|text|email)\s+and\s+thought\b|\bi\s+(?:just\s+)?knew\s+it\s+was\s+(?:at|about|because\s+of)\s+(?:me|my)\b|\btook\s+one\s+look\s+at\s+(?:me|my\s+\w+)\s+and\s+decided\b|\bclearly\s+(?:didn'?t|doesn'?t|did\s+not)\s+want\s+(?:a|an|someone|me)\b|\bcounting\s+the\s+minutes\b|\b(?:they|he|she)'?ll\s+have\s+(?:flagged|marked|labelled|labeled|written\s+me\s+off|noted)\b`,
  ),

  // ── emotional reasoning: a feeling taken as proof
  rule(
    'emotional-reasoning',
    0.8,
    String.raw`\bbecause (?:i'?m|i am|i feel|i felt|i was)\s+(?:so\s+|really\s+)?[a-z]+,?\s+(?:he|she|they|it|this|i|everyone|something|there)\s*(?:must|has to|have to|'s got to|is|are|'s|'re)\b`,
  ),
  rule(
    'emotional-reasoning',
    0.78,
    String.raw`\b(?:i|you) (?:feel|felt)\b[^.]{0,50}\b(?:i must be|i'?m obviously|i really am|so i am|i guess i am|i must really be|so i must)\b`,
  ),
  rule(
    ['mind-reading', 'emotional-reasoning'],
    0.66,
    String.raw`\b(?:i|you) (?:get|got|have|had|'ve got) (?:the|this|a) (?:feeling|sense|impression|vibe) (?:that )?(?:he|she|they|everyone|people|my \w+|the \w+)\b`,
  ),
  rule(
    'emotional-reasoning',
    0.86,
    String.raw`\bbecause (?:i|you) (?:feel|felt)\b|\b(?:i|you) (?:feel|felt)\s+(?:[\w']+,?\s+){1,4}?(?:so|therefore|which means|that means|it means|so it means|so that means|and that means|that proves|which proves)\s+(?:i|it|this|they|he|she|everyone|nobody|no one|something)\s*(?:'m|'s| am| is| must| are| was| were|'re| should| will|'ll| really| probably| don'?t| doesn'?t| can'?t| have| has)\b|\b(?:it|this) (?:feels|felt) (?:so )?(?:true|real|like a sign|wrong|hopeless)\b[^.]{0,40}\b(?:so|therefore|must|which means|it is|it'?s)\b|\b(?:i|you) (?:feel|felt)\b[^.]{0,40}\b(?:must mean|so it must|that must mean|it must be true|which proves|that proves)\b|\b(?:it|this|everything) (?:feels|felt) like\b[^.]{0,60}\b(?:so|therefore|which means|that means)\b|\bmust be true\b|\b(?:the|this) feeling (?:tells|told|proves|proved|means|shows|showed) (?:me )?\b|\bif (?:i|you) feel (?:this|so|that)\b`,
  ),
  rule(
    'emotional-reasoning',
    0.8,
    String.raw`\b(?:i'?m|i am|i was|i feel|i felt)\s+(?:so\s+)?(?:anxious|nervous|scared|afraid|embarrassed|ashamed|guilty|stupid|worthless|ugly|unlovable|jealous|insecure|uneasy|bad|awful|terrible|hopeless|like a failure|like an idiot|uncomfortable|awkward|rejected|unwanted|useless)\b[^.]{0,30}?\b(?:so|which means|that means|it means|then|therefore)\s+(?:i|it|something|this|they|he|she|everyone|there)\s*(?:'m|'s| am| is| must| are| was| were|'re| should| will|'ll| really| probably| don'?t| doesn'?t| didn'?t| can'?t|'d| would)\b`,
  ),
  rule(
    'emotional-reasoning',
    0.62,
    String.raw`\b(?:my gut (?:says|tells me|is telling me|knows)|i (?:just )?know it in my (?:gut|bones|heart)|i can feel (?:it|that)|it just feels (?:true|like)|i feel it in my (?:gut|bones))\b`,
  ),
  rule(
    'emotional-reasoning',
    0.56,
    String.raw`\b(?:i|you) (?:feel|felt) like (?:(?:nobody|no one|everyone|everybody|they|he|she|people|my \w+) (?:\w+ ){0,2}?(?:hates?|cares?|wants?|likes?|thinks?|sees?|notices?|would|will|ever|is|are|doesn'?t|don'?t|never|always|better)|(?:i'?ll|i will|i'?m never|i am never|i can'?t|i'?ll never|i never|i always|i don'?t (?:belong|matter|fit)|i'?m (?:a|not|the|always|never|so|worthless|invisible|nothing|too)|it'?s (?:all )?my fault|it'?s hopeless|it'?s over|there'?s no|nothing|the (?:whole )?world|a (?:failure|burden|loser|joke|fraud|nobody))\b)`,
  ),
  rule(
    'emotional-reasoning',
    0.52,
    String.raw`\b(?:it|this|everything) (?:feels|felt|seems) like (?:everyone|nobody|no one|the (?:whole )?world|i'?m|i am|i'?ll|i will|they)\b`,
  ),

  // A feeling, then a conclusion drawn from it: "I feel X, so Y", "feelings don't lie".
  rule(
    'emotional-reasoning',
    0.66,
    String.raw`\b(?:i|you)\s+(?:\w+\s+)?(?:feel|feels|felt|feeling)\b[^.!?]{0,60}?\b(?:so\s+(?:obviously|clearly|i\s+guess|i\s+must|i\s+obviously|i\s+am|it\s+must|it'?s|it\s+is|they|he|she|no\s+one|nobody|everyone|i\s+don'?t|i\s+just\s+don'?t|that'?s)|which\s+(?:means|tells\s+me|proves|shows)|that\s+means|it\s+means|must\s+mean|therefore|that\s+settles\s+it|and\s+that'?s\s+(?:just\s+)?(?:how\s+it\s+is|the\s+truth)|so\s+that'?s\s+the\s+truth)\b|\bfeels?\s+like\b[^.!?]{0,50},\s*so\s+(?:they|he|she|it|i)\s+(?:have|has|am|is|are|do|does|must)\b`,
  ),
  rule(
    'emotional-reasoning',
    0.66,
    String.raw`\b(?:my\s+(?:anxiety|gut|heart|instinct|instincts|fear|fears|body|nerves))\s+(?:tells?|says?|is\s+telling|knows?)\b|\b(?:feelings|my\s+feelings|emotions|my\s+gut|my\s+anxiety|my\s+instincts?)\s+(?:don'?t|do\s+not|never|doesn'?t|is\s+never|are\s+never)\s+(?:lie|wrong)\b|\bi\s+(?:just\s+)?know\s+it\s+in\s+my\s+(?:gut|bones|heart)\b`,
  ),
  rule(
    'emotional-reasoning',
    0.62,
    String.raw`\b(?:because|since|as)\s+i'?m\s+(?:so\s+|really\s+)?(?:anxious|scared|nervous|afraid|worried|terrified|dreading|uneasy|sad|low|down)\b[^.!?]{0,40}\b(?:it'?s|it\s+(?:must|will|is)|must|obviously|clearly|going\s+to|means)\b|\bi'?m\s+(?:so\s+|really\s+)?(?:anxious|scared|nervous|afraid|worried|terrified|uneasy)\b[^.!?]{0,20}?,?\s+so\s+(?:something|it|this|they|he|she|i)\b[^.!?]{0,40}\b(?:must|will|'ll|going\s+to)\b`,
  ),

  // ── should statements: rigid rules about how oneself or others must be
  rule(
    'should-statements',
    0.86,
    String.raw`\b(?:i|you|we)\s+(?:really\s+)?(?:should'?ve|should have|shoulda|shouldn'?t have|should not have|ought to have)\b`,
    {
      keepNegated: true,
      unless:
        /\b(?:should (?:have|'ve) (?:heard|received|arrived|gotten back|got back|been (?:delivered|sent|here|ready))|(?:it|they|he|she|the \w+) should have (?:arrived|come|been))\b/,
    },
  ),
  rule(
    'should-statements',
    0.84,
    String.raw`\b(?:i|you|we)\s+(?:really\s+)?(?:should|ought to|must|need to|have to|am supposed to|'m supposed to|'re supposed to|are supposed to|was supposed to|were supposed to)\s+(?:\w+\s+)?(?:be (?:over|better|further|able|more|married|stronger|happier|fine|past|doing|ok|okay|grateful|thankful|used to|tougher|smarter|perfect|successful|settled|engaged|happy|the best|liked|loved|good enough|enough|independent|handling|coping|able to|on top of|ahead|promoted|earning|making|calmer|thinner|prettier|done)|have (?:a|it|my|kids|everything|figured|gotten over|moved on|known)|know better|not (?:feel|care|need|be (?:upset|sad|hurt|bothered|so))|feel (?:better|fine|grateful|happy|over)|care less|get over|move on|never|always|handle|cope|win|succeed|prove|impress|please everyone|make everyone|not make mistakes|not mess)\b`,
    { keepNegated: true, unless: new RegExp(PLAN) },
  ),
  rule(
    'should-statements',
    0.8,
    String.raw`\b(?:i'?m|i am|i was|you'?re|you are|we'?re|we are)\s+(?:\w+\s+)?supposed to (?:be|have|know|feel|get|want|like|do better|do more)\b|\b(?:a real|a good|any decent|a true|a normal|a decent|a proper|a loving|a grown|an adult|a normal) (?:friend|partner|boyfriend|girlfriend|mother|mom|mum|father|dad|person|boss|manager|company|employer|family|daughter|son|sister|brother|adult|man|woman) (?:would|wouldn'?t|should|shouldn'?t|would have|wouldn'?t have|would'?ve|does|doesn'?t|is|has)\b|\b(?:families|family|friends|partners|parents|people|men|women|relationships|managers|bosses|companies|employers|recruiters|he|she|they|my \w+)\s+(?:are|is|were|was)\s+supposed to\b`,
    { keepNegated: true },
  ),
  rule(
    ['should-statements', 'all-or-nothing'],
    0.8,
    String.raw`\b(?:i|you)\s+(?:must|have to|need to|has to|gotta)\s+(?:\w+\s+){0,5}?or\s+(?:else\s+)?(?:i'?m|i am|i'?ve|i will|i'?ll|it'?s|everything|i'?m nothing|there'?s no|what'?s the)\b`,
  ),
  rule(
    'should-statements',
    0.84,
    String.raw`\b(?:i|you|we)\s+(?:really\s+)?(?:shouldn'?t|should not|mustn'?t|must not)\s+(?:\w+\s+)?(?:feel|be|care|need|still|have to|let|get|cry|want|miss|think|have|mind|take it|make|ask|show|look|seem|admit|complain|fail|mess)\b`,
    { keepNegated: true, unless: new RegExp(PLAN) },
  ),
  rule(
    'should-statements',
    0.8,
    String.raw`\bby now\b|\bat my age\b|\bby (?:thirty|forty|fifty|twenty-\w+|thirty-\w+|\d\d|the time i'?m \w+)\b|\bat (?:\d\d|thirty|forty|fifty|twenty|twenty-\w+|thirty-\w+) i should\b`,
    {
      needs: /\b(?:should|supposed|ought|must|need to|have to|already|still)\b/,
      keepNegated: true,
    },
  ),
  rule(
    ['should-statements', 'blaming'],
    0.72,
    String.raw`\b(?:he|she|they|people|everyone|recruiters|companies|employers|my (?:boss|manager|ex|friends?|family|parents?|mom|mum|dad|partner|sister|brother|team)|the (?:company|recruiter|interviewer|manager|panel|team|hiring manager)|friends|a good friend|a real friend|partners)\s+(?:really\s+|at least\s+|just\s+)?(?:should'?ve|should have|shouldn'?t have|should|shouldn'?t|ought to|owes? me|owed me|had no right|were supposed to|was supposed to|are supposed to|is supposed to)\b`,
    {
      keepNegated: true,
      unless:
        /\b(?:said|told me|wrote|mentioned)\b.*\b(?:should|supposed)\b|\bshould (?:hear|know|get back|be (?:in touch|back|able to|available))\b/,
    },
  ),
  rule(
    'should-statements',
    0.46,
    String.raw`\b(?:i|you|we)\s+(?:really\s+)?(?:should|ought to|must|have to|need to|had to)\b`,
    { unless: new RegExp(PLAN) },
  ),

  // Rules in other words: "need to stop being", "a real professional would", "decent people answer".
  rule(
    'should-statements',
    0.62,
    String.raw`\b(?:i|you)\s+(?:need|have|ought)\s+to\s+(?:stop\s+being|be\s+(?:fine|ok|okay|over\s+it|stronger|tougher|better)|toughen\s+up|get\s+over\s+(?:it|this|him|her))\b|\b(?:he|she|they)\s+needs?\s+to\s+apologi[sz]e\b|\b(?:are|is|were|was)\s+(?:meant|supposed)\s+to\b|\ba\s+(?:real|proper|good|decent)\s+(?:professional|friend|man|woman|adult|partner|person|mother|father|employee|candidate)\s+(?:would|wouldn'?t|does|doesn'?t|never)\b|\ba\s+friend\s+worth\s+having\s+would\b|\b(?:decent|normal|grown|real)\s+(?:people|adults|friends)\s+(?:answer|reply|don'?t|do\s+not|would|wouldn'?t|are|handle)\b|\bhad\s+no\s+business\b|\bshould\s+just\s+give\s+up\b`,
  ),

  // ── personalizing: taking the blame for what wasn't only one's doing
  rule(
    'personalizing',
    0.7,
    String.raw`\b(?:(?:all|100%|entirely|completely|totally|all\s+of\s+it)\s+)?down\s+to\s+me\b|\bi\s+let\s+(?:it|everything|the\s+\w+|us|them|the\s+family)\s+(?:fall\s+apart|fall\s+through|die|go\s+under)\b|\bsomething\s+i\s+(?:did|said|wrote|sent)\b(?!\s+(?:well|right|that\s+(?:helped|worked)))|\bi\s+(?:gave|give)\s+(?:him|her|them)\s+(?:a|every)\s+reason\s+to\s+(?:go|leave|walk\s+away|end\s+it)\b|\bi\s+was\s+the\s+weak(?:est)?\s+link\b`,
  ),
  rule(
    'personalizing',
    0.76,
    String.raw`\b(?:to|i|you)\s+(?:\w+\s+)?(?:push|pushed|drive|drove|driven|scare|scared|chase|chased)\s+(?:him|her|them|people|everyone|everybody|(?:my|the) \w+)\s+away\b|\bi (?:\w+ )?(?:must have |probably |guess i |think i )?(?:did|said) something\b|\bbecause (?:of )?(?:how|what|something|the way) i\b|\b(?:about|over|because of) (?:something|what) i (?:said|did|wrote|texted|sent|posted)\b`,
  ),
  rule(
    'personalizing',
    0.9,
    String.raw`\b(?:it'?s|it is|it was|that'?s|that is|that was|this is|this was|all|everything is|everything was|everything'?s)\s+(?:all\s+|entirely\s+|totally\s+|completely\s+|probably\s+|just\s+|really\s+|definitely\s+)*(?:my|my own)\s+fault\b|\b(?:i'?m|i am|i was)\s+(?:(?:totally|completely|entirely|the one|the only one|always)\s+)*to blame\b`,
    { gate: ['fault', 'blame'] },
  ),
  rule(
    'personalizing',
    0.8,
    String.raw`\bbecause of me\b|\b(?:i'?m|i am|i was)\s+(?:(?:probably|obviously|clearly|definitely|just|always|the one)\s+)*the (?:reason|problem|common denominator|cause|issue)\b|\bit(?:'s| is| was| must be| must have been)\s+(?:(?:always|just|probably|definitely|really)\s+)*(?:me|something (?:about me|i did|i said))\b|\bthe problem is me\b|\b(?:it was|it'?s|that was|it must have been)\s+(?:all\s+|probably\s+|definitely\s+)?(?:my|because of my) (?:\w+ )?(?:that|which|who) (?:caused|ruined|made|broke|killed|sank|lost|wrecked|messed)\b|\bi (?:caused|am the cause of|was the cause of)\b|\bi'?m the problem\b`,
  ),
  rule(
    'personalizing',
    0.8,
    String.raw`\b(?:what|something)\s+(?:did\s+|have\s+)?i\s+(?:do|did|say|said|done)\s+(?:to|that was\s+)?\s*(?:wrong|to (?:deserve|make|cause)|to him|to her|to them)\b|\bi must have (?:done|said|been|sent|come across|messed|seemed|written|looked|sounded|acted|missed)\b|\bwhat'?s wrong with me\b|\bwhy does (?:this|everyone|everybody) (?:always )?(?:happen to|leave|reject|ignore) me\b`,
  ),
  rule(
    'personalizing',
    0.78,
    String.raw`\b(?:i|you)\s+(?:(?:must|probably|definitely|obviously|clearly|just|always|totally|completely|really)\s+)*(?:have\s+)?(?:made|make|makes|caused|cause|drove|drive|pushed|push|scared|scare|chased|chase)\s+(?:him|her|them|everyone|everybody|people|it|things|the (?:team|interviewer|recruiter|client|deal|meeting|date)|my (?:\w+))\s+(?:\w+\s+)?(?:leave|left|angry|upset|mad|lose|lost|fail|go|uncomfortable|awkward|weird|sad|unhappy|pull away|pulled away|away|off|quit|fall apart|fell apart|break up|end it|lose interest|worse)\b`,
    { gate: ['made', 'make', 'caus', 'drove', 'drive', 'push', 'scare', 'chase'] },
  ),
  rule(
    'personalizing',
    0.62,
    String.raw`\b(?:i|you)\s+(?:(?:totally|completely|really|just|always|single-handedly)\s+)*(?:ruined|ruin|wrecked|wreck|destroyed|destroy|sabotaged|sabotage|blew|blow|messed up|mess up|screwed up|screw up|fucked up|f\*+ed up|spoiled)\s+(?:it|everything|things|this|that|the (?:whole|day|night|date|interview|meeting|team|project|deal|party|relationship|friendship|trip|evening|weekend|presentation|pitch|chance)|my (?:chance|chances|relationship|friendship|marriage|family|career|life|future|only chance)|our|us|what we had|it all)\b`,
  ),
  rule(
    'personalizing',
    0.76,
    String.raw`\b(?:it'?s|it is|it was|that'?s|this is|this was)\s+(?:probably\s+|all\s+|just\s+|definitely\s+|obviously\s+|because\s+of\s+me\s+|only\s+)*because\s+(?:of\s+)?(?:i\b|i'?m|i was|me\b|my\b)|\bif (?:i|i'?d) (?:had|hadn'?t|were|was|'d been|had been|been|didn'?t|wasn'?t|weren'?t|'d)\b[^.]{0,60}\b(?:he|she|they|it|we|the \w+|my \w+)\s+(?:wouldn'?t|would not|would'?ve|would have|might not|might have|could have|would still|'d still|would be|'d be)\b|\b(?:then|and)\s+(?:he|she|they|it|we)\s+(?:wouldn'?t|would not|would'?ve|would have|might not|might have)\s+(?:have\s+)?(?:left|gone|cheated|lost|broken up|stopped|ended|ghosted|rejected|said no|moved on|failed|been (?:angry|upset|mad|hurt|sad|unhappy))\b`,
  ),
  rule(
    'personalizing',
    0.75,
    String.raw`\bif only i\b|\b(?:i|you)\s+(?:always\s+|just\s+|totally\s+)?let\s+(?:\w+\s+){1,3}?down\b|\b(?:it|this|everything) (?:is|was|'s) on me\b|\bi brought (?:this|it) on myself\b|\bi'?m responsible for (?:his|her|their|everyone'?s|how)\b|\bi (?:should|could) have (?:stopped|prevented|saved|fixed)\b`,
  ),
  rule(
    'personalizing',
    0.8,
    String.raw`\b(?:${OTHERS}|(?:he|she|they))\s+(?:\w+\s+){0,5}?(?:left|leave|broke up|pulled away|went quiet|stopped (?:talking|texting|replying|calling)|(?:is|was|seemed|seems|looked|sounded|were|are) (?:so |really |a bit |kind of |kinda )?(?:upset|quiet|mad|angry|distant|cold|off|short|annoyed|stressed|tired|sad|grumpy|in a bad mood|disappointed)|ghosted|cancell?ed|didn'?t (?:come|show|reply|call|smile)|lost|failed|got laid off|was laid off|were laid off|fought|argued|divorced|split up)\b[^.]{0,40}\b(?:because of me|because i\b|it'?s on me|my fault|must be me|must have been me|must be something i|must have been something i|i must have|what i did|what i said|i said something|i did something)`,
  ),

  // What others did (or didn't) read as caused by oneself.
  rule(
    'personalizing',
    0.6,
    String.raw`\b(?:right|just)\s+(?:after|when|as)\s+i\s+(?:posted|joined|arrived|walked\s+in|spoke|said|sent|started|showed\s+up)\b|\b(?:it'?s|that'?s|this\s+is)\s+(?:all\s+)?on\s+me\b|\beverything\s+is\s+my\s+fault\b|\bi'?m\s+(?:obviously\s+|clearly\s+|just\s+)?(?:bad\s+luck|cursed|a\s+jinx)\b|\bi\s+(?:knew\s+i'?d|must\s+have|must'?ve)\s+done\s+something\b|\b(?:why\s+else|the\s+only\s+(?:explanation|reason))\b|\bif\s+i'?d\s+(?:just\s+|only\s+)?(?:been|done|said|worked|tried|stayed|looked|acted)\b[^.!?]{0,50}\b(?:(?:she|he|they|it|everyone|the\s+\w+)(?:'d|\s+would))\b|\bbecause\s+(?:of\s+)?(?:how|what)\s+i\s+(?:was|am|did|said)\b|\b(?:drifted|moved\s+on|left|stopped\s+(?:replying|talking|calling)|went\s+quiet|pulled\s+away|split\s+up)\b[^.!?]{0,40}\bbecause\s+i'?m\b`,
  ),

  // ── disqualifying the positive: good news that "doesn't count"
  rule(
    'disqualifying-positive',
    0.7,
    String.raw`\b(?:is|was|'s) nothing\b[^.]{0,50}\b(?:counts|matters)\b|\bis (?:all|the only thing) that (?:counts|matters)\b|\b(?:the only thing|all) that (?:counts|matters) is\b`,
    { gate: ['counts', 'matters'] },
  ),
  rule(
    'disqualifying-positive',
    0.8,
    String.raw`\bonly (?:got|was|were|am|get) (?:\w+ )?(?:promoted|hired|picked|chosen|invited|accepted|asked|offered|selected|shortlisted|called|in|through|the (?:job|role|offer|part|place|spot))\b[^.]{0,20}\b(?:because|since|as)\b|\bbecause (?:they|he|she) (?:couldn'?t find|had no|didn'?t have|had nobody|had no one) (?:anyone|anybody|a better|other|better|one else|else)|\b(?:people|guys|men|women|everyone|they|recruiters|interviewers)\s+(?:always |just |all )?say (?:that|things like that|it to everyone)\b`,
  ),
  rule(
    'disqualifying-positive',
    0.86,
    String.raw`\b(?:doesn'?t|does not|didn'?t|did not|won'?t|wouldn'?t|shouldn'?t) (?:really |even |actually )?count\b|\bdon'?t (?:really |even )?count\b|\bit only counts if\b|\bthat'?s (?:not|nothing) (?:special|impressive|an achievement|a big deal|really an achievement)\b`,
    {
      keepNegated: true,
      unless: /\bcount on\b/,
      gate: ['count', 'special', 'impressive', 'achievement', 'big deal'],
    },
  ),
  rule(
    'disqualifying-positive',
    0.72,
    String.raw`\b(?:that|it|this|the (?:offer|compliment|praise|interview|promotion|raise|award|feedback|callback|second date|date|message|text|invite|invitation)|my (?:raise|award|degree|success|promotion|offer|grades?|score|review))\s+(?:\w+\s+)?(?:doesn'?t|does not|didn'?t|did not|won'?t)\s+(?:really |even |actually )?(?:mean (?:anything|much|a thing|that)|prove (?:anything|much|that)|matter)\b|\b(?:doesn'?t|does not) mean (?:i'?m|i am|i was|that i'?m|that i am) (?:actually |really )?(?:good|smart|talented|any good|capable|qualified|worth|likable|likeable|lovable|loveable|attractive|interesting|ready|liked|wanted)\b`,
    { keepNegated: true },
  ),
  rule(
    'disqualifying-positive',
    0.78,
    String.raw`\b(?:just|only|simply)\s+(?:being\s+)?(?:nice|polite|kind|friendly|professional|courteous|charitable|generous|diplomatic)\b|\b(?:out of|from)\s+(?:pity|obligation|politeness|charity|guilt|sympathy)\b|\bfelt sorry for me\b|\b(?:they|he|she|you) (?:had|have|has) to (?:say|be) (?:that|nice|polite|something)\b|\b(?:say|says|said) that to (?:everyone|everybody|all)\b|\b(?:just|only) saying (?:that|it)\b|\b(?:pity|charity|mercy|sympathy) (?:hire|date|invite|invitation|offer|interview|call|text|like|promotion)\b`,
    { unless: /\bshe was just being nice and i (?:appreciated|liked)/ },
  ),
  rule(
    'disqualifying-positive',
    0.76,
    String.raw`\b(?:it was|that was|i just got|i got|pure|dumb|sheer|just|only|it was just|it was only|total|a stroke of)\s+(?:luck|lucky|a fluke|beginner'?s luck|timing|a mistake|an accident|chance)\b|\banyone (?:could|can|would) (?:have )?(?:do|done|get|gotten|got|have|had|pass|passed|manage|managed)\b|\b(?:that|it) was (?:easy|nothing|a one-off|a one off|different|a low bar|only one)\b[^.]{0,30}\b(?:so|anyway|anyone|doesn'?t|it doesn'?t|not)\b|\b(?:but|yes but|yeah but|sure but|ok but|okay but)\s+(?:that|it)\s+(?:was|'s|is)\s+(?:just|only|easy|nothing|luck|because|different|a fluke)\b|\bthey (?:must have|probably) (?:been|were) desperate\b|\bonly because (?:he|she|they|it) (?:was|were|felt|had) (?:bored|lonely|desperate|drunk|nice|polite|sorry|nothing better|no one else|no other)\b|\b(?:they|he|she) (?:hired|picked|chose|asked|invited|promoted) me because (?:no one|nobody) else\b`,
    { unless: /\bit was just (?:the|a) (?:timing|wrong time)\b/ },
  ),
  rule(
    'disqualifying-positive',
    0.76,
    String.raw`\b(?:only|just)\s+(?:said|say|says|did|asked|invited|hired|called|texted|replied|compliment\w*|prais\w*|liked?|likes|kept|picked|chose|promoted|included|agreed|help\w*|listen\w*|reply|replies|answer\w*)\b[^.]{0,40}\b(?:to be (?:nice|polite|kind)|because|out of|to make me feel|since)\b|\b(?:but|only)\s+(?:it was|that was|it'?s|that'?s)\s+(?:only|just)\s+because\b|\b(?:was|were|'s|is)\s+(?:just\s+|only\s+|pure\s+|dumb\s+|sheer\s+)?(?:luck|a fluke|beginner'?s luck)\b|\bbut\s+(?:that|it|this)\s+doesn'?t (?:really )?mean\s+(?:\w+\s+){0,3}?(?:likes?|liked|wants?|cares?|loves?|respects?|rates?|values?|good|smart|talented|capable|ready|qualified|interested|i'?ll|i will|it'?ll|anything|much)\b`,
    { keepNegated: true },
  ),
  rule(
    'disqualifying-positive',
    0.6,
    String.raw`\b(?:so what if|who cares if|big deal,|sure,? (?:they|he|she|i) (?:said|got|did|was)|one (?:good|nice|kind) (?:thing|comment|review|day|date|interview|message)\s+(?:doesn'?t|does not|won'?t|isn'?t|means nothing))\b`,
    { keepNegated: true },
  ),

  // Good things explained away: "she's paid to say that", "might as well be a fail".
  rule(
    'disqualifying-positive',
    0.64,
    String.raw`\b(?:praised|complimented|liked|offered|called\s+back|got\s+(?:the|a)\s+(?:callback|second\s+interview|interview|offer|job|place|promotion)|got\s+to\s+the\s+(?:final|last)|handled\s+it\s+well|went\s+well|said\s+i\s+(?:did|was|look)\s+\w+)\b[^.!?]{0,30}\b(?:but|though)\b[^.!?]{0,60}\b(?:probably|i\s+bet|just|only|so\s+what|doesn'?t\s+count|means\s+nothing|mistake|filling|paid|polite|pity|doesn'?t\s+matter|same\s+as|might\s+as\s+well|fluke|luck)\b`,
  ),
  rule(
    'disqualifying-positive',
    0.6,
    String.raw`\b(?:just|only)\s+a\s+polite\s+no\b|\bmeans\s+nothing\b|\bmight\s+as\s+well\s+be\s+a\s+(?:fail|no|rejection|failure)\b|\b(?:the\s+)?same\s+as\s+(?:not\s+\w+ing|failing|losing|nothing|a\s+no)\b|\bfilling\s+(?:numbers|a\s+quota|quotas|a\s+slot)\b|\btick\s+(?:a|the)\s+(?:\w+\s+)?box\b|\bnever\s+(?:actually|really)\s+(?:liked|loved|cared\s+about|wanted)\s+(?:me|us)\b|\bwas\s+never\s+(?:really\s+|actually\s+)?(?:my|a)\s+(?:real\s+)?friend\b|\b(?:it\s+)?was\s+all\s+(?:fake|a\s+lie|an\s+act)\b|\b(?:a\s+)?strong\s+fit\b[^.!?]{0,20}\blol\b`,
  ),

  // ── catastrophizing: the worst outcome, as if certain and unbearable
  rule(
    'catastrophizing',
    0.72,
    String.raw`\bfor the rest of my life\b|\bthe end of (?:everything|my world|me)\b|\bnever (?:work|be happy|love|trust anyone|find work|get hired|date|recover)\s+(?:\w+\s+){0,4}?again\b`,
    { gate: ['rest of my life', 'end of', 'again'] },
  ),
  rule(
    'catastrophizing',
    0.76,
    String.raw`\b(?:my (?:whole |entire )?(?:life|career|world|future|family|marriage)|everything|it all)\s+(?:will|would|is going to|'s going to|'ll|could|might)\s+(?:\w+\s+)?(?:collapse|fall apart|crumble|be over|be ruined|be destroyed|end|go to pieces|come crashing down)\b|\b(?:i'?ll|i will|i'?d|i would|i'?m going to)\s+(?:\w+\s+)?(?:have|be left with) nothing\b|\b(?:absolutely|literally) nothing\b`,
    { unless: /\bof a (?:person|human)\b/ },
  ),
  rule(
    'catastrophizing',
    0.76,
    String.raw`\b(?:must be|probably|it'?s|could be|is|might be) (?:something )?(?:cancer|a tumou?r|serious|fatal|terminal|a heart attack|a stroke|deadly)\b|\b(?:going to|gonna|'ll|will|could|might)\s+(?:\w+\s+)?(?:go to |end up in |land in |be sent to )?(?:jail|prison|hospital|court|the street|bankrupt|lose (?:everything|my (?:house|home|job|kids|mind|license|licence)))\b`,
  ),
  rule(
    'catastrophizing',
    0.82,
    String.raw`\b(?:a |an |the |an absolute |a complete |a total |such a |an utter |a real )?(?:disaster|catastrophe|catastrophic|nightmare|end of the world|end of my (?:career|life|world)|worst thing that|tragedy|apocalypse|train ?wreck|ruined forever|beyond repair|point of no return)\b`,
    {
      unless:
        /\bnot (?:a|the) (?:disaster|end of the world|catastrophe)\b|\bisn'?t (?:a|the) (?:disaster|end of the world)\b|\bnot the end of the world\b/,
      gate: [
        'disaster',
        'catastroph',
        'nightmare',
        'end of',
        'worst thing',
        'tragedy',
        'apocalypse',
        'wreck',
        'ruined forever',
        'beyond repair',
        'no return',
      ],
    },
  ),
  rule(
    'catastrophizing',
    0.8,
    String.raw`\b(?:my (?:life|career|future|reputation|chances?|dreams?|world|marriage|family|gpa|grades|record|credit|relationship|body|health|degree|business|finances)|everything|it'?s all|it is all|we'?re|i'?m|i am|my whole (?:life|career|future))\s+(?:is |are |will be |'s |was |has been |feels )?(?:(?:completely|totally|utterly|officially|basically|pretty much|just|all|now)\s+)*(?:over|ruined|destroyed|finished|done for|doomed|wrecked|falling apart|collapsing|in ruins|gone|going to hell|going down the drain|a mess)\b`,
    {
      unless:
        /\b(?:i'?m|i am) (?:over (?:it|him|her|them)|done (?:with|for the day)|finished (?:with|the|my))\b|\bover (?:it|him|her|them|the)\b/,
    },
  ),
  rule(
    'catastrophizing',
    0.72,
    String.raw`\b(?:i|you)\s+(?:(?:just|really|simply|honestly)\s+)*(?:can'?t|cannot|won'?t be able to|will never be able to|couldn'?t|could never)\s+(?:possibly\s+)?(?:survive|handle|cope|bear|take|stand|live with|get through|deal with|recover|bounce back|go through|endure|come back from|live without)\b`,
    {
      keepNegated: true,
      unless:
        /\b(?:can'?t (?:take|make|stand) (?:the|this) (?:call|meeting|shift|train|class|course|job|offer)|can'?t handle (?:spicy|coffee|the heat)|can'?t stand (?:him|her|them|that song|coffee|cold))\b/,
    },
  ),
  rule(
    ['catastrophizing', 'fortune-telling'],
    0.8,
    String.raw`\b(?:die|dying|going to die|grow old)\s+(?:all\s+)?alone\b|\b(?:end up|be|die)\s+(?:homeless|on the streets?|broke|penniless|living in my car|unemployable|in a box|alone forever|single forever|a failure forever|cat lady|bankrupt|destitute)\b|\b(?:lose|lost|losing)\b[^.]{0,50}\beverything\b|\b(?:never|not ever|won'?t ever) (?:recover|get over|be happy again|love again|work again|find (?:another|anyone|someone|love)|find (?:work|a job|another job) again|get (?:a job|hired|work) again|date again)\b`,
    { keepNegated: true },
  ),
  rule(
    'catastrophizing',
    0.74,
    String.raw`\b(?:everything|my life|my world|it all|things)\s+(?:is|are|was|were|'s)\s+(?:\w+\s+)?(?:falling apart|collapsing|crumbling|going wrong|going to pieces|spiraling|spiralling|out of control|unravell?ing)\b|\b(?:worst|most humiliating|most embarrassing|most awful)\s+(?:thing|day|moment|mistake|interview|date|week|year|feeling|rejection|experience|pain|hurt|heartbreak|breakup|loss|news|outcome|situation|person)(?: of my life| ever| imaginable| possible| that could)?\b|\bunbearable\b|\b(?:don'?t know how|no idea how|not sure how) (?:i'?ll|i will|i would|i'?d|i could|to|i can) (?:ever )?(?:survive|cope|go on|get through|live|handle|manage|recover|bear)\b|\b(?:ruin|destroy|wreck)(?:ed|s)? my (?:life|career|future|reputation|whole)\b|\bi'?ll never (?:recover|get over|survive|live (?:it|this) down)\b`,
    { unless: /\bnot the worst\b|\bworst case\b|\bworst part is\b/ },
  ),
  rule('catastrophizing', 0.62, String.raw`\bwhat if\b`, {
    needs:
      /\b(?:lose|lost|fired|homeless|never|forever|disaster|ruin\w*|die|worse|collapse\w*|broke|everything|whole|career|reputation|all over|blacklist\w*|laugh\w*|humiliat\w*)\b/,
  }),
  rule(
    'catastrophizing',
    0.72,
    String.raw`\b(?:and )?then (?:i'?ll|i will|they'?ll|they will|everyone will|nobody will|no one will|i'?d|i would|i won'?t)\b[^.]{0,80}\b(?:and then|then)\b`,
  ),

  // The worst outcome chained or named: "no job means no flat means…", "end up alone", "career finished".
  rule(
    'catastrophizing',
    0.62,
    String.raw`\bend\s+up\s+(?:like\s+my|alone|back\s+(?:in|at|home)|homeless|on\s+the\s+street|completely\s+alone|with\s+nobody)\b|\bmeans\s+no\s+\w+\s+means\b|\b(?:my|that'?s\s+my)\s+(?:career|life|future)\b[^.!?]{0,30}\b(?:finished|over|ruined|destroyed|a\s+smoking\s+crater|done\s+for)\b|\bruin(?:ed|s)?\s+(?:everything|my\s+(?:life|kids'?\s+lives|future|career|year))\b|\bchildhood\s+bedroom\b|\bdisgrace\s+to\s+my\s+(?:whole\s+)?family\b|\bthe\s+end\s+of\s+me\b|\blose\s+(?:the|my)\s+(?:flat|house|home)\b|\b(?:i'?ll|i\s+will)\s+be\s+fired\b|\bnow\s+i\s+have\s+nothing\b`,
  ),

  // ── all-or-nothing: only two boxes, perfect or worthless
  // Said plainly: "100% or zero", "half an apology is no apology", "works or it doesn't", "might
  // as well have come last".
  rule(
    'all-or-nothing',
    0.72,
    String.raw`\b(?:100%|all)\s+or\s+(?:it\s+is\s+|it'?s\s+)?(?:zero|nothing|none)\b|\bhalf\s+an?\s+(\w+)\s+is\s+no\s+\1\b|\b(?:works|counts|matters|is\s+good|is\s+right)\s+or\s+(?:it\s+)?(?:doesn'?t|isn'?t)\b|\bmight\s+as\s+well\s+(?:have\s+)?(?:come\s+last|been\s+last|failed|be\s+zero|be\s+nothing|not\s+have\s+(?:bothered|tried|entered))\b|\bso\s+(?:that'?s|it'?s|it\s+is)\s+(?:zero|nothing|a\s+zero)\b|\b(?:it'?s|it\s+is|we'?re|we\s+are)\s+(?:either\s+)?(?:everything|all)\s+or\s+nothing\b|\bthen\s+(?:i'?m|we'?re|it'?s)\s+(?:nothing|not\s+\w+\s+anymore)\b`,
  ),
  rule(
    'all-or-nothing',
    0.74,
    String.raw`\b(?:so|then|which means|means|now)\s+(?:my|the|all|this|that|it|everything)\s+(?:\w+\s+){0,2}?(?:was|is|were|are|'s)\s+(?:all\s+|completely\s+|totally\s+)?(?:pointless|worthless|useless|a waste|for nothing|meaningless|wasted|ruined|a failure)\b`,
  ),
  rule(
    'all-or-nothing',
    0.74,
    String.raw`\b(?:the |my |this |that )?(?:entire|whole) (?:\w+ )?(?:was|is|'s|has been|feels like|felt like) (?:a |an )?(?:total |complete |utter )?(?:failure|waste|disaster|ruined|write-?off|bust|mess|wash|joke|lie|mistake|for nothing|pointless|wasted)\b|\bthen (?:we|it|he|she|they|i|this|that) (?:was|were|is|are|'re|'s) never\b|\bnever (?:really|actually|truly) (?:friends|loved|cared|liked|meant|wanted|mattered|counted)\b|\beither\b[^.]{0,60}\bor\b[^.]{0,40}(?:\bat all\b|\bnothing\b|\bnever\b|\bnot\b|n't\b|\bworthless\b|\bfailure\b|\bpointless\b|\bfail\b)`,
    { keepNegated: true },
  ),
  rule(
    'all-or-nothing',
    0.78,
    String.raw`\b(?:a |an )?(?:complete|total|absolute|utter|100%|hundred percent|massive|epic)\s+(?:failure|disaster|waste|loss|mess|joke|idiot|loser|write-?off|fraud|fail|flop|screw-?up|nightmare|catastrophe)\b|\b(?:completely|totally|entirely|utterly|absolutely|100%)\s+(?:ruined|wasted|failed|pointless|useless|worthless|hopeless|wrong|over|blew it|blown it|screwed|messed up|a failure|worthless|meaningless|incapable)\b`,
  ),
  rule(
    'all-or-nothing',
    0.8,
    String.raw`\b(?:if|since|because|unless|as long as) (?:i|it|this|they|you|my|he|she|the)\b[^.]{0,60}?(?:,\s*|\s+then\s+|\s+)(?:i'?m|i am|it'?s|it is|i'?ll be|i will be|there'?s no|what'?s the|i might as well|everything|nothing|(?:i|it|this) (?:was|is)|that means i'?m|then i'?m|i'?ve)\s+(?:(?:a|an|all|totally|completely|just|the biggest|officially|a total|a complete|basically)\s+)*(?:failure|worthless|pointless|useless|nothing|no point|waste|loser|over|ruined|for nothing|a joke|wasted|garbage|a fraud|failed|not worth|not good|hopeless|never|point)\b`,
    { keepNegated: true },
  ),
  rule(
    'all-or-nothing',
    0.66,
    String.raw`\b(?:not|isn'?t|wasn'?t|less than|short of|nothing but|anything (?:but|less than)|unless it'?s|has to be|have to be|needs to be|need to be|must be|should be|wasn'?t|if it'?s not|if it isn'?t|if i'?m not)\s+(?:\w+\s+)?(?:perfect|flawless|the best|number one|first|top)\b[^.]{0,40}\b(?:so|then|it'?s|i'?m|worthless|pointless|failure|failed|waste|nothing|bad|useless|no good|don'?t|isn'?t|wasn'?t|not)\b|\bperfect or\b|\bperfect,? (?:or|otherwise)\b`,
    { keepNegated: true },
  ),
  rule(
    'all-or-nothing',
    0.66,
    String.raw`\b(?:all|every|each)\s+(?:of\s+)?(?:it|that|this|my (?:effort|work|time|hard work|years|savings)|those (?:years|months|hours)|the (?:effort|work|time|hours|years|months|prep|preparation|practice|applications))\s+(?:\w+\s+){0,3}?(?:was|were|is|are|has been|went|for)\s+(?:completely\s+|totally\s+|just\s+)?(?:for nothing|wasted|pointless|useless|worthless|meaningless|a waste|down the drain|in vain)\b|\b(?:wasted|waste of)\s+(?:all|every|the whole|my whole|years|months|(?:the )?(?:last|past) \w+ (?:years|months))\b|\b(?:everything|it all)\s+(?:went|goes|is going|was)\s+(?:completely\s+)?wrong\b|\b(?:black and white|all or nothing|win or lose|succeed or fail|success or failure|either i\b[^.]{0,50}\bor\b)`,
    {
      gate: [
        'wasted',
        'waste',
        'nothing',
        'pointless',
        'useless',
        'worthless',
        'meaningless',
        'drain',
        'vain',
        'wrong',
        'black and white',
        'all or nothing',
        'win or lose',
        'succeed or fail',
        'success or failure',
        'either',
      ],
    },
  ),
  rule(
    'all-or-nothing',
    0.72,
    String.raw`\b(?:the whole (?:thing|relationship|friendship|day|year|interview|process|date|trip|project)|all of it|it all|everything)\s+(?:was|is|were|has been|'s)\s+(?:\w+\s+)?(?:for nothing|a waste|wasted|pointless|meaningless|a lie|fake|ruined|a mistake|a failure)\b`,
  ),
  rule(
    'all-or-nothing',
    0.3,
    String.raw`\bone (?:mistake|bad (?:interview|date|day|review|meeting|answer)|rejection|no|typo|slip|misstep)\b[^.]{0,50}\b(?:ruined|ruins|undid|undoes|erased|erases|wiped|over|everything|whole)\b`,
  ),
  rule(
    ['all-or-nothing', 'overgeneralizing'],
    0.55,
    String.raw`\bone (?:mistake|bad (?:interview|date|day|review|meeting|answer)|rejection|no|typo|slip|misstep|awkward (?:moment|silence|pause)|comment|email)\b[^.]{0,50}\b(?:ruined|ruins|means|undid|undoes|erased|erases|wiped|over|everything|forever|always|never)\b`,
  ),

  // Only two boxes, in other words: "either … or I'm done", "if not X then nothing", "the whole … is pointless".
  rule(
    'all-or-nothing',
    0.66,
    String.raw`\beither\b[^.!?]{0,60}\bor\b[^.!?]{0,40}\b(?:nothing|dead|done|over|never|forever|at\s+all|worthless|pointless|failure|give\s+up|giving\s+up|quit)\b|\bif\s+(?:we|i|it|this|they|he|she)\s+(?:can'?t|don'?t|didn'?t|doesn'?t|isn'?t|aren'?t|won'?t|do\s+not|cannot)\b[^.!?]{0,60}\b(?:not\s+\w+\s+at\s+all|at\s+all|pointless|worthless|rather\s+not|giving\s+up|give\s+up|full\s+stop)\b|\b(?:might|may)\s+as\s+well\s+(?:not|give\s+up|quit|stop)\b|\b(?:the\s+)?(?:whole|entire|rest\s+of\s+(?:my|the))\s+(?:\w+\s+){1,3}(?:is|was|'s|has\s+been)\s+(?:pointless|worthless|ruined|destroyed|a\s+waste|for\s+nothing|meaningless)\b|\bzero\s+(?:real\s+)?friends\b|\bthe\s+only\s+good\s+thing\b|\bi\s+have\s+nothing\s*(?:left|now)?\s*(?:[.!]|$)|\bperfect(?:ly)?\b[^.!?]{0,40}\b(?:or|rather\s+not|at\s+all|pointless|worthless)\b|\b(?:that'?s\s+it|i'?m\s+finished|i'?m\s+done)\b[^.!?]{0,30}\b(?:forever|in\s+this\s+industry|with\s+(?:dating|love|people|this))\b|\b(?:dead|over)\s+to\s+me\b|\btotally\s+dead\b`,
  ),

  // Only two boxes, more ways: "none of it matters now", "doesn't count if I didn't win".
  rule(
    ['all-or-nothing'],
    0.6,
    String.raw`\b(?:whole|entire)\s+(?:\w+\s+){0,3}(?:is|was)\s+(?:a\s+)?(?:failure|fail|wasted|for\s+nothing)\b|\bnone\s+of\s+it\s+(?:matters|counts|meant\s+anything)\b|\bdoesn'?t\s+count\s+if\b|\bso\s+(?:clearly\s+|obviously\s+)?i\s+(?:failed|blew\s+it|ruined\s+it)\b|\bno\s+(?:halfway|in[\s-]?between|middle\s+ground)\b|\bwas\s+never\s+real\b|\bor\s+it\s+was\s+(?:fake|a\s+lie|nothing)\b|\bmeans\s+(?:he|she|they)\s+(?:doesn'?t|don'?t|didn'?t)\s+(?:like|love|want|care\s+about)\s+me\s+at\s+all\b|\bfull\s+stop\b`,
  ),
  rule(
    ['disqualifying-positive'],
    0.6,
    String.raw`\b(?:they'?re|she'?s|he'?s)\s+my\s+(?:friends?|mum|mom|dad|family|partner)\b[^.!?]{0,12}\b(?:they|she|he)\s+(?:have|has)\s+to\b|\bcorporate\s+speak\s+for\b|\b(?:just|only)\s+how\s+they\s+soften\b|\b(?:just\s+)?a\s+polite\s+way\s+of\s+(?:failing|saying\s+no|rejecting)\b|\bnone\s+of\s+it\s+(?:matters|counts)\b|\bdoesn'?t\s+count\s+if\b`,
  ),
  // A pattern for life, more ways: "people like me", "it's a rule of my life".
  rule(
    'overgeneralizing',
    0.6,
    String.raw`\b(?:this|that|that'?s|it'?s)\s+(?:just\s+)?how\s+it\s+(?:always\s+)?goes\s+for\s+me\b|\bpeople\s+like\s+me\b|\bnobody\s+in\s+this\s+(?:town|city|industry|field|place)\s+will\b|\ba\s+rule\s+of\s+my\s+life\b|\bthat'?s\s+the\s+pattern\b|\bsummed\s+up\s+forever\b|\bno\s+(?:manager|one|man|woman|company|employer)\s+ever\s+will\b|\b(?:men|women|guys|girls|agencies|recruiters|employers)\s+(?:my\s+age\s+)?(?:just\s+)?(?:can'?t|don'?t|never|always)\b|\bthe\s+whole\s+(?:app|industry|town|city|world)\s+is\s+full\s+of\b|\bdoing\s+things\s+right\s+is\s+pointless\b`,
  ),
  // The worst outcome, more ways: "there goes any future I had", "I'll lose my whole family".
  rule(
    'catastrophizing',
    0.6,
    String.raw`\bthere\s+goes\s+(?:any|my|the)\s+(?:future|career|life|chance)\b|\bany\s+future\s+i\s+had\b|\b(?:i'?ll|i\s+will)\s+(?:lose|have)\s+(?:my\s+whole\s+family|no\s*one\s+left|nothing\s+left)\b|\bfall\s+apart\s+completely\b|\bfor\s+every\s+future\s+job\b|\b(?:never|won'?t\s+ever)\s+trust\s+anyone\s+again\b|\b(?:will|'ll)\s+crack\b|\b(?:kids|children|family)\s+will\s+suffer\b`,
  ),

  // ── comparing and despairing: others' best set against one's own worst
  // Someone's good news, then one's own lack: "my cousin's band got signed. mine plays to 6
  // people", "everyone's engaged and i'm here eating cereal alone".
  rule(
    'comparing-despairing',
    0.7,
    String.raw`\b(?:got|gets|getting)\s+(?:promoted|signed|engaged|married|hired|published|the\s+(?:job|role|part|offer|promotion))\b|\b(?:is|are|all)\s+(?:(?:all|now|already)\s+)?(?:engaged|married|buying\s+(?:homes|houses|a\s+house)|getting\s+married|having\s+babies)\b|\b(?:has|have)\s+(?:a|their\s+own)\s+(?:house|home|career|partner|book\s+deal)\b|\b(?:looks?|seems?)\s+so\s+(?:happy|effortless|easy|full|confident|put\s+together|perfect)\b|\bso\s+(?:effortless|confident)\b|\bliving\s+the\s+dream\b|\bbreezes?\s+through\b|\bbook\s+deals\b|\bruns?\s+marathons\b`,
    {
      needs:
        /\b(?:and|but|while|whereas)\s+(?:i'?m|i\s+am)\s+(?:just\s+|still\s+|only\s+)?(?:here|still|just|stuck|alone|renting|nothing|drowning|pretending|a\s+mess|broke|single|not|barely|failing|eating|the\s+(?:loser|failure|one))\b|\bmeanwhile\s+i\b|\band\s+i\s+(?:got|have|had)\s+(?:nothing|dumped|no)\b|\bnext\s+to\s+(?:mine|me|her|him|them)\b|\bmine\s+(?:plays?|is|are|was|were|never|don'?t|doesn'?t)\b|\bi\s+(?:can\s+barely|can'?t\s+even|got\s+dumped|looked\s+like\s+a)\b|\bwhat'?s\s+wrong\s+with\s+me\b/,
    },
  ),
  rule(
    'comparing-despairing',
    0.72,
    String.raw`\b(?:gets?|got|getting) all the (?:credit|attention|praise|love|luck|opportunities|good \w+|breaks)\b|,\s*(?:and |but |while |whereas )?mine (?:are|is|was|were)\b`,
  ),
  rule('comparing-despairing', 0.74, String.raw`\b(?:except|apart from|other than|but) (?:for )?me\b`, {
    needs:
      /\b(?:everyone|everybody|all|others|other people|people|they all|my (?:friends|peers|classmates|siblings|cousins|colleagues))\b/,
  }),
  rule(
    'comparing-despairing',
    0.74,
    String.raw`\b(?:twice|double|three times|triple|so much more than|way more than|more than) (?:as much as |what )?i (?:do|make|earn|have|did|ever will)\b|\b(?:earns?|makes?|has|have|had|got|owns?)\s+(?:\w+\s+){0,3}?(?:than|what) i (?:do|make|earn|have|did|ever will)\b|\b(?:his|her|their) (?:ex|new \w+|girlfriend|boyfriend|wife|husband|partner)\b[^.]{0,40}\b(?:and|but|while) i'?m\b`,
  ),
  rule(
    'comparing-despairing',
    0.7,
    String.raw`\b(?:everyone|everybody|other people|others|my friends|people)'?s? (?:\w+ ){0,2}?(?:photos|posts|lives|life|pictures|stories|updates|instagrams?|feeds?|highlight reels?|weddings|babies|promotions|houses|holidays|vacations)\b`,
  ),
  rule(
    'comparing-despairing',
    0.8,
    String.raw`\b(?:everyone|everybody|they all|others|all of them|people|my (?:friends|peers|classmates|cousins|siblings|coworkers|colleagues))\b[^.?]{0,60}\b(?:and|but) not me\b|\b(?:better|nicer|bigger|more|higher|prettier|smarter)\s+(?:[a-z]+\s+){1,2}than\s+(?:me|mine|i (?:have|do|am|did|ever))\b`,
  ),
  rule(
    'comparing-despairing',
    0.86,
    String.raw`\b(?:everyone|everybody|all of them|all my friends|the rest of (?:them|the world|my friends|my class|the team))\s+else\b|\beveryone else\b|\beverybody else\b|\b(?:all|most|half)\s+(?:of\s+)?my\s+(?:friends|peers|classmates|siblings|cousins|coworkers|co-workers|colleagues|old friends|college friends|school friends|friends from \w+|batch|cohort|exes)\s+(?:are|have|got|were|seem|already|just|all|own|earn|make|live|bought|found|get)\b`,
    { unless: /\beveryone else (?:was|is) (?:also|just as|as) (?:nervous|rejected|struggling)\b/ },
  ),
  rule(
    'comparing-despairing',
    0.84,
    String.raw`\bwhy (?:can'?t|couldn'?t|don'?t|didn'?t|isn'?t|aren'?t|am|do|does|is) (?:i|my life|my \w+|it)\b[^.?]{0,40}\b(?:like (?:him|her|them|everyone|other|others|my|the|[a-z]+(?=,|\s+(?:who|he|she|they|and)\b|$))|as (?:\w+ ){1,2}as|the way (?:he|she|they|everyone|others))\b|\b(?:better|smarter|prettier|more attractive|hotter|more successful|more talented|more qualified|more experienced|more interesting|more fun|funnier|thinner|richer|younger|cooler|further along|ahead of|happier|more confident|more likable|more likeable|more lovable|more popular|more accomplished|more polished|more charming|better looking|better-looking)\s+than\s+(?:me|i\s*(?:am|was|'ll|will|could|ever|'d|would))\b|\bcompared (?:to|with)\s+(?:him|her|them|everyone|others|other|my|the other|people|all)\b|\bcompar(?:e|ing) myself\b|\bnext to (?:him|her|them|everyone) i'?m\b`,
  ),
  rule(
    'comparing-despairing',
    0.74,
    String.raw`\bi'?m (?:the only one|the only person|the last one|the last person|the odd one out)\b|\bi'?m (?:so |way |years |still |really )?(?:behind|left behind)\b|\b(?:behind|left behind)\s+(?:everyone|everybody|my peers|others|my friends|the rest|in life)\b|\b(?:everyone|people|others|other people|my friends|my peers|guys|girls|women|men)\s+(?:my age|around me|in my (?:class|year|field|cohort|program|team|office)|on (?:linkedin|instagram|social media|facebook|tiktok|twitter))\b|\b(?:half my age|younger than me|years younger)\b|\bwhy (?:him|her|them|everyone else|everybody else)(?:,)? (?:and|but) not me\b|\bwhy not me\b`,
  ),
  rule(
    'comparing-despairing',
    0.66,
    String.raw`\b(?:other|the other)\s+(?:people|candidates|applicants|women|men|guys|girls|couples|parents|moms|dads|kids|students|writers|designers|engineers|developers|friends|people'?s)\s+(?:(?:all|always|just|seem to|easily|clearly)\s+)*(?:are|have|get|got|seem|were|had|find|make|land|manage|know|can|do|look)\b|\b(?:he|she|they)(?:'s|'re| is| are| has| have| got) (?:so much |way |far |clearly |obviously )?(?:better|prettier|smarter|more successful|more talented|more qualified|further|ahead|everything i|what i)\b(?:[^.]{0,40}\b(?:and i|while i|but i|i'?m|me))?|\b(?:he|she|they|everyone|everybody|my [a-z]+|the others|others)\s+(?:(?:already|just|now|all|even|also|still)\s+)?(?:has|have|had|got|gets|get|is|are|'s|'re)\s+(?:\w+\s+){0,4}?(?:and|while|but|whereas)\s+i\s*(?:can'?t|don'?t|still|haven'?t|only|just|barely|never|have nothing|'ve got nothing|got nothing|get nothing|have no|'m (?:still|not|stuck|alone|single|nothing|left)|am (?:still|not|stuck|alone|single|nothing|left))\b`,
    { unless: /\b(?:said|told me)\b/ },
  ),

  // Others' lives set against one's own: "my cousin's married and I'm getting ghosted".
  rule(
    'comparing-despairing',
    0.62,
    String.raw`\b(?:my|her|his|their)\s+(?:sister|brother|cousin|friend|best\s+(?:friend|mate)|mate|colleague|coworker|co-worker|flatmate|ex)(?:'s)?\b[^.!?]{0,80}\b(?:and|while|but|whereas)\s+(?:i'?m|i\s+am|i\s+can'?t|i\s+fall|mine\s+is|i\s+have|i\s+still|i\s+haven'?t)\b|\bwhy\s+can'?t\s+i\s+be\s+(?:more\s+)?like\b|\bas\s+(?:successful|good|happy|pretty|smart|confident|popular|clever)\s+as\s+(?:my|her|him|them|everyone)\b|\b(?:more|be)\s+like\s+my\s+(?:sister|brother|cousin|friend)\b|\balways\s+(?:her|him|them)\s+and\s+never\s+me\b|\bgolden\s+child\b|\b(?:younger|sharper|prettier|smarter|cooler|funnier|better[\s-]looking|richer|thinner|happier)\s*(?:,|and)\s+[^.!?]{0,40}\b(?:i'?m|me)\b|\bnow\s+that\s+my\s+\w+(?:'s|\s+is)\b`,
  ),

  // Others ahead, more ways: "X is the successful one", "started after me and is already".
  rule(
    'comparing-despairing',
    0.6,
    String.raw`\bis\s+the\s+(?:successful|clever|pretty|favourite|favorite|golden|good)\s+one\b|\bi'?m\s+the\s+cautionary\s+tale\b|\bstarted\s+after\s+me\s+and\b|\beveryone\s+(?:sprint|race|rac|mov|get|run)\w*\s+(?:past|ahead\s+of)\s+me\b|\b(?:she|he|they)\s+(?:has|have)\s+(?:\w+\s+){0,4}and\s+i\s+(?:couldn'?t|can'?t)\s+even\b|\bother\s+people\b[^.!?]{0,60}[;,]\s*i'?m\b|\bmeasure\s+up\s+to\b|\bupgraded\b`,
  ),

  // ── blaming: someone else made all of it happen
  rule(
    'blaming',
    0.78,
    String.raw`\b(?:he|she|they|you)(?:'s| is|'re| are| was| were) the (?:one|ones) who (?:ruined|wrecked|destroyed|messed|screwed|broke|ended|caused|started|left|cheated|lied|walked away|gave up)\b`,
  ),
  rule(
    'blaming',
    0.66,
    String.raw`\b(?:he|she|they|you|(?:my|the|that|this) (?:[a-z]+ )?[a-z]+)\s+(?:was|were|is|are)\s+(?:so |totally |completely |clearly |obviously )?(?:biased|unfair|prejudiced|rigged|corrupt|racist|sexist|ageist|against me|out to get me)\b|\b(?:[a-z]+'s|his|her|their|your) (?:\w+ )?(?:is|was|are|were) (?:the reason|why) (?:i\b|i'?m|my)\b`,
    { notAfter: /\bi\s*$/ },
  ),
  rule(
    'blaming',
    0.72,
    String.raw`\b(?:he|she|they|you|my \w+|the \w+)\s+(?:\w+\s+)?(?:on purpose|deliberately|intentionally|to spite me|just to hurt me)\b|\b(?:he|she|they|you|(?:my|the|our) (?:[a-z]+ )?[a-z]+)\s+(?:is|are|was|were)\s+(?:\w+\s+)?the (?:reason|problem|cause)\b`,
    { notAfter: /\bi\s*$/, unless: /\b(?:i'?m|i am|i was) the (?:reason|problem|cause)\b/ },
  ),
  rule(
    'blaming',
    0.72,
    String.raw`\b(?:he|she|they|you|(?:that|this|the|my) (?:company|recruiter|guy|girl|man|woman|person|manager|boss|ex|firm|employer|agency|school|team|landlord))\s+(?:(?:totally|completely|just|really|basically)\s+)*(?:wasted|stole|took)\s+(?:\w+\s+){0,3}?(?:my (?:time|life|youth|years|best years|energy|chance)|of my (?:life|time))\b`,
  ),
  rule(
    'blaming',
    0.9,
    String.raw`\b(?:it'?s|it is|it was|this is|this was|that'?s|that is|all|everything is|everything was)\s+(?:all\s+|entirely\s+|totally\s+|completely\s+|probably\s+|just\s+|really\s+|definitely\s+)*(?:their|his|her|your|my (?:ex|boss|manager|mom|mum|mother|dad|father|parents|family|sister|brother|partner|husband|wife|teacher|coach|team|friend)'?s?|the (?:company|recruiter|manager|system|economy|interviewer|hr|school|government|algorithm|market|boss)'?s?|[a-z]+'s)\s+fault\b`,
    {
      unless: /\bmy fault\b|\b(?:nobody|no one|no-one|anybody|anyone|everyone|everybody)'?s fault\b/,
      gate: ['fault'],
    },
  ),
  rule(
    'blaming',
    0.8,
    String.raw`\b(?:he|she|they|you|my (?:ex|boss|manager|mom|mum|mother|dad|father|parents|family|sister|brother|partner|husband|wife|teacher|team|friends?|coworkers?|colleagues?|landlord|in-laws)|the (?:company|recruiter|manager|system|interviewer|hr|school|team|economy|market))\s+(?:(?:totally|completely|just|really|always|basically|single-handedly)\s+)*(?:ruined|ruins|wrecked|wrecks|destroyed|destroys|messed up|screwed up|sabotaged|sabotages|took away|stole|robbed me of|betrayed|poisoned|turned \w+ against)\s+(?:my|everything|it|me|our|us|the|any|every|all)\b`,
  ),
  rule(
    'blaming',
    0.76,
    String.raw`\b(?:he|she|they|you|people|my (?:ex|boss|manager|mom|mum|mother|dad|father|parents|family|sister|brother|partner|husband|wife|teacher|team|friends?|coworkers?|colleagues?)|the (?:company|recruiter|manager|system|interviewer|hr|school|team|job|economy))\s+(?:(?:always|just|really|totally|literally|constantly|deliberately)\s+)*(?:made|makes|make|forced|forces|force|pushed|drove|drives|push)\s+me\s+(?:\w+\s+)?(?:feel|do|look|this way|like this|quit|leave|lose|fail|cry|angry|miserable|doubt|insecure|anxious|depressed|hate|act|be|so|into|react|question|second-guess|give up|snap)\b`,
  ),
  rule(
    'blaming',
    0.7,
    String.raw`\bbecause of (?:him|her|them|you|my (?:ex|boss|manager|mom|mum|mother|dad|father|parents|family|sister|brother|partner|husband|wife|teacher|team|friends?|coworkers?|colleagues?)|the (?:company|recruiter|manager|interviewer|hr|school|team|system))\b|\bif (?:it weren'?t|it wasn'?t|it hadn'?t been) for (?:him|her|them|you|my|the)\b|\bif (?:he|she|they|you|my (?:\w+)|the (?:\w+))\s+(?:had|hadn'?t|didn'?t|had just|would have|wouldn'?t have|would'?ve|had only|only had|just)\b[^.]{0,60}\b(?:i'?d|i would|i wouldn'?t|i could|i'?d have|i would have|i'?d be|everything|none of this|this wouldn'?t|we'?d)\b|\b(?:he|she|they|you) (?:did|does|do) this to me\b|\b(?:blame|blaming)\s+(?:him|her|them|you|my|the|everyone)\b|\b(?:he|she|they|you|my \w+|the \w+)\s+(?:is|are|was|were)\s+(?:totally |completely |entirely |the one |the ones |solely |)to blame\b`,
    { unless: /\b(?:i )?(?:don'?t|can'?t|won'?t) blame\b/ },
  ),
  rule(
    'blaming',
    0.62,
    String.raw`\b(?:never|didn'?t|won'?t|wouldn'?t|refused to|doesn'?t|don'?t)\s+(?:even\s+)?(?:give|gave|giving)\s+me\s+a\s+(?:real |fair |proper |single |)(?:chance|shot|fair shot|fair chance)\b|\b(?:rigged|stacked against me|out to get me|set me up|against me|screwed me over|screwed me|stabbed me in the back|threw me under the bus|used me|played me|led me on)\b`,
  ),

  // Someone else made it happen, in other words: "it's on him", "they did this", "their doing".
  rule(
    'blaming',
    0.62,
    String.raw`\b(?:is|are|was|were)\s+to\s+blame\b|\b(?:it'?s|that'?s|this\s+is)\s+(?:completely\s+|all\s+|entirely\s+|100%\s+|totally\s+)?on\s+(?:him|her|them|the\s+\w+)\b|\b(?:their|his|her)\s+doing\b|\bsabotag\w+\s+me\b|\b(?:entirely|all|completely|totally)\s+(?:their|his|her|your)\s+fault\b|\b(?:they|he|she)\s+did\s+this\b|\b(?:she'?s|he'?s|they'?re|she\s+is|he\s+is|they\s+are)\s+the\s+reason\s+(?:i|why\s+i)\b|\bit'?s\s+my\s+fault\s+(?:my|the|that\s+the)\s+(?:parents|company|department|team|whole|family|marriage)\b|\b(?:department|company|team|firm)\b[^.!?]{0,30}\b(?:is|was)\s+on\s+me\b|\bthe\s+only\s+reason\s+i\s+(?:didn'?t|don'?t|wasn'?t|can'?t)\b[^.!?]{0,30}\bbecause\s+(?:he|she|they|[a-z]+)\s+\w+ed\s+me\b`,
  ),

  // ── negative feeling: stuck in a distressing feeling, going round and round
  // Said as weather or as a loop: "the hurt is on a loop", "it won't let up", "the whole room".
  rule(
    'negative-feeling',
    0.66,
    String.raw`\bon\s+(?:a\s+)?(?:loop|repeat)\b|\bwon'?t\s+(?:let\s+up|lift|shift|leave\s+me|let\s+me\s+go)\b|\breplays?\s+and\s+replays?\b|\bkeeps?\s+(?:washing|flooding|swelling|welling|creeping|rising)\s+(?:over|back|up|in)\b|\bswallow(?:s|ing|ed)?\s+(?:every|everything|me|my\s+whole)\b|\bleaked\s+into\s+(?:the\s+|my\s+)?(?:whole|every|everything)\b|\b(?:is|it'?s)\s+in\s+everything\b|\bis\s+the\s+whole\s+(?:room|house|day|world|sky)\b|\bit'?s\s+all\s+i\s+am\b|\b(?:weeks?|days?|months?)\s+of\s+(?:hollow|numb|empty|sad|grey|gray|nothing)\b|\bstewing\s+in\b|\bnothing\s+gets\s+through\b|\b(?:sad|hurt|angry|lonely|numb)\.\s+still\s+(?:sad|hurt|angry|lonely|numb)\b|\bthe\s+\w+\s+is\s+(?:just\s+)?constant\b`,
  ),
  rule(
    'negative-feeling',
    0.8,
    String.raw`\b(?:can'?t|cannot|couldn'?t|can not)\s+(?:\w+\s+)?(?:stop|quit)\s+(?:thinking|crying|replaying|obsessing|worrying|feeling|checking|going over|ruminating|looking at|rereading|re-reading|refreshing|shaking)\b|\b(?:keep|kept|keeps|keeping|been|i'?m|i am)\s+(?:\w+\s+)?(?:replaying|going over|obsessing|ruminating|reliving|re-reading|rereading|refreshing|spiraling|spiralling|dwelling)\b|\ball i (?:can|could|do is|ever) (?:think|feel|cry|do is (?:think|cry|worry))\b|\bkeep (?:thinking about|crying|checking|feeling)\b`,
    { keepNegated: true },
  ),
  rule(
    'negative-feeling',
    0.74,
    String.raw`\b(?:can'?t|cannot|couldn'?t|can not)\s+(?:\w+\s+)?(?:get over|shake (?:this|the|it|off)|let (?:it|this|go|him go|her go|them go)|move on|stop feeling|get\b[^.]{0,40}\bout of my (?:head|mind)|think (?:about|of) anything else|stop\s*(?:[.!]|$)|switch off|breathe|sleep|eat|focus|function|concentrate|think straight|get out of bed|calm down)\b|\b(?:this|the) (?:pain|hurt|sadness|anxiety|loneliness|feeling|ache|heaviness|dread|shame) (?:won'?t|will never|never|isn'?t going to|doesn'?t)\s+(?:\w+\s+)?(?:go away|stop|end|leave|fade|lift|ease|pass)\b|\bi'?m (?:so |really )?(?:sick|tired) of (?:feeling|being)\b|\bi hate (?:feeling|how i feel|this feeling)\b`,
    { keepNegated: true },
  ),
  rule(
    'negative-feeling',
    0.6,
    String.raw`\b(?:i'?m|i am|i feel|i felt|i'?ve been|i have been|i keep feeling|feeling|i get)\s+(?:so|really|completely|totally|utterly|incredibly|extremely|constantly|always|just so|too|unbearably|beyond|deeply|absolutely|painfully)\s+(?:\w+\s+){0,1}?${EMO}\b`,
    {
      needs:
        /\b(?:all the time|every day|everyday|constantly|nonstop|non-stop|anymore|any more|no matter what|with everything|about everything|by everything|all day|all night|for (?:days|weeks|months)|since|still|always|can'?t|everything|right now|today|tonight|again|so much|it hurts|unbearable)\b/,
    },
  ),
  rule(
    'negative-feeling',
    0.55,
    String.raw`\b(?:i'?m|i am|i feel|i'?ve been|i have been)\s+(?:(?:so|really|completely|totally|utterly|incredibly|extremely|deeply|just)\s+)+(?:overwhelmed|consumed|crushed|devastated|gutted|heartbroken|miserable|numb|empty|broken|destroyed|hopeless|wrecked|shattered|defeated|frustrated with everything|lost)\b|\b(?:it|this) hurts (?:so|too) much\b|\bi\s*(?:cried|cry|have cried|'ve cried|was crying|'ve been crying|have been crying|keep crying) (?:all|every|for|nonstop|non-stop|myself to sleep)\b|\b(?:everything|it all|life) (?:feels|seems|is) (?:so )?(?:hopeless|pointless|heavy|dark|grey|gray|meaningless|empty)\b|\bi feel (?:so )?(?:sick to my stomach|like crying|like screaming|like giving up|nothing)\b`,
  ),
];
