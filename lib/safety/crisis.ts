/**
 * Notices text that speaks of self-harm or suicide, so crisis resources can come first.
 * Errs toward showing them: a gentle panel shown once too often costs little, one missed costs
 * much. What it listens for, as a clinician would: direct words, passive wishes to be dead or
 * gone, feeling a burden others would be better off without, self-harm (now, past, urges), means
 * and plans, goodbyes; with common typos, internet euphemisms and a little Spanish.
 * Idioms ("this job is killing me", "dying to know", "I'd rather die than go back") stay quiet.
 */
const SELF = String.raw`(?:my\s*self|myself|meself|my\s*slef|myslef)`;
const KILL = String.raw`(?:kill|kil|k[i*!1]ll|kiling|killing|killed|off|top)`;
const HARM = String.raw`(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|starve|starving|hang|hanging|shoot|shooting|poison|poisoning)`;
// "I cut myself shaving", "hurt myself at the gym": accidents, not self-harm.
const ACCIDENT = String.raw`(?:\s+(?:shaving|cooking|chopping|playing|running|lifting|training)|\s+(?:at|in|during|on)\s+(?:the\s+|a\s+|my\s+)?(?:gym|game|match|practice|training|football|soccer|tennis|run|field|pitch|court|stove|oven|pan|kettle|iron|paper|glass|tin|can|grater|kitchen))`;
const DIE = String.raw`die\b(?!\s+(?:alone|single|lonely|unloved|childless|old|happy|of|from|laughing|a\s|an\s|without|before|when|in\s|on\s|at\s|if\s+i\s+(?:have|had)\s+to))`;
const WANT = String.raw`(?:want|wanna|wanted|wanting|going|gonna|ready|need|needing|plan(?:ning)?|try(?:ing)?|tried)`;
// "...if I was gone", "...if I wasn't here", "...if I died".
const IF_GONE = String.raw`(?:if|when|once)\s+(?:(?:i\s+(?:was|were|am)|i'?m)\s+(?:dead|gone|not\s+(?:here|around|alive)|no\s+longer\s+(?:here|around|alive))|i\s+(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+(?:here|around|alive|born)|i\s+(?:died|disappeared|never\s+existed|left\s+for\s+good|was\s+never\s+born|killed\s+myself))`;
const NOT_I = String.raw`(?:i\s+(?:was|were|wasn'?t|weren'?t|had|hadn'?t|didn'?t|did\s+not)|i'?d)`;

