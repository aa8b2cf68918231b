import type { CrisisRule } from './shared';

// A death given to God quiets the check only if the writer doesn't ask to go too, in either language.
const UNLESS_ASKING_TO_GO = String.raw`(?![\s\S]*\b(?:take\s+me|i\s+want\s+to\s+(?:go|join|be\s+with)|go\s+(?:with\s+(?:him|her|them)|too)|suicid\w*|pills|point|llevame|llevenme|me\s+lleve|quiero\s+irme|me\s+quiero\s+ir|yo\s+tambien\s+me\s+quiero|ir\s+a\s+buscarl[oa]|pastillas|want\s+to\s+be\s+where\s+(?:he|she|they)\s+(?:is|are)|(?:don'?t|do\s+not)\s+want\s+to\s+be\s+here)\b)`;

/** The subject talked about, not lived: an essay on suicide, prevention training, "not suicidal". */
export const ABOUT_TOPIC_RULES: CrisisRule[] = [
  {
    id: 'essay-on-suicide',
    labels: ['quiet'],
    lang: 'en',
    pattern:
      /\b(?:essay|question|theme|present|presents|portray\w*|depict\w*|analy[sz]\w*)\b[^.!?]{0,40}\bsuicide\b/,
    weight: 1,
    example: "The novel's theme is how grief and suicide shape a family",
    why: "Suicide as an essay's question, a book's theme, what a film depicts.",
  },
  {
    id: 'suicide-prevention',
    labels: ['quiet'],
    lang: 'en',
    pattern:
      /\b(?:suicide|self[\s-]?harm)\s+(?:prevention|awareness|warning|rates?|statistics|training|course|class|essay|documentary|research|survivors?|scene|plot|storyline|episode|chapter)/,
    weight: 1,
    example: 'I signed up for suicide prevention training at work',
    why: 'Suicide prevention, self-harm awareness, suicide rates: the topic, not the writer.',
  },
  {
    id: 'book-about-self-harm',
    labels: ['quiet'],
    lang: 'en',
    pattern:
      /\b(?:book|essay|documentary|training|class|course|article|film|movie|podcast|show|novel|lecture|paper|talk(?!\s+(?:myself|me)\b)|story|video|research|study|module|questions?|dissertation|thesis|project|report|workshop|seminar)\b[^.!?]{0,30}\b(?:about|on|of|covering|covered|into)\s+(?:the\s+)?(?:suicide|self[\s-]?harm)/,
    weight: 1,
    example: "I'm reading a book about self-harm for my course",
    why: 'A book, film or lecture about suicide or self-harm.',
  },
  {
    id: 'suicides-plural-or-warning-signs',
    labels: ['quiet'],
    lang: 'en',
    pattern:
      /(?:\b(?:student|farmer|teen|male|veteran|youth|rider|soldier)\s+suicides\b|\b(?:the\s+|of\s+|on\s+)suicides\s+(?:among|after|in|of|by)\s+(?!my\b|our\b)|\b(?:cover\w*|teach\w*|learn\w*|spot\w*|recogni[sz]\w*)\s+(?:the\s+)?warning\s+signs\s+of\s+suicide\b|\b(?:seminar|toolbox\s+talk|inset|workshop|webinar|training\s+session)(?:\s+(?:today|tomorrow|yesterday|this\s+week|next\s+week|we'?re|we\s+are|will\s+be))*\s+(?:on|about|covering|covers|discuss\w*)\s+(?:[\w'-]+\s+){0,5}?(?:suicide|self[\s-]?harm)\b)(?![\s\S]{0,300}\b(?:i\s+(?:just\s+)?want\s+to\s+(?:join|die|go)|join\s+them|i'?m\s+next)\b)/,
    weight: 1,
    example: 'Reminder: the toolbox talk on Thursday covers warning signs of suicide on site.',
    why: 'Suicides counted, warning signs taught, a seminar or toolbox talk: the subject, not the writer.',
  },
  {
    id: 'research-or-training-on-ideation',
    labels: ['quiet'],
    lang: 'en',
    pattern:
      /^(?![\s\S]*\b(?:i'?ve\s+(?:had|been)|i\s+have\s+(?:had|been)|i'?m\s+having|i\s+(?:feel|felt|keep)|been\s+feeling|my\s+own|me\s+too|all\s+week|for\s+months|lately|myself)\b)[\s\S]*?\b(?:project|dissertation|thesis|research|study|paper|report|essay|module|lecture|webinar|safeguarding\s+(?:session|training)|training)\b[^.!?]{0,30}\b(?:on|about|into|covering)\s+(?:the\s+)?(?:suicidal\s+ideation|self[\s-]?harm\s+disclosures?|suicide\s+risk\s+assessments?)\b/,
    weight: 1,
    example: "I'm writing my final year project on suicidal ideation among unemployed graduates",
    why: "Research or a safeguarding session on ideation or disclosures, with nothing of the writer's own.",
  },
];

/** "Not suicidal, just sad": the subject named and denied, unless a "but" or "lately" follows. */
export const NOT_AT_RISK_RULES: CrisisRule[] = [
  {
    id: 'not-suicidal',
    labels: ['quiet'],
    lang: 'en',
    pattern:
      /\b(?:not|never|n'?t)\s+(?:been\s+)?(?:suicidal|self[\s-]?harm\w*)\b(?![^.!?]*\b(?:but|though|except|lately|again)\b)/,
    weight: 1,
    example: "I'm not suicidal, just really sad today",
    why: '"Not suicidal, just sad": said, then taken back; not "not suicidal, but...".',
  },
  {
    id: 'someone-gone-to-god',
    labels: ['quiet'],
    lang: 'en',
    pattern: new RegExp(
      String.raw`^${UNLESS_ASKING_TO_GO}[\s\S]*?\b(?:went|gone|passed(?:\s+away)?)\s+(?:home\s+)?to\s+be\s+with\s+(?:the\s+lord|jesus|god)\b`,
    ),
    weight: 1,
    example: "Grandpa went home to be with the Lord at 4:12 this morning. Peaceful, holding Grandma's hand.",
    why: 'Someone else\'s peaceful death given to God ("went home to be with the Lord"): grief, not the writer\'s wish, unless the writer asks to go too.',
  },
  {
    id: 'es-someone-gone-to-god',
    labels: ['quiet'],
    lang: 'es',
    pattern: new RegExp(
      String.raw`^${UNLESS_ASKING_TO_GO}[\s\S]*?(?:\bse\s+(?:nos\s+)?fue\s+con\s+(?:el\s+senor|dios|diosito|papa\s+dios|tata\s+dios)\b|\b(?:senor|dios|diosito|padre|tu\s+voluntad)\b[^.!?\n]{0,60}\b(?:llevartel[ao]|llevatel[ao]|recogel[ao]|recogerl[ao])\b(?!\s+a\s+(?:tu|su|mi)\s+casa))`,
    ),
    weight: 1,
    example: 'Mi abuela se nos fue con el Señor anoche, tranquilita, rodeada de sus nietos.',
    why: 'Someone else\'s peaceful death given to God ("se fue con el Señor", "llévatela sin dolor"): grief, not the writer\'s wish, unless the writer asks to go too. "Llévatela a tu casa" is an errand.',
  },
  {
    id: 'es-no-madness',
    labels: ['quiet'],
    lang: 'es',
    pattern:
      /^(?![\s\S]*\b(?:suicid\w*|regale|carta|cartas|pensado|cuando\s+ya\s+no\s+este|lo\s+hare|no\s+quiero\s+estar)\b)[\s\S]*?(?:\bno\s+voy\s+a\s+hacer\s+(?:ninguna|una)\s+locura\b|\bno\s+es\s+que\s+quiera\s+irme\s+a\s+ningun\s+(?:lado|sitio)\b)(?![\s\S]{0,200}\b(?:pero|bueno,?\s+no\s+se)\b)/,
    weight: 1,
    example: 'Está todo muy oscuro, pero no voy a hacer ninguna locura, solo necesito sacarlo de adentro.',
    why: '"No voy a hacer ninguna locura", "no es que quiera irme a ningún lado": dark, and said safe.',
  },
  {
    id: 'still-here-still-stubborn',
    labels: ['quiet'],
    lang: 'en',
    pattern:
      /^(?![\s\S]*\b(?:suicid\w*|for\s+now|made\s+my\s+peace|written\s+to\s+everyone|goodbye)\b)[\s\S]*?\bstill\s+here,?\s+still\s+(?:stubborn|fighting|kicking|standing|swinging)\b/,
    weight: 1,
    example: 'Chemo round 5 done. Hair gone, taste gone. Still here, still stubborn.',
    why: '"Still here, still stubborn": an illness update, not a wish to be gone.',
  },
];
