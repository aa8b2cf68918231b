import type { CrisisRule } from './shared';

/*
 * Someone else at risk now, written by the person with them: "my roommate just told me she took a
 * whole bottle of her pills, what do I do". Reports and worry about others usually keep the check
 * quiet (reported.ts, other-at-risk.ts), since the panel is for the writer; but the crisis lines
 * are what this writer needs too, so these bring it up whoever the words are about.
 */

// Someone not answering, as the records below that pair it with a goodbye or a means say it.
const NO_ANSWER = String.raw`not\s+(?:picking\s+up|answering|replying)`;

/** An act or a means of someone else's, said as happening now: alone enough. */
export const OTHER_NOW_RULES: CrisisRule[] = [
  {
    id: 'other-took-pills',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:she|he|they)\s+(?:just\s+)?(?:took|has\s+taken|have\s+taken|swallowed|downed)\s+['"]?(?:(?:a|the|his|her|their)\s+(?:\w+?'?s\s+)?(?:whole|entire|full)\s+(?:bottle|box|pack|packet|strip)|a\s+(?:bottle|handful)|too\s+many|loads|\d{2,})['"]?\s+(?:of\s+)?(?:her|his|their|the|my)?\s*(?:\w+\s+)?(?:pills|tablets|meds|medication|paracetamol|tylenol|painkillers)\b/,
    weight: 1,
    example: 'my roommate just told me she took a whole bottle of her pills like 20 mins ago',
    why: "Someone has just taken far more pills than anyone would (a whole bottle, his mum's whole pack, a handful): an overdose.",
  },
  {
    id: 'other-at-the-edge',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:she|he|they)(?:'s|'re|\s+is|\s+are)\s+(?:standing|sitting)\s+on\s+(?:the\s+)?(?:\w+\s+)?(?:edge|ledge|bridge|roof|railing|parapet)\b|\b(?:saying|says|said)\s+(?:that\s+)?(?:she|he|they)(?:'s|'re|\s+is|\s+are)?\s+(?:will|going\s+to|gonna|wants\s+to)\s+jump\b(?!\s+(?:in|into|on|onto|at|for|ship|up|around|ahead|the\s+queue|rope|back|straight)\b)/,
    weight: 1,
    example: 'My brother is standing on terrace edge since half hour and saying he will jump',
    why: 'Someone at a height saying they will jump.',
  },
  {
    id: 'other-has-the-means',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:has|had|keeps|found)\s+(?:a\s+)?(?:rope|noose|gun)\s+in\s+(?:his|her|their)\s+(?:room|closet|wardrobe|drawer|car|bag)\b|\bhoarding\s+(?:his|her|their)\s+(?:\w+\s+)?(?:pills|tablets|meds)\b/,
    weight: 1,
    example: 'My grandson told me last night he has a rope in his closet and he thinks about it a lot',
    why: 'A means kept ready by someone close.',
  },
  {
    id: 'other-goodbye-now',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:texting|sending|sent|posting|posted)\s+(?:me\s+|us\s+)?(?:goodbye|farewell)\s+(?:messages?|texts?)\b|\b(?:said|says|saying)\s+(?:goodbye|bye)\s+to\s+everyone\s+and\s+(?:went\s+offline|logged\s+off|turned\s+(?:her|his|their)\s+phone\s+off|(?:isn'?t|is\s+not|stopped)\s+answering)\b/,
    weight: 1,
    example: "my bestfriend is texting me goodbye messages and she's not answering calls",
    why: 'Goodbyes sent to people, then silence.',
  },
  {
    id: 'other-posted-the-means-then-silence',
    labels: ['risk'],
    lang: 'en',
    pattern: new RegExp(
      String.raw`^(?=[\s\S]*\b(?:last\s+(?:story|post|message)|goodbye|${NO_ANSWER})\b)(?![\s\S]*\b(?:(?:he|she|they)'?s\s+fine|(?:he|she|they)\s+(?:is|are)\s+fine|lol|lmao)\b)[\s\S]*?\b(?:she|he|they)\s+(?:just\s+)?(?:posted|sent|shared)\b[^.!?\n]{0,40}\b(?:pic|photo|picture|story|selfie)\s+(?:of|with)\s+(?:a\s+|her\s+|his\s+|their\s+)?(?:strip\s+of\s+|bottle\s+of\s+|box\s+of\s+|pack\s+of\s+)?(?:pills|tablets|meds|rope|noose|blades?|razors?)\b(?!\s+(?:swing|organi[sz]er|ladder|bridge|course))`,
    ),
    weight: 1,
    example: "she just posted 'last story' with a pic of a strip of pills. shes not picking up my calls",
    why: 'A "last story" or a goodbye with a photo of pills, a rope or a blade, and no answer: a means shown, now.',
  },
  {
    id: 'other-sorry-for-everything-then-gone',
    labels: ['risk'],
    lang: 'en',
    pattern: new RegExp(
      String.raw`^(?=[\s\S]*\b(?:isn'?t\s+home|not\s+home|left\s+(?:his|her|their)\s+phone|${NO_ANSWER}|can'?t\s+find\s+(?:him|her|them)|nobody\s+knows\s+where)\b)[\s\S]*?\b(?:last\s+(?:story|post|message|text)|posted|sent|texted)\b[^.!?\n]{0,60}\bsorry\s+for\s+everything\b`,
    ),
    weight: 1,
    example:
      "his last story was just a black screen that said 'sorry for everything'. his mom says he isn't home and he left his phone",
    why: 'Someone posts "sorry for everything" and is then not home, not answering, phone left behind: a goodbye, now.',
  },
  {
    id: 'other-in-front-of-traffic',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:she|he|they|hes|shes)(?:'s|'re|\s+is|\s+are)?\s+(?:gonna|going\s+to|will|wants\s+to)\s+(?:walk|step|run|jump|throw\s+(?:himself|herself|themselves))\s+(?:out\s+)?in\s+front\s+of\s+(?:a|an|the|next)\b/,
    weight: 1,
    example: 'my co driver just told me hes gonna walk out in front of the next rig, what do i do',
    why: 'Someone saying they will step in front of traffic or a train.',
  },
  {
    id: 'other-sent-their-cuts',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:sent|sending|showed)\s+(?:me\s+|us\s+)?(?:a\s+)?(?:pic|photo|picture|snap)s?\s+of\s+(?:her|his|their)\s+(?:fresh\s+)?(?:cuts|wounds|burns)\b/,
    weight: 1,
    example: "my friend Lily just sent me a pic of her cuts and she's not replying",
    why: 'Someone sending pictures of their own fresh wounds is hurting themselves now.',
  },
  {
    id: 'other-last-words-then-silence',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /^(?![\s\S]*\b(?:flight|plane|holiday|vacation|trip|boarding|airport|cruise|last\s+day|retir\w*|lol|lmao)\b)[\s\S]*?\b(?:posted|sent|texted|dm'?d|messaged|wrote)\s+(?:me\s+|us\s+)?(?:on\s+(?:his|her|their)\s+\w+\s+)?['"“]?(?:goodbye\b|bye\s+(?:everyone|all)\b|sorry\s+(?:for\s+everything|everyone)\b|tell\s+my\s+(?:mom|mum|mam|mother|dad|kids?|family|sister|brother)\s+i\s+love)[^\n]{0,200}\b(?:voicemail|not\s+(?:answering|picking\s+up)|no\s+(?:one|body)(?:'s|\s+is)\s+answering|no\s+answer|(?:calling|called|ringing|rang)\s+(?:911|999|112|000)|phone(?:'s|\s+is)\s+(?:off|dead)|turned\s+off\s+(?:his|her|their)\s+phone|can'?t\s+find\s+(?:him|her|them))/,
    weight: 1,
    example:
      "he posted 'goodbye everyone, sorry' on his story an hour ago and now his phone's going straight to voicemail",
    why: 'Someone sends last words ("sorry for everything", "tell my mom I love her") and then cannot be reached.',
  },
  {
    id: 'other-took-all-of-them',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\bslurr\w*\s+(?:that\s+)?(?:she|he|they)(?:'s|\s+(?:just\s+)?(?:took|has\s+taken|swallowed))\s+['"“]?all\s+(?:of\s+)?(?:them|her\s+pills|his\s+pills|their\s+pills)\b|\b(?:she|he|they)\s+(?:just\s+)?(?:took|has\s+taken|swallowed)\s+['"“]?all\s+(?:of\s+)?(?:them|her\s+pills|his\s+pills|their\s+pills)['"”]?[^\n]{0,120}\b(?:what\s+do\s+i\s+do|call\s+(?:911|999|112|000|an\s+ambulance)|poison\s+control|not\s+answering)\b/,
    weight: 1,
    example: "My ex just sent me a voice note slurring that she took 'all of them' and that it's my fault",
    why: 'Someone has taken "all of them" (their pills), said slurring or with the writer asking what to do.',
  },
  {
    id: 'other-has-taken-the-lot',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /^(?=[\s\S]*\b(?:slurr\w*|999|911|112|ambulance|overdos\w*|drowsy|can'?t\s+wake\s+(?:him|her|them))\b)[\s\S]*?\b\w+(?:'d|'s|'ve|\s+had|\s+has|\s+have)?\s+(?:just\s+)?(?:gone\s+and\s+)?(?:taken|took|swallowed|necked|downed)\s+['"“]?the\s+(?:whole\s+|entire\s+)?lot\b(?!\s+(?:to|back|with)\b)/,
    weight: 1,
    example: "He rang me slurring, said he'd taken 'the lot' after the redundancy letter. I've rung 999",
    why: 'Someone has taken "the lot", heard slurring or with an ambulance called: an overdose, now.',
  },
  {
    id: 'other-has-a-gun-out',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b\w+(?:'s|'ve|\s+has|\s+have|\s+had)?\s+(?:got\s+|pulled\s+|taken\s+|took\s+)?(?:his|her|their)\s+(?:\w+?'?s\s+)?(?:\w+\s+)?(?:pistol|gun|rifle|shotgun|revolver|glock)\s+out\b(?!\s+of\b)(?=[^\n]{0,200}\b(?:wellness\s+check|welfare\s+check|911|999|112|not\s+answering|won'?t\s+answer|(?:she|he)\s+left\s+(?:him|her)|broke\s+up|goodbye)\b)/,
    weight: 1,
    example:
      "can u call a wellness check on my buddy, he texted he's got his daddys pistol out sittin in the truck after she left him",
    why: 'Someone has a gun out after a loss, with the writer asking for a check or a number: a means in hand, now.',
  },
  {
    id: 'other-giving-everything-away',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /^(?![\s\S]*\b(?:moving|move\s+(?:abroad|out|to|back)|emigrat\w*|declutter\w*|minimalis\w*|downsiz\w*|relocat\w*|new\s+job\s+in|travel\w*|backpack\w*|retir\w*|assisted\s+living|care\s+home|nursing\s+home|baby|outgrown|grew\s+out)\b)[\s\S]*?\b(?:giv(?:ing|en)|gave)\s+away\s+(?:basically\s+|pretty\s+much\s+|almost\s+)?(?:all|most|loads|everything)\s+(?:of\s+)?(?:his|her|their)\s+(?:\w+\s+)?(?:stuff|things|belongings|possessions|clothes|games|books)\b[\s\S]{0,200}?\b(?:won'?t\s+need|wont\s+need|not\s+going\s+to\s+need|doesn'?t\s+need\s+(?:them|it|any\s+of\s+it)\s+anymore)\b/,
    weight: 1,
    example:
      "Roommate's been giving away all his stuff this week, and told me he 'won't need' his textbooks next semester. Should I do something tonight?",
    why: "Someone giving their things away and saying they won't need them: a goodbye, which the worried writer needs help with.",
  },
  {
    id: 'other-on-the-bridge-now',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:says|said|texted|told\s+me)\s+(?:that\s+)?(?:she|he|they)(?:'s|'re|\s+is|\s+are)\s+(?:on|at)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:bridge|overpass|cliffs?|tracks|roof|ledge)\b[^\n]{0,80}\b(?:calling|called|call)\s+(?:911|999|112|000|the\s+police)\b/,
    weight: 1,
    example: "he just DM'd me 'sorry for everything' and says he's on the Aurora bridge. calling 911 now",
    why: 'Someone at a bridge or a ledge while the writer is calling emergency services.',
  },
  {
    id: 'other-saying-goodbye-all-night',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:messaging|texting|messaged|texted|calling|called)\s+(?:her|him|me|us|them)\s+(?:all\s+(?:night|evening)\s+)?saying\s+(?:goodbye|bye|sorry)\b[^\n]{0,200}\b(?:not\s+picking\s+up|not\s+answering|what\s+(?:number|do\s+we|do\s+i|should)|(?:call|ring)\s+(?:911|999|112|000))/,
    weight: 1,
    example:
      "Her best friend has been messaging her all night saying goodbye. Her mum's not picking up. What number do we ring",
    why: 'Someone saying goodbye to a friend all night while the writer asks whom to call.',
  },
  {
    id: 'other-with-a-gun-not-answering',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:with|has\s+got|has)\s+(?:his|her|their|a)\s+(?:rifle|gun|shotgun|pistol)\s+(?:on\s+the\s+seat|in\s+(?:his|her|their)\s+lap|next\s+to\s+(?:him|her|them))\b[^\n]{0,200}\b(?:won'?t\s+answer|not\s+answering|who\s+do\s+i\s+call|what\s+do\s+i\s+do)\b/,
    weight: 1,
    example:
      "My husband has been sitting in the truck for 3 hours with his rifle on the seat. He won't answer me or his phone. Who do I call",
    why: 'Someone alone with a gun beside them who will not answer: the writer needs the crisis lines now.',
  },
  {
    id: 'other-locked-in-not-answering',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\blocked\s+(?:himself|herself|themselves)\s+in\s+(?:the|his|her|their)\s+(?:bathroom|room|car|garage|shed)\b(?=[^\n]{0,200}\b(?:not\s+answering|won'?t\s+(?:answer|respond|come\s+out)|no\s+answer)\b)[^\n]{0,200}\b(?:which\s+number|who\s+do\s+i\s+call|call\s+(?:911|999|112|000|the\s+police)|urgent(?:ly)?)\b/,
    weight: 1,
    example:
      'My roommate locked himself in the bathroom an hour ago after his result, not answering. Which number I should call urgently?',
    why: 'Someone locked in and silent while the writer asks whom to call now.',
  },
  {
    id: 'other-saving-their-pills',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:he|she|they|(?:my|our)\s+(?:dad|mum|mom|mam|father|mother|husband|wife|son|daughter|brother|sister|partner|grandad|grandma|nan|friend))(?:'s|\s+has|\s+have|\s+had|\s+is)?\s+(?:been\s+)?(?:hoarding|stockpiling|saving\s+up|stashing)\s+(?:his|her|their|the)\s+(?:\w+\s+){0,4}?(?:tablets|pills|meds|medication|medicine|painkillers|insulin|oxycodone|morphine)\b[^.!?\n]{0,80}?\b(?:rather\s+than|instead\s+of)\s+taking\s+(?:them|it)\b|\bcollecting\s+(?:his|her|their)\s+(?:\w+\s+){0,2}?(?:tablets|pills|meds|painkillers|morphine)\s+in\s+(?:a|an|the|his|her|their)\b[^.!?\n]{0,80}?\b(?:rather\s+than|instead\s+of)\s+taking\s+(?:them|it)\b/,
    weight: 1,
    example:
      'Last night I discovered that he has been collecting his morphine tablets in an old tobacco tin rather than taking them.',
    why: 'Someone saving up their medicine instead of taking it: means gathered, which the writer needs help with now.',
  },
  {
    id: 'other-says-going-to-kill-self',
    labels: ['risk'],
    lang: 'en',
    pattern:
      /\b(?:he|she|they)\s+(?:said|says|texted|told\s+me|keeps\s+saying)\s+(?:that\s+)?(?:he|she|they)(?:'s|'re|\s+is|\s+are|\s+was|\s+were)?\s+(?:going\s+to|gonna|about\s+to)\s+kill\s+(?:himself|herself|themselves|themself)\b|\b(?:he|she|they)\s+(?:has|have|had|'s\s+got)\s+a\s+plan\s+to\s+(?:kill\s+(?:himself|herself|themselves)|end\s+(?:his|her|their)\s+life)\b/,
    weight: 1,
    example: "he said he's going to kill himself, what ought i do",
    why: 'Someone else saying they will kill themselves: the writer needs the crisis lines now.',
  },
];

/**
 * The writer asking what to do, now: with soft signs or the word model about someone else, the
 * panel comes up (../crisis-rules.ts).
 */
export const HELP_NOW_RULES: CrisisRule[] = [
  {
    id: 'what-do-i-do-now',
    labels: ['help-now'],
    lang: 'en',
    pattern:
      /\b(?:what\s+(?:do|should|can)\s+i\s+(?:do|say)|what\s+ought\s+i\s+(?:to\s+)?do|who\s+(?:(?:do|should)\s+i|i\s+should)\s+(?:call|ring|phone|tell|(?:pass|report|flag|refer|escalate)\s+(?:this|it)\s+to)|which\s+number\s+(?:do\s+i\s+|to\s+|i\s+should\s+|should\s+i\s+)?call|is\s+this\s+a\s+(?:999|911|112|000)\s+thing|police\s+or\s+ambulance|(?:call|ring)\s+(?:999|911|112|000|an\s+ambulance)|(?:she|he|they)(?:'s|'re|\s+is|\s+are)?\s+not\s+answering|(?:her|his|their)\s+phone(?:'s|\s+is)\s+(?:off|dead)|(?:i'?m|im)\s+(?:driving|going|heading)\s+(?:over|round|there)|(?:do|should)\s+i\s+(?:call|ring|text)\s+(?:988|911|999|112|000|the\s+(?:crisis|suicide)\s+(?:line|hotline))|(?:i'?m|im)\s+(?:sitting|standing|waiting)\s+outside\s+(?:her|his|their)\s+(?:door|room)|(?:must|mustn'?t|should|shouldn'?t|can'?t|cannot)\s+(?:not\s+)?be\s+left\s+(?:alone|on\s+(?:his|her|their)\s+own)|(?:don'?t|do\s+not)\s+leave\s+(?:him|her|them)\s+(?:alone|on\s+(?:his|her|their)\s+own)|(?:her|his|their)\s+phone'?s\s+(?:off|aff|dead)|(?:i'?m|im|am)\s+(?:phoning|calling|ringing)\s+(?:999|911|112|000))\b/,
    weight: 1,
    example: 'his phone is off and he said he cant do it anymore, what do i do',
    why: 'Asking what to do for someone, already on the way, or keeping them from being alone: the crisis lines help the helper.',
  },
  {
    id: 'es-que-hago-ahora',
    labels: ['help-now'],
    lang: 'es',
    pattern:
      /\b(?:que\s+hago|a\s+quien\s+(?:llamo|le\s+digo|aviso|le\s+aviso)|llamo\s+a\s+(?:su|la|sus)\s+(?:familia|madre|mama|padre|papa|hermana|hermano|padres)|llamo\s+(?:al\s+(?:911|112|123|133|105)|a\s+(?:la\s+)?(?:ambulancia|policia|emergencias))|no\s+(?:me\s+)?contesta|tiene\s+el\s+(?:celular|movil|telefono)\s+apagado|voy\s+(?:para\s+alla|pa'?\s+alla|camino)|no\s+(?:l[oae]s?\s+)?(?:dejen|dejes|deje|dejemos)\s+sol[oa]s?)\b/,
    weight: 1,
    example: 'mi hermano dice que ya no puede mas y no contesta, que hago',
    why: 'Asking what to do for someone, in Spanish.',
  },
];
