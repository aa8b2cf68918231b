import { modelSays } from './crisis-model';

export { setCrisisModel } from './crisis-model';

/**
 * The full crisis check (loaded after a page's first render; crisis.ts has the entry points).
 * Notices text that speaks of self-harm or suicide, so crisis resources can come first.
 * Errs toward showing them: a gentle panel shown once too often costs little, one missed costs
 * much. What it listens for, as a clinician would: direct words, passive wishes to be dead or
 * gone, feeling a burden others would be better off without, self-harm (now, past, urges), means
 * and plans, goodbyes; with common typos, internet euphemisms and a little Spanish.
 * Idioms ("this job is killing me", "dying to know", "I'd rather die than go back") stay quiet.
 */
const SELF = String.raw`(?:my\s*self|myself|meself|my\s*slef|myslef)`;
const KILL = '(?:kill|kil|k[i*!1]ll|kiling|killing|killed|off|top)';
const HARM =
  '(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|starve|starving|hang|hanging|shoot|shooting|poison|poisoning)';
// "I cut myself shaving", "hurt myself at the gym": accidents, not self-harm.
const ACCIDENT = String.raw`(?:\s+(?:shaving|cooking|chopping|playing|running|lifting|training)|\s+(?:at|in|during|on)\s+(?:the\s+|a\s+|my\s+)?(?:gym|game|match|practice|training|football|soccer|tennis|run|field|pitch|court|stove|oven|pan|kettle|iron|paper|glass|tin|can|grater|kitchen))`;
const DIE = String.raw`die\b(?!\s+(?:alone|single|lonely|unloved|childless|old|happy|of|from|laughing|a\s|an\s|without|before|when|in\s|on\s|at\s|if\s+i\s+(?:have|had)\s+to))`;
const WANT = '(?:want|wanna|wanted|wanting|going|gonna|ready|need|needing|plan(?:ning)?|try(?:ing)?|tried)';
// "...if I was gone", "...if I wasn't here", "...if I died".
const IF_GONE = String.raw`(?:if|when|once)\s+(?:just\s+)?(?:(?:i\s+(?:just\s+)?(?:was|were|am)|i'?m)\s+(?:dead|gone|not\s+(?:here|around|alive)|no\s+longer\s+(?:here|around|alive))|i\s+(?:just\s+)?(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+(?:here|around|alive|born)|i\s+(?:just\s+)?(?:died|disappeared|stopped\s+existing|never\s+existed|left\s+for\s+good|was\s+never\s+born|killed\s+myself))`;
const NOT_I = String.raw`(?:i\s+(?:was|were|wasn'?t|weren'?t|had|hadn'?t|didn'?t|did\s+not)|i'?d)`;