const PATTERNS: RegExp[] = [
  /\bsuicid\w*/,
  /\bsuicdal\b|\bsucidal\b|\bsuicde\b/,
  /\bsewer\s*slide\b|\bunalive\w*|\bkms\b|\bkys\s*myself\b/,
  new RegExp(String.raw`\b${KILL}\s+${SELF}\b`),
  new RegExp(String.raw`\b${HARM}\s+${SELF}\b(?!${ACCIDENT})`),
  /\bself[\s-]?harm\w*/,
  /\bself[\s-]?injur\w*/,
  /\b(?:end|ending|ended|take|taking|took)\s+(?:my|my\s+own)\s+(?:life|lfe)\b/,
  /\bend(?:ing)?\s+it\s+all\b/,
  /\bend(?:ing)?\s+(?:it|everything|things)\s+(?:for\s+good|forever|tonight|permanently)\b/,
  /\b(?:thinking|thought|think|thoughts)\s+(?:about|of)\s+(?:ending\s+(?:things|it|everything)|dying|death|not\s+(?:being\s+)?(?:here|around|alive)|my\s+funeral|disappearing\s+for\s+good)\b/,
  new RegExp(
    String.raw`\b${WANT}\s+(?:to\s+)?(?:just\s+)?(?:${DIE}|be\s+dead|not\s+exist|stop\s+existing|not\s+be\s+alive|disappear\s+(?:forever|for\s+good|permanently))`,
  ),
  new RegExp(
    String.raw`\b(?:wish\s+i\s+could|i'?d\s+like\s+to|i\s+could)\s+just\s+(?:${DIE}|be\s+dead|stop\s+existing)`,
  ),
  /\b(?:rather|prefer\s+to)\s+be\s+dead\b/,
  new RegExp(
    String.raw`\bwish(?:ed)?\s+(?:that\s+)?${NOT_I}\s+(?:been\s+)?(?:dead|died|never\s+been\s+born|not\s+alive|gone\s+for\s+good|never\s+existed|not\s+exist(?:ed)?)\b`,
  ),
  /\bwish\s+i\s+(?:could\s+)?(?:die|disappear\s+(?:forever|for\s+good|permanently)|not\s+wake\s+up|never\s+woke\s+up|didn'?t\s+exist|did\s+not\s+exist|wasn'?t\s+alive|could\s+stop\s+existing|just\s+stop\s+existing)\b/,
  /\b(?:hope|hoping|pray|praying)\s+(?:that\s+)?i\s+(?:don'?t|do\s+not|never|won'?t)\s+wake\s+up\b/,
  /\b(?:go\s+to\s+)?sleep\s+(?:and\s+)?(?:never|not)\s+wake\s+up\b|\bsleep\s+forever\b|\bnever\s+wake\s+up\s+again\b/,
  /\bbetter\s+off\s+(?:dead|without\s+me)\b/,
  new RegExp(
    String.raw`\b(?:be|are|is)\s+(?:so\s+much\s+|a\s+lot\s+|much\s+)?(?:better|easier|happier|lighter)\s+(?:off\s+)?(?:for\s+(?:everyone|them|my\s+family)\s+)?${IF_GONE}`,
  ),
  new RegExp(
    String.raw`\b(?:no\s*one|nobody|no\s+body|anyone|anybody)\s+(?:would|will|'d|'ll)\s+(?:even\s+)?(?:miss|notice|care)\b.{0,40}?\b${IF_GONE}`,
  ),
  /\b(?:no\s*one|nobody)\s+(?:would|will)\s+(?:even\s+)?(?:miss\s+me|notice\s+i'?m\s+gone|care\s+if\s+i\s+died)\b/,
  /\b(?:no|nothing)\s+(?:reason\s+)?(?:left\s+)?to\s+live\s+for\b/,
  /\bno\s+(?:reason|point)\s+(?:in\s+)?(?:to\s+)?(?:living|live|being\s+alive|go(?:ing)?\s+on|keep(?:ing)?\s+going|staying\s+alive)\b/,
  /\b(?:life|living)\s+(?:is|isn'?t|is\s+not|feels)\s+(?:not\s+)?(?:worth\s+(?:living|it\s+anymore)|pointless\s+and\s+i\s+want\s+out)\b/,
  /\bnot\s+worth\s+living\b|\bwhat'?s\s+the\s+point\s+(?:of|in)\s+(?:living|being\s+alive|staying\s+alive)\b/,
  /\b(?:don'?t|do\s+not|dont|doesn'?t|no\s+longer)\s+want\s+to\s+(?:live|be\s+alive|exist|wake\s+up|be\s+here\s+anymore|be\s+around\s+anymore)\b/,
  /\b(?:can'?t|cannot|cant)\s+go\s+on\s+(?:living|anymore|like\s+this)\b/,
  /\bnot\s+want\s+to\s+be\s+here\s+anymore\b/,
  /\b(?:tired|sick)\s+of\s+(?:living|being\s+alive|life|existing)\b/,
  /\bdone\s+with\s+(?:life|living|being\s+alive|existing)\b/,
  /\bwant\s+(?:out\s+of\s+life|my\s+life\s+to\s+be\s+over|it\s+(?:all\s+)?to\s+be\s+over\s+for\s+good|to\s+make\s+it\s+stop\s+for\s+good)\b/,
  /\boverdos\w*/,
  /\b(?:take|taking|took|swallow|swallowing|swallowed)\s+(?:all|a\s+bottle|the\s+whole\s+bottle|a\s+handful)\s+(?:of\s+)?(?:my|the|these|those)?\s*(?:pills|tablets|meds|medication|sleeping\s+pills)\b/,
  /\b(?:how\s+many|enough)\s+(?:pills|tablets|sleeping\s+pills)\b.{0,30}\b(?:die|kill|take|it\s+would\s+take|enough)\b/,
  /\bnoose\b|\bslit\s+(?:my\s+)?wrists?\b|\b(?:jump|jumping)\s+(?:off|from)\s+(?:a|the|my)\s+(?:bridge|roof|building|balcony|cliff|window|tower)\b/,
  /\b(?:step|stepping|walk|walking|jump|jumping)\s+in\s+front\s+of\s+(?:a|the)\s+(?:train|bus|car|truck|lorry)\b/,
  /\b(?:writ(?:e|ing|ten)|wrote|left)\s+(?:my|a)\s+(?:goodbye|final|last)\s+(?:note|letter)s?\s+(?:to|for)\s+(?:everyone|everybody|my\s+(?:family|mum|mom|dad|parents|kids|children|sister|brother))\b/,
  /\bgiv(?:e|ing)\s+away\s+(?:all\s+my\s+(?:things|stuff|belongings)|everything\s+i\s+own|my\s+(?:belongings|possessions))\b/,
  /\burges?\s+to\s+(?:cut|hurt|harm|burn|die|kill)\b/,
  /\b(?:started|start|starting)\s+cutting\s+(?:again|myself)?\b|\bcutting\s+again\b|\brelaps\w*\b.{0,30}\b(?:cutting|self[\s-]?harm)/,
  // A little Spanish, for people who write in it.
  /\b(?:quiero|quisiera|deseo)\s+(?:morir(?:me)?|estar\s+muert[oa]|desaparecer\s+para\s+siempre|dejar\s+de\s+existir)\b/,
  /\b(?:quiero|voy\s+a|pienso\s+en|ganas\s+de)\s+(?:matarme|quitarme\s+la\s+vida|hacerme\s+dano)\b/,
  /\bcortarme\s+(?:las\s+venas|los\s+brazos|las\s+munecas|otra\s+vez)\b|\bno\s+quiero\s+(?:seguir\s+)?vivi(?:r|endo)\b/,
];

export function normalizeForSafety(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ');
}

export function detectCrisis(text: string): boolean {
  if (!text) return false;
  // Long selections are scanned in full; the patterns have no nested repetition, so each scan is
  // linear (a bounded `.{0,40}` at most).
  const norm = normalizeForSafety(text);
  return PATTERNS.some((p) => p.test(norm));
}