const RISK: RegExp[] = [
  /\bsewer\s*slide\b|\bunalive\w*|\bkys\s*myself\b/,
  new RegExp(String.raw`\b${KILL}\s+${SELF}\b`),
  new RegExp(String.raw`\b${HARM}\s+${SELF}\b(?!${ACCIDENT})`),
  /\b(?:end|ending|ended|take|taking|took)\s+(?:my|my\s+own)\s+(?:life|lfe)\b/,
  // Second-language phrasing: "finish with my life".
  /\bfinish\s+(?:with\s+)?my\s+(?:own\s+)?life\b/,
  // A note's first line: "if you're reading this I'm already gone".
  /\bif\s+(?:you'?re|you\s+are|u\s+r|ur)\s+reading\s+this\b.{0,30}\b(?:gone|dead|not\s+here|no\s+longer\s+(?:here|alive|around))\b/,
  /\bend(?:ing)?\s+it\s+all\b/,
  /\bend(?:ing)?\s+(?:it|everything|things)\s+(?:for\s+good|forever|tonight|permanently)\b/,
  /\b(?:thinking|thought|think|thoughts)\s+(?:about|of)\s+(?:ending\s+(?:things|it|everything)|dying|death|not\s+(?:being\s+)?(?:here|around|alive)|my\s+funeral|disappearing\s+for\s+good)\b/,
  new RegExp(
    String.raw`\b${WANT}\s+(?:to\s+)?(?:just\s+)?(?:${DIE}|be\s+dead|not\s+exist|stop\s+existing|stop\s+living|not\s+be\s+alive|disappear\s+(?:forever|for\s+good|permanently))`,
  ),
  new RegExp(
    String.raw`\b(?:wish\s+i\s+could|i'?d\s+like\s+to|i\s+could)\s+just\s+(?:${DIE}|be\s+dead|stop\s+existing)`,
  ),
  /\b(?:rather|prefer\s+to)\s+be\s+dead\b/,
  new RegExp(
    String.raw`\bwish(?:ed)?\s+(?:that\s+)?${NOT_I}\s+(?:been\s+)?(?:dead|died|never\s+been\s+born|not\s+alive|gone\s+for\s+good|never\s+existed|not\s+exist(?:ed)?)\b`,
  ),
  /\bwish(?:ing)?\s+i\s+(?:could\s+)?(?:die|disappear\s+(?:forever|for\s+good|permanently)|not\s+wake\s+up|never\s+woke\s+up|didn'?t\s+exist|did\s+not\s+exist|wasn'?t\s+alive|could\s+stop\s+existing|just\s+stop\s+existing)\b/,
  /\b(?:hope|hoping|pray|praying)\s+(?:that\s+)?i\s+(?:just\s+)?(?:don'?t|do\s+not|never|won'?t)\s+wake\s+up\b/,
  /\b(?:go\s+to\s+|fall\s+)?a?sleep\s+(?:and\s+)?(?:never|not)\s+wake\s+up\b|\bsleep\s+forever\b|\bnever\s+wake\s+up\s+again\b/,
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
  /\b(?:not|isn'?t|is\s+not|ain'?t)\s+(?:\w+\s+)?worth\s+living\b|\bwhat'?s\s+the\s+point\s+(?:of|in)\s+(?:living|being\s+alive|staying\s+alive)\b/,
  /\b(?:don'?t|do\s+not|dont|no\s+longer)\s+(?:want\s+to|wanna)\s+(?:live|be\s+alive|exist|wake\s+up|be\s+here\s+anymore|be\s+around\s+anymore)\b/,
  /\b(?:can'?t|cannot|cant)\s+go\s+on\s+(?:living|anymore|like\s+this)\b/,
  /\bnot\s+want\s+to\s+be\s+here\s+anymore\b/,
  /\b(?:tired|sick)\s+of\s+(?:living|being\s+alive|life|existing)\b/,
  /\bdone\s+with\s+(?:life|living|being\s+alive|existing)\b/,
  /\bwant\s+(?:out\s+of\s+life|my\s+life\s+to\s+be\s+over|it\s+(?:all\s+)?to\s+be\s+over\s+for\s+good|to\s+make\s+it\s+stop\s+for\s+good)\b/,
  /\b(?:take|taking|took|swallow|swallowing|swallowed)\s+(?:all|a\s+bottle|the\s+whole\s+bottle|a\s+handful)\s+(?:of\s+)?(?:my|the|these|those)?\s*(?:pills|tablets|meds|medication|sleeping\s+pills)\b/,
  /\b(?:how\s+many|enough)\s+(?:pills|tablets|sleeping\s+pills)\b.{0,30}\b(?:die|kill|take|it\s+would\s+take|enough)\b/,
  /\bnoose\b|\bslit\s+(?:my\s+)?wrists?\b|\b(?:jump|jumping)\s+(?:off|from)\s+(?:a|the|my)\s+(?:bridge|roof|building|balcony|cliff|window|tower)\b/,
  /\b(?:step|stepping|walk|walking|jump|jumping)\s+in\s+front\s+of\s+(?:a|the)\s+(?:train|bus|car|truck|lorry)\b/,
  /\b(?:writ(?:e|ing|ten)|wrote|left)\s+(?:my|a)\s+(?:goodbye|final|last)\s+(?:note|letter)s?\s+(?:to|for)\s+(?:everyone|everybody|my\s+(?:family|mum|mom|dad|parents|kids|children|sister|brother))\b/,
  /\bgiv(?:e|ing)\s+away\s+(?:all\s+my\s+(?:things|stuff|belongings)|everything\s+i\s+own|my\s+(?:belongings|possessions))\b/,
  /\burges?\s+to\s+(?:cut|hurt|harm|burn|die|kill)\b/,
  /\b(?:i'?ve|i\s+have|i)\s+(?:started|start)\s+cutting\b|\brelaps\w*\b.{0,30}\b(?:cutting|self[\s-]?harm)/,
  // A little Spanish, for people who write in it.
  /\b(?:quiero|quisiera|deseo)\s+(?:morir(?:me)?|estar\s+muert[oa]|desaparecer\s+para\s+siempre|dejar\s+de\s+existir)\b/,
  /\b(?:quiero|voy\s+a|pienso\s+en|ganas\s+de)\s+(?:matarme|quitarme\s+la\s+vida|hacerme\s+dano)\b/,
  /\bcortarme\s+(?:las\s+venas|los\s+brazos|las\s+munecas|otra\s+vez)\b|\bno\s+quiero\s+(?:seguir\s+)?vivi(?:r|endo)\b/,
  // Wanting out, for good: "make it all stop, forever", "rest forever", "check out for good".
  /\bout\s+of\s+life\b|\b(?:better\s+off|gone|dead|disappear\w*|stop\w*|end\w*)\b[^.!?]{0,40}\bme\s+included\b/,
  /\b(?:make|want|wanting|need)\s+(?:it|the\s+pain|everything|this|all\s+of\s+this)\s+(?:all\s+)?(?:to\s+)?stop\b.{0,20}\b(?:permanently|for\s+good|forever)\b/,
  /\b(?:forever|permanently)\s+stop\b|\b(?:rest|sleep)\s+forever\b|\bcheck\s+out\s+(?:for\s+good|permanently)\b/,
  /\bwish\s+i\s+could\s+(?:just\s+)?end\s+(?:it|things|everything)\b(?!\s+with)/,
  /\b(?:leave|leaving)\s+(?:too\s*)?[.,]?\s*(?:permanently|for\s+good)\b|\bbe\s+gone\s+(?:for\s+good|forever|permanently)\b|\bno\s+reason\s+(?:for\s+me\s+)?to\s+(?:stay\s+alive|be\s+alive|keep\s+(?:living|breathing))\b|\bleave\s+(?:this\s+world|this\s+life)\b/,
  /\b(?:ready\s+to\s+go|had\s+enough\s+of\s+(?:being\s+alive|living|life))\b/,
  /\b(?:only\s+way\s+out|kindest\s+thing\s+i\s+could\s+do|best\s+thing\s+i\s+could\s+do)\b.{0,50}\b(?:not\s+(?:be\s+)?(?:alive|here|around)|die|dead|gone|disappear)/,
  // Wishing death would come: "hope the plane goes down", "wouldn't mind if my heart stopped".
  /\bhop(?:e|ing)\s+(?:that\s+)?(?:something\s+(?:bad\s+)?happens\s+to\s+me|the\s+plane\s+(?:goes\s+down|crashes)|i\s+(?:get\s+hit|don'?t\s+make\s+it|never\s+come\s+back))/,
  /\bwouldn'?t\s+mind\s+if\s+(?:i\s+(?:died|didn'?t\s+wake|never\s+woke|got\s+hit|was\s+gone)|my\s+heart\s+(?:just\s+)?stopped)/,
  /\bif\s+i\s+(?:got\s+hit\s+by\s+a\s+(?:bus|car|train|truck)|died)\b.{0,40}\b(?:wouldn'?t\s+mind|relief|fine\s+with\s+(?:it|that)|not\s+(?:care|mind))/,
  /\bdeath\s+(?:sounds|seems|feels|looks)\s+(?:better|good|nice|easier|like\s+(?:a\s+)?relief|peaceful)/,
  /\bwhy\s+am\s+i\s+still\s+(?:alive|here|breathing)\b/,
  /\b(?:don'?t|do\s+not)\s+(?:plan\s+on|expect\s+to\s+be|see\s+myself)\s+(?:being\s+)?(?:alive|around|here)\b/,
  /\b(?:not\s+going\s+to\s+be|won'?t\s+be)\s+(?:a\s+(?:problem|burden)|around|here)\s+(?:for\s+\w+\s+)?(?:much|any)\s+longer\b/,
  /\b(?:dont|don'?t|do\s+not)\s+(?:wanna|want\s+to)\s+(?:b|be)\s+alive\b|\brather\s+not\s+be\s+alive\b|\bnot\s+to\s+be\s+alive\b/,
  /\b(?:easier|better|relief|kinder)\b.{0,30}\bif\s+i\s+(?:just\s+)?(?:wasn'?t|weren'?t|was\s+not)\s+(?:alive|here|around)\b/,
  /\b(?:easier|better|kinder)\s+(?:to\s+)?(?:just\s+)?not\s+(?:be\s+)?(?:here|alive|around)\b/,
  /\bif\s+i\s+(?:just\s+)?ended\s+(?:it|things|everything)\b|\bi'?m\s+going\s+to\s+do\s+it\b.{0,60}\bplan\b|\bhave\s+a\s+plan\b.{0,40}\bdo\s+it\b/,
  // Burden: "stop being a problem for everyone, permanently", "a favour by disappearing".
  /\bburden\b.{0,80}\b(?:better\s+off|relieved|easier|without\s+me|gone|dead)\b/,
  /\bstop(?:ped)?\s+being\s+a\s+(?:problem|burden)\b.{0,40}\b(?:permanently|for\s+good|forever)\b/,
  /\bdoing\s+(?:everyone|everybody|them|the\s+world)\s+a\s+favou?r\s+by\s+(?:disappearing|dying|leaving|not\s+being|being\s+gone)/,
  /\b(?:world|everyone|they|my\s+family)\s+(?:would\s+be|is|are)\s+better\s+(?:off\s+)?without\s+me\b|\bworld\s+(?:doesn'?t|does\s+not)\s+need\s+me\b/,
  /\b(?:better\s+off|relieved|happier)\s+if\s+i'?d\s+never\s+(?:existed|been\s+born)\b/,
  // Wanting not to exist, said other ways.
  /\b(?:want|wanna)\s+(?:to\s+)?be\s+gone\b(?!\s+(?:for\s+(?:the|a)\s+\w+|from\s+(?:here|this|that|the)\s+\w+|by|before|till|until|when|on|at|in))/,
  /\b(?:don'?t|dont|dnt|do\s+not)\s+(?:want\s+to|wanna|wana)\s+be\s+here\s+any\s*mo?re?\b/,
  /\b(?:don'?t|dont|do\s+not|can'?t|cannot)\s+see\s+the\s+point\s+(?:of|in)\s+(?:being\s+(?:here|around|alive)\s+any\s*more|living|being\s+alive|staying\s+alive)\b(?!\s+(?:at|in)\s+(?:this|the|that)\s+(?:job|company|team|office|school|town|city|group|club|place|relationship))/,
  /\bwish(?:ing)?\s+i\s+could\s+(?:just\s+)?not\s+exist\b|\bout\s+of\s+(?:being\s+alive|existing|existence)\b/,
  /\bthought\s+of\s+(?:not\s+existing|not\s+being\s+(?:here|alive|around)|dying|being\s+dead)\b.{0,40}\b(?:calms|comforts?|relief|peace|helps)\b/,
  /\bonly\s+way\s+(?:the\s+\w+|it|this|the\s+pain)\s+(?:stops|ends|goes\s+away)\s+is\s+(?:if\s+)?i\s+(?:stop|die|go|am\s+gone|end\s+it)\b/,
  /\bif\s+i\s+(?:didn'?t|did\s+not|dont|don'?t|never)\s+wake\s+up\b.{0,40}\b(?:ok|okay|fine|relief|wouldn'?t\s+mind|not\s+mind|at\s+peace)\b/,
  /\b(?:nerve|courage|guts)\s+to\s+(?:just\s+)?(?:end\s+it(?!\s+with)|go\s+through\s+with\s+it|kill\s+myself)\b/,
  /\blet\s+(?:it|the\s+(?:cold|sea|water|river|snow|waves))\s+take\s+me\b/,
  // Means and rehearsal.
  /\b(?:drink|drinking|swallow\w*)\s+(?:the\s+|some\s+)?(?:pesticide|bleach|weed\s*killer|antifreeze|poison|rat\s+poison)\b/,
  /\b(?:take|taking|took|swallow\w*)\s+(?:everything|all\s+(?:the\s+)?(?:pills|meds|tablets))\s+in\s+(?:the\s+)?(?:medicine\s+cabinet|cupboard|bathroom|drawer)\b/,
  /\b(?:saving|stockpiling|hoarding|counting)\s+(?:up\s+)?(?:my\s+|the\s+)?(?:pills|tablets|meds|sleeping\s+pills)\b|\b(?:keep\w*|kept|collect\w*|stash\w*|hid\w*)\s+(?:all\s+)?(?:my|the)\s+(?:pills|tablets|meds)\s+(?:from|after)\s+(?:every|each)\s+(?:refill|prescription|script)\b|\bhow\s+many\s+of\s+my\s+(?:sleeping\s+)?(?:pills|tablets|meds|antidepressants|painkillers|paracetamol|insulin)\b/,
  /\bbought\s+(?:a\s+)?rope\b(?![^.]{0,40}\b(?:climbing|camping|sailing|boat|course|class|garden|swing|skipping))|\bknow\s+which\s+bridge\b|\b(?:step|stepping|jump|jumping)\s+off\s+(?:the\s+|a\s+|my\s+)?(?:balcony|ledge|roof|edge|platform)\b|\bjust\s+step\s+off\b/,
  /\b(?:swerv\w*|driv\w*|drove|crash\w*)\s+(?:the\s+car\s+)?into\s+(?:the\s+|a\s+)?(?:barrier|wall|tree|oncoming|traffic|river)\b|\bwalk(?:ing)?\s+into\s+the\s+(?:sea|ocean|river|lake|traffic)\b|\bengine\s+running\b/,
  // Goodbyes.
  /\bgoodbye\s+(?:everyone|everybody|all|world)\b|\bwon'?t\s+need\s+(?:them|it|these|those|any\s+of\s+it)\s+(?:after|anymore|where\s+i'?m\s+going)\b|\b(?:wasn'?t|isn'?t|is\s+not)\s+their\s+fault\b/,
  // Self-harm without the word: acts on the body with intent, hiding it, urges.
  /\b(?:cut|cutting|cuts|burn(?:ed|t|ing)?|scratch(?:ed|ing)?|slic\w+|carv\w+)\s+(?:into\s+)?(?:my|myself|me)\b.{0,30}\b(?:with\s+(?:a\s+)?(?:lighter|blade|razor|knife|scissors|compass)|until|til|till|on\s+purpose|to\s+feel\s+something)/,
  /\b(?:hit|hitting|punch\w*|slap\w*|bang\w*)\s+(?:myself|my\s+head|the\s+wall|a\s+wall)\b.{0,30}\b(?:until|til|till|on\s+purpose|so\s+hard|bruis\w*|bled|bleed)/,
  /\bi\s+deserve\s+to\s+(?:hurt|bleed|die|be\s+dead|suffer\s+and\s+die)\b|\bbecause\s+i\s+deserve\s+to\s+hurt\b/,
  /\bfresh\s+cuts\b(?!\s+on\s+(?:her|his|their)\b)|\bcuts\s+on\s+my\s+(?:arms?|wrists?|legs?|thighs?|stomach)\b|\bwhat\s+i\s+did\s+to\s+my\s+(?:arms?|wrists?|legs?|thighs?|skin|body)\b/,
  /\b(?:used\s+to|urge\s+to|want\s+to|wanna|wouldn'?t|won'?t)\s+cut\b(?!\s+(?:my\s+hair|ties|back|corners|it|the|a|down|costs|out|him|her|them|you|class|school|work|sugar|carbs)\b)/,
];

// Words that name the subject, fine in talk about someone else or the topic ("my friend is
// suicidal", "a book about suicide prevention"), a risk when the writer speaks of themself.
const TOPIC =
  /\bsuicid\w*|\bsuicdal\b|\bsucidal\b|\bsuicde\b|\bself[\s-]?harm\w*|\bself[\s-]?injur\w*|\bkms\b|\boverdos(?:e|ed|es|ing)?\b(?!\s+on\s+(?!(?:my|the|some|those|these|all|sleeping|pills|meds)\b)\w)/;
// "so awkward I wanted to die lol", "not suicidal, just sad": said, then taken back.
const HYPERBOLE =
  /^(?=[^.!?]{0,120}$)[^.!?]*\bwanted\s+to\s+die\b[^.!?]*\b(?:lol|lmao|haha|awkward|embarrass\w*|cringe\w*|mortif\w*)\b|^(?=.{0,160}$)\bif\b[^.!?]{0,80}\bone\s+more\s+time\b.*\b(?:lol|lmao|haha)\b/;
// "I was never going to hurt myself", "I could honestly say no", "well for ten years".
const SAID_SAFE =
  /\bleav\w*\s+for\s+good\b[^.!?]{0,20}[.!?]?\s*(?:new\s+(?:city|job|flat|place|start|country)|moving)|\b(?:never|not|wasn'?t|was\s+not|am\s+not|i'?m\s+not)\s+(?:ever\s+)?(?:going\s+to|gonna)\s+(?:hurt|harm|kill)\s+myself\b|\b(?:honestly|truthfully)\s+(?:say|said|answer|answered)\s+no\b|\b(?:been|stayed)\s+(?:well|ok|okay|fine|safe)\s+for\s+(?:\w+\s+)?(?:years|months)\b|\b(?:said|answered)\s+no\b[^.!?]{0,30}\b(?:(?:it\s+was|that'?s|which\s+is)\s+true|i\s+meant\s+it)\b|\bi'?m\s+in\s+a\s+(?:completely\s+|totally\s+|very\s+)?different\s+place\s+now\b|\bi'?m\s+in\s+a\s+completely\s+different\s+place\b|\bclean\s+(?:for\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many)\s+years\b(?![\s\S]{0,400}\b(?:relaps\w*|again|urges?|slipped|tonight)\b)/;
const NOT_AT_RISK =
  /\b(?:not|never|n'?t)\s+(?:been\s+)?(?:suicidal|self[\s-]?harm\w*)\b(?![^.!?]*\b(?:but|though|except|lately|again)\b)/;
const ABOUT_TOPIC =
  /\b(?:essay|question|theme|present|presents|portray\w*|depict\w*|analy[sz]\w*)\b[^.!?]{0,40}\bsuicide\b|\b(?:suicide|self[\s-]?harm)\s+(?:prevention|awareness|warning|rates?|statistics|training|course|class|essay|documentary|research|survivors?|scene|plot|storyline|episode|chapter)|\b(?:book|essay|documentary|training|class|course|article|film|movie|podcast|show|novel|lecture|paper|talk|story|video|research|study|module|questions?|dissertation|thesis|project|report|workshop|seminar)\b[^.!?]{0,30}\b(?:about|on|of|covering|covered|into)\s+(?:the\s+)?(?:suicide|self[\s-]?harm)/;
const ABOUT_OTHERS =
  /\b(?:friend|friends|sister|brother|ex|he|she|they|her|his|their|character|coworker|co-worker|colleague|son|daughter|mum|mom|dad|father|mother|cousin|uncle|aunt|partner|boyfriend|girlfriend|husband|wife|someone|people)\b[^.!?]{0,40}(?:suicid|self[\s-]?harm|\bkms\b|overdos)/;
const FIRST_PERSON_RISK =
  /\bi(?:'?m|'?ve|'?d|\s+(?:am|was|have|had|feel|felt|keep|kept|think|thought|started|start|used\s+to|did|do|want|get|got|can'?t|cannot|might|may))\s+(?:been\s+|really\s+|so\s+|just\s+|always\s+)?(?:feeling\s+|thinking\s+(?:about|of)\s+|think\s+(?:about|of)\s+)?(?:suicid|self[\s-]?harm|overdos|kms\b)|\b(?:feel|feeling|felt|am|been|get|getting)\s+(?:so\s+|really\s+|very\s+|pretty\s+)?suicid|\bmy\s+(?:suicid|self[\s-]?harm)/;

/**
 * Softer signs that add up: each alone is ordinary ("the bridge", "permanently", "not your fault"),
 * two or more together in one text are how people often say it without saying it. A strong sign
 * (weight 2) is enough alone.
 */
const CUES: [RegExp, number, 'means'?][] = [
  // Means, rehearsal, plans.
  [/\b(?:noose|rope)\b/, 1, 'means'],
  [
    /\bpracti[cs]ing\s+(?:the|a)\s+knot\b|\b(?:next\s+to|staring\s+at|bought|got|have|hid|hidden)\s+(?:a|the|some)\s+rope\b(?![^.]{0,40}\b(?:climbing|camping|sailing|boat|course|class|garden|swing|skipping))/,
    2,
  ],
  [
    /\b(?:does|would|will|do\s+(?:you|u)\s+think)\s+(?:drowning|hanging|jumping|overdosing|dying|bleeding\s+out|it)\s+hurts?\b/,
    2,
  ],
  [new RegExp(IF_GONE), 1],
  [
    /\b(?:everyone|everybody|they|my\s+family|my\s+parents)\s+(?:would|'d)\s+be\s+(?:better\s+off|fine|happier|relieved)\b|\bwon'?t\s+have\s+to\s+worry\s+about\s+me\b|\b(?:nobody|no\s+one)\s+(?:would\s+|will\s+)?(?:even\s+)?notic\w*|\bwon'?t\s+notice\b/,
    1,
  ],
  [
    /\bnot\s+going\s+to\s+do\s+anything\s+(?:tonight|yet|today)\b|\bthought\s+about\s+(?:stopping|jumping|stepping|getting\s+out|pulling\s+over|letting\s+go)\b/,
    1,
  ],
  [
    /\bwhoever\s+finds\s+(?:this|me)\b|\b(?:bruises?|cuts?|burns?|marks?)\s+i\s+(?:gave|made|did\s+to)\s+myself\b|\bopen\s+my\s+(?:arms?|wrists?|skin)\s+up\b|\breopen(?:ed|ing)?\s+(?:the\s+)?(?:old\s+)?(?:lines|cuts|wounds|scars)\b|\b(?:looked\s+up|searched|googl\w+)\s+how\s+(?:tall|high|deep|many|much|long)\b|\bwr(?:ote|iting|itten)\s+(?:letters?|notes?)\s+(?:to|for)\s+(?:mum|mom|dad|my\s+\w+|everyone|everybody)\b/,
    2,
  ],
  [/\b(?:pills|tablets|meds|paracetamol|painkillers|sleeping\s+pills)\b/, 1, 'means'],
  [
    /\b(?:tablets|pills|meds)\s+(?:counted|lined\s+up|saved|stashed)|\bcounted\s+out\b|\benough\s+(?:in\s+the\s+\w+\s+)?to\s+(?:make\s+it\s+stop|do\s+it|end\s+it|not\s+wake\s+up)\b|\bis\s+that\s+enough\b/,
    2,
  ],
  [
    /\b(?:bridge|car\s+parks?|multi[\s-]?storey|roof|ledge|cliffs?|balcony|platform|tracks|motorway|highway|the\s+sea|the\s+river|the\s+lake|knife\s+block|razor|blade|wrists?|thighs?|hob|lighter)\b/,
    1,
    'means',
  ],
  [
    /\b(?:tallest|highest)\s+(?:car\s+parks?|buildings?|bridges?)\b|\bstep\s+forward\b|\bletting\s+go\b|\bkeep\s+walking\b|\brun\s+me\s+over\b|\bhit\s+by\s+a\s+(?:car|bus|train|truck)\b|\bone\s+doesn'?t\s+stop\b/,
    1,
  ],
  [
    /\b(?:rehears\w+|worked\s+out|mapped\s+out|picked\s+(?:a\s+day|the\s+day|the\s+date|a\s+date|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|how\s+i\s+would|which\s+day|finally\s+do\s+it|do\s+it\s+(?:tonight|this\s+weekend|soon))\b/,
    1,
  ],
  [
    /\b(?:i'?ve\s+got\s+it\s+all\s+worked\s+out|note'?s\s+(?:already\s+)?written|scheduled\s+it\s+for|in\s+order|(?:everything|things)\s+sorted|wrote\s+a\s+will|(?:last|final)\s+things|before\s+i\s+go|where\s+i'?m\s+going|after\s+tonight|where\s+they'?ll\s+find)\b/,
    1,
  ],
  // Goodbyes and absolution.
  [
    /\b(?:goodbye\s+(?:post|letter|note|message|video)|sorry\s+for\s+everything|(?:it'?s\s+)?not\s+your\s+fault|don'?t\s+blame\s+yourself|look\s+after\s+\w+\s+for\s+me|thanks?\s+(?:you\s+)?for\s+being\s+my\s+friend|giv(?:e|ing|en)\s+(?:my\s+)?(?:things|stuff)\s+away|won'?t\s+be\s+needing)\b/,
    1,
  ],
  // Not being here, for good.
  [
    /\b(?:not\s+(?:going\s+to\s+)?(?:be(?:ing)?\s+)?(?:here|around|alive)|wasn'?t\s+here|weren'?t\s+here|didn'?t\s+exist|not\s+exist(?:ing)?|be(?:ing)?\s+gone|i\s+was\s+gone|a\s+gap\s+where\s+i\s+used\s+to\s+be|without\s+me\s+(?:in\s+it|around)|(?:better|fine|happier|easier)\s+without\s+me|out\s+of\s+the\s+equation|one\s+less\s+problem|much\s+longer|on\s+earth)\b/,
    1,
  ],
  [
    /\b(?:permanent(?:ly)?|for\s+good|make\s+(?:it|that)\s+official|only\s+(?:one\s+)?way\s+(?:out|left)|last\s+straw|make\s+it\s+stop|(?:the\s+)?pain\s+to\s+stop|never\s+woke\s+up|never\s+wake\s+up|the\s+end\s+of\s+me|a\s+relief|peaceful)\b/,
    1,
  ],
  [
    /\b(?:burden|a\s+drain\s+on|breathe\s+easier|grieve|spare\s+(?:him|her|them|everyone)|they'?re\s+right|someone\s+to\s+(?:run|hit)|something\s+happens)\b/,
    1,
  ],
  [
    /\b(?:wnat|wnt|wan|want)\s+(?:to|ti|yo)\s+(?:die|dye)\b|\bi\s+lied\b.{0,30}\bim\s+not\b|\bi'?m\s+not\s+safe\b|\bim\s+not\s+safe\b/,
    2,
  ],
  // Self-harm acts on purpose, hidden, relapses.
  [
    /\b(?:scald\w*|carv\w*|burn\w*|cut\w*|hit|hitting|slam\w*|punch\w*|bang\w*|scratch\w*|bit|biting|pinch\w*|held|holding|press\w*|snapp\w*)\b[^.!?]{0,60}\b(?:on\s+purpose|deserved\s+it|deserve\s+it|till|until|purple|bled|bleed|bruis\w*|feel\s+anything|feel\s+something|the\s+noise|again)\b/,
    1,
  ],
  [
    /\b(?:scalding|scalded|carved|carving)\s+(?:myself|into\s+my|\w+\s+into\s+my)|\binto\s+my\s+(?:thigh|arm|wrist|leg|skin)s?\b|\b(?:nobody|no\s+one)\s+sees\s+under\b|\blong\s+sleeves\b/,
    2,
  ],
  [/\b(?:months?|weeks?|days?|years?)\s+clean\b|\brelaps\w*\b|\bclean\s+from\s+(?:cutting|self)/, 1],
  [/\bcut(?:ting)?\s+again\b|\burge\s+(?:is\s+)?back\b|\bscared\s+i'?ll\s+start\s+again\b/, 2],
  [/\b(?:kys|kms)\b/, 1],
  // Hiding it, asking how, last words and arrangements.
  [
    /\bhide\s+(?:the\s+|my\s+)?(?:fresh\s+)?(?:marks|cuts|scars|burns|bruises)\b|\bpainless\s+(?:ways?|method)\s+to\b|\b(?:fall\s+)?asleep\s+forever\b|\bby\s+the\s+time\s+you\s+read\s+this\b|\bwhat\s+i'?d\s+write\s+in\s+the\s+note\b/,
    2,
  ],
  [
    /\bwork(?:ing)?\s+up\s+the\s+(?:nerve|courage)\b|\b(?:so|so\s+that)\s+(?:they|no\s+one|nobody)\s+(?:wouldn'?t|won'?t|doesn'?t|would\s+not)\s+ask\b|\bexpress\s+(?:train\s+)?through\s+my\s+station\b|\bcalm\b[^.]{0,30}\b(?:a|the)\s+(?:date|plan)\b|\bwithout\s+me\s+in\s+this\s+world\b|\b(?:only|just)\s+a\s+(?:problem|burden)\s+for\s+(?:everybody|everyone|them)\b|\b(?:wr(?:ote|iting|itten)|left)\s+(?:a\s+)?notes?\s+for\s+(?:everyone|everybody|my\s+\w+)\b|\bfinished\s+with\s+all\s+of\s+it\b|\bwhere\s+no\s+one\s+(?:will|can)\s+see\b|\bbetter\s+off\b[^.]{0,40}\bthan\s+with\s+me\b/,
    1,
  ],
  [/\b(?:life\s+)?insurance\s+(?:money|payout|policy|pays\s+out)\b/, 1],
  // Accidents weigh against: "burnt my wrist on the oven tray, ouch".
  [
    /\b(?:oven|stove|tray|kettle|frying\s+pan|cooking|baking|shaving|chopping|gardening|ouch|oops|by\s+accident|accidentally|clumsy)\b/,
    -1,
  ],
  // Force, cuts or heat on one's own body; with intent ("till it bled", "again", "wanted it to hurt").
  [
    /\b(?:cut|cutting|slic\w+|dragg?\w*|scratch\w*|scrap\w+|scrub\w*|smash\w*|punch\w*|hit|hitting|burn\w*|press\w*|carv\w*|bash\w*|slamm?\w*|stabb?\w*|bit|biting|snapp\w*|dig\w*|dug)\s+(?:myself|my\s+own\s+\w+|(?:\w+\s+){0,6}(?:across|into|on|against|in|of)\s+my\s+(?:(?:fore)?arms?|wrists?|hips?|thighs?|legs?|ankles?|shins?|hands?|palms?|fingers?|stomach|skin|chest|ribs)|my\s+(?:(?:fore)?arms?|wrists?|hips?|thighs?|legs?|ankles?|shins?|hands?|fingers?|stomach|skin|chest|ribs))\b/,
    1,
  ],
  [
    /\b(?:till|until)\s+(?:it|they|i)\s+(?:bled|bruised|bleed|went\s+(?:red|purple|numb))|\braw\b|\bover\s+and\s+over\b|\bwanted\s+it\s+to\s+hurt\b|\bdeeper\s+this\s+time\b|\bwelts?\b|\bhard\s+enough\s+to\s+(?:leave|bruise|bleed|mark)|\bteeth\s+marks\b|\btwice\b|\bblood\b|\bhelped\s+for\s+(?:like\s+)?a\s+(?:minute|second|bit)\b/,
    1,
  ],
  [
    /\b(?:blades?|scissors|broken\s+glass|compass|prescriptions|hot\s+iron|wire\s+brush|hammer|straighteners|curling\s+iron|hair\s+tie)\b/,
    1,
    'means',
  ],
  [
    /\b(?:stopping|stops|stopped|stop)\s+me\s+from\s+(?:cutting|hurting\s+myself|doing\s+it|jumping|taking\s+them)\b/,
    2,
  ],
  [
    /\b(?:tried|testing|tested)\s+the\s+rope\b|\bhid\s+the\s+(?:blades?|pills|razors?|scissors|knives|rope)\b|\bsaving\s+up\s+my\s+(?:prescriptions|pills|meds)\b|\btrains?\s+(?:that\s+)?(?:don'?t|do\s+not)\s+stop\b|\bclimb\s+back\s+over\b|\bthat'?s\s+the\s+one\b/,
    2,
  ],
  // Decisions, last words, loose ends.
  [
    /\b(?:i'?ve\s+decided|made\s+up\s+my\s+mind|my\s+mind\s+is\s+made\s+up|after\s+everyone'?s\s+(?:gone\s+to\s+bed|asleep)|planning\s+to\s+find\s+out|next\s+time\s+i\s+won'?t)\b/,
    1,
  ],
  [
    /\b(?:this\s+is\s+goodbye|that'?s\s+it\s+for\s+me|not\s+yet|stood\s+(?:at|on)\s+the\s+edge|decide\s+for\s+me|(?:my\s+)?own\s+(?:funeral|memorial)|not\s+really\s+joking|for\s+real|won'?t\s+be\s+a\s+(?:problem|burden)\s+for\s+anyone|deleted\s+(?:all\s+)?my\s+(?:socials|accounts)|something\s+sharper|old\s+(?:scars|lines|cuts)|real\s+goodbye|won'?t\s+see\s+(?:them|you|anyone)\s+again|last\s+thing\s+i'?ll\s+(?:write|say|post)|whoever\s+finds\s+it|passwords|where\s+the\s+will\s+is|won'?t\s+be\s+(?:here|around)\s+to)\b/,
    1,
  ],
  [
    /\bwouldn'?t\s+mind\b|\b(?:a|the)\s+(?:bus|car|train|lorry|truck)\s+(?:hit|hits|ran\s+over|runs\s+over)\s+me\b/,
    1,
  ],
  [
    /\b(?:weight|drag)\s+on\s+(?:everyone|everybody|them|my\s+\w+)\b|\bhave\s+to\s+carry\s+me\b|\bsoon\s+(?:they|you|everyone)\s+won'?t\s+have\s+to\b/,
    1,
  ],
  [/\b(?:on\s+purpose|deliberately)\b/, 1],
  // Last posts and goodbyes said plainly; loose ends.
  [
    /\b(?:this\s+is\s+)?my\s+(?:last|final)\s+(?:post|message|text|entry|words)\b|\b(?:done|tired\s+of)\s+fighting\b(?!\s+(?:for|with|over|about))|(?:^|[.!?]\s+)goodbye[.!,]|\bleav(?:e|ing)\s+(?:everything|it\s+all)\b(?!\s+(?:behind\s+(?:and|to)|to\s+))|\bsee\s+(?:you|her|him|them|u)\s+in\s+(?:another|the\s+next)\s+life\b/,
    1,
  ],
  [
    /\b(?:sorted|made|wrote|written|updated|did)\s+(?:out\s+)?(?:my|a)\s+will\b|\bty(?:ing|ed)\s+up\s+(?:all\s+)?(?:the\s+|my\s+)?loose\s+ends\b|\bwho\s+gets\s+(?:the|my)\b|\bif\s+anything\s+(?:happens|happened|were\s+to\s+happen)\s+to\s+me\b|\blook\s+after\s+(?:the|my)\s+(?:kids|children|dog|cat|pets?)\b/,
    1,
  ],
  [
    /\b(?:weird(?:ly)?|strange(?:ly)?|odd(?:ly)?|eerily)\s+(?:how\s+)?calm\b|\b(?:thought|thinks?)\s+i\s+was\s+(?:being\s+)?(?:dramatic|joking|kidding)\b|\balready\s+decided?\s+how\b|\bwhen\s+the\s+(?:house|flat|place)\s+is\s+empty\b|\b(?:\d+|a\s+few|two|three|four|five)\s+(?:new\s+)?cuts\b|\bi\s+had\s+\d+\s+days\b/,
    1,
  ],
  [
    /\bmade\s+(?:my\s+)?peace\s+with\s+(?:it|everything|that|dying|death|my\s+decision)\b|\blove\s+(?:you|u|ya)\s+all\b|\ba\s+little\s+too\s+long\b|\bi\s+can'?t\s+stop\b|\b(?:all\s+of\s+them|them\s+all)\s+at\s+once\b/,
    1,
  ],
  [
    /\b(?:won'?t|wouldn'?t|don'?t\s+think\s+i'?ll|might\s+not)\s+(?:walk|come|climb|step)\s+back\b(?!\s+from\b)|\bafraid\s+of\s+myself\b|\buntil\s+i\s+(?:stop(?:ped)?\s+(?:being|existing|breathing)|disappear(?:ed)?|was\s+gone)\b/,
    2,
  ],
  [
    /\bpainless\s+(?:ways?|methods?)\b(?!\s+(?:to|of)\s+(?!(?:die|go|end|do\s+it|kill|not\s+wake)))|\bwr(?:ote|itten|iting)\s+(?:out\s+)?my\s+goodbyes?\b(?!\s+(?:speech|card|email|to\s+(?:this|that|the|our|my)\s+(?!(?:family|kids|children|world|life)\b)))/,
    2,
  ],
];
// Idioms and accidents the rules already know: the word model doesn't overrule them.
const IDIOM = new RegExp(
  String.raw`\bdead\s+(?:tired|on\s+my\s+feet|beat)\b|\b(?:friendship|relationship|marriage|career|band|chat|dream|romance|spark)\s+is\s+(?:dead|over)\b|\brather\s+die\s+than\b|\bdie\s+(?:alone|single|of|from|laughing)\b|\bend(?:ing)?\s+(?:it|things)\s+with\b|\b(?:killing|kill)\s+me\b|\bdying\s+to\b|\bcould\s+(?:just\s+)?die\b|\b(?:${HARM}|burned|burnt)\s+${SELF}${ACCIDENT}`,
);
// Someone else's words reported: "he said he doesn't want to be here anymore".
const REPORTED =
  /\b(?:he|she|they|(?:my|a)\s+(?:flatmate|roommate|friend|sister|brother|mum|mom|dad|son|daughter|partner|colleague|coworker|cousin|aunt|uncle|niece|nephew|ex|student|client)|friend)\b[^.!?]{0,60}\b(?:said|says|told\s+me|texted|admitted|messaged|wrote|posted|rang\s+to\s+say|called\s+to\s+say)\s+(?:(?:that\s+)?(?:he|she|they)\b|[:,]?\s*['"\u2018\u201c])/;
// Soft signs about someone else: "worried about my flatmate, she's been cutting again".
const CUE_DAMPENERS =
  /\b(?:showed\s+me|on)\s+(?:her|his|their)\s+(?:arms?|wrists?|legs?|thighs?)\b|\bworried\s+about\s+(?:my|her|him|them)\b|\b(?:she|he|they)(?:'s|'re|\s+is|\s+are|\s+has|\s+have|\s+was)?\s+(?:been\s+)?(?:cutting|self[\s-]?harm\w*|suicid\w*|hurting\s+(?:her|him|them)sel\w+)/;

// Up to two different words of one cue count ("the knife block", "my wrists"); means and places
// count once between them: "pills" and "the bridge" are ordinary words, even together.
const GLOBAL_CUES = CUES.map(
  ([re, weight, group], i) => [new RegExp(re.source, 'g'), weight, group ?? i] as const,
);
/** Soft signs count together only when they are close: a few sentences, not a whole book. */
const CUE_WINDOW = 400;

/** Whether some stretch of CUE_WINDOW characters holds soft signs weighing 2 or more. */
function cuesAddUp(norm: string): boolean {
  const hits: { at: number; group: number | string; text: string; weight: number }[] = [];
  for (const [re, weight, group] of GLOBAL_CUES)
    for (const m of norm.matchAll(re)) hits.push({ at: m.index ?? 0, group, text: m[0], weight });
  if (hits.length < 2 && !hits.some((h) => h.weight >= 2)) return false;
  hits.sort((a, b) => a.at - b.at);
  for (let i = 0; i < hits.length; i++) {
    const start = hits[i]?.at ?? 0;
    // Two different signs of one kind ("the knife block", "my wrists") count as two; accidents once.
    const seen = new Map<number | string, Set<string>>();
    let score = 0;
    for (let j = i; j < hits.length; j++) {
      const h = hits[j];
      if (!h || h.at - start > CUE_WINDOW) break;
      const texts = seen.get(h.group) ?? new Set<string>();
      seen.set(h.group, texts);
      if (texts.has(h.text) || texts.size >= (h.weight < 0 || h.group === 'means' ? 1 : 2)) continue;
      texts.add(h.text);
      score += h.weight;
    }
    if (score >= 2) return true;
  }
  return false;
}

export function fullCrisisCheck(norm: string): boolean {
  // Long selections are scanned in full; the patterns have no nested repetition and only bounded
  // gaps, so each scan is linear.
  if (HYPERBOLE.test(norm) || SAID_SAFE.test(norm)) return false;
  if (RISK.some((p) => p.test(norm)) && (!REPORTED.test(norm) || ownRiskSentence(norm))) return true;
  const aboutOthers = CUE_DAMPENERS.test(norm) || REPORTED.test(norm);
  // "I'm ending it with him tonight, I've made up my mind": a decision about someone, not a plan.
  if (!aboutOthers && !ENDING_WITH.test(norm) && cuesAddUp(norm)) return true;
  if (namesItForSelf(norm)) return true;
  // The word model hears indirect ways the rules don't list (once its weights have loaded).
  return (
    !aboutOthers && !NOT_AT_RISK.test(norm) && !ABOUT_TOPIC.test(norm) && !IDIOM.test(norm) && modelSays(norm)
  );
}

const sentencesOf = (norm: string) => norm.split(/(?<=[.!?;])\s+|\n+/);

const ENDING_WITH = /\bend(?:ing|ed)?\s+(?:it|things)\s+with\s+(?:him|her|them|my\s+\w+)\b/;

/** "She said she never loved me. I want to die.": a sentence of the writer's own, apart from the report. */
function ownRiskSentence(norm: string): boolean {
  // Every rule on every sentence is too slow for a whole book: there, err toward the panel.
  if (norm.length > 20_000) return true;
  return sentencesOf(norm).some((s) => !REPORTED.test(s) && RISK.some((p) => p.test(s)));
}

/**
 * The subject named: a risk unless every sentence naming it is plainly about the topic ("an
 * essay on self-harm") or about someone else and not the writer ("my friend is suicidal").
 */
function namesItForSelf(norm: string): boolean {
  if (!TOPIC.test(norm) || NOT_AT_RISK.test(norm)) return false;
  return sentencesOf(norm).some(
    (s) => TOPIC.test(s) && !ABOUT_TOPIC.test(s) && (FIRST_PERSON_RISK.test(s) || !ABOUT_OTHERS.test(s)),
  );
}
