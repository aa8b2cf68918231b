import type { CrisisRule } from './shared';

// Anything of the writer's own, in either language, and the frame no longer quiets the named word.
const UNLESS_OWN = String.raw`(?![\s\S]*\b(?:i'?ve\s+been|i\s+have\s+been|i\s+(?:feel|felt|keep|kept|want|wanna|wish|need|still)|i'?m\s+(?:so|just|really|done|tired|next|going|gonna)|myself|my\s+own|me\s+too|lately|tonight|goodbye|about\s+me|i'?d\s+do\s+it|(?:tick|check|fit)\s+(?:every|all\s+(?:the|of\s+the))|relate|might\s+as\s+well|that'?s\s+me|mine\s+would|(?:i'?m\s+thinking|i\s+(?:think|thought)|i'?ve\s+thought|been\s+thinking)\s+(?:about|of)\s+(?:suicide|dying|killing|ending|it\b)|me\s+quiero|quiero\s+(?:morir\w*|matarme|suicidarme|desaparecer|hacerlo)|suicidarme|matarme|quitarme\s+la\s+vida|me\s+identifico|yo\s+tambien|a\s+mi\s+tambien|ultimamente|me\s+corto|cortarme|hacerme\s+dano|esta\s+noche|despedirme|(?:hablaba|habla|hablan)\s+de\s+mi|yo\s+(?:mism[oa]|sobro|cumplo|soy\s+asi)|cumplo\s+(?:todos|todas|con)|me\s+pasa|soy\s+yo|como\s+lo\s+haria|pienso\s+hacerlo|lo\s+voy\s+a\s+hacer|planeandolo|(?:pienso|pensando|he\s+pensado|sigo\s+pensando)\s+(?:mucho\s+)?en\s+(?:el\s+suicidio|la\s+muerte|morir\w*))\b)`;

/**
 * Work or study around the subject: a webinar, a class's slides, a dataset, a podcast episode. In
 * such a text the named word ("suicide", "autolesiones") and the soft signs listed in a lesson
 * ("giving things away, talk of being a burden") aren't the writer's, unless the writer says
 * something of their own. The word model still reads the text (crisis-rules.ts).
 */
export const TOPIC_FRAME_RULES: CrisisRule[] = [
  {
    id: 'topic-frame',
    labels: ['quiet'],
    lang: 'en',
    pattern: new RegExp(
      String.raw`^${UNLESS_OWN}[\s\S]*?\b(?:webinar|seminar|(?<!\b(?:don'?t|not|never|to)\s)lectures?(?!\s+(?:me|you|him|her|us|them)\b)|slides?|module|syllabus|lesson\s+plan|curriculum|quiz|dataset|coding\s+scheme|inter-?rater|kappa|dissertation|thesis|lit(?:erature)?\s+review|youth\s+session|wellbeing\s+period|role\s+play|brochures?|podcast|episode|documentary|statistics|training\s+session|workshop)\b`,
    ),
    weight: 1,
    example: 'Hi Prof, attaching the revised coding scheme for the self-harm tweets dataset. Free Thursday?',
    why: "A dataset, a lecture, a podcast about the subject: the named word is the work's, not the writer's.",
  },
  {
    id: 'es-topic-frame',
    labels: ['quiet'],
    lang: 'es',
    pattern: new RegExp(
      String.raw`^${UNLESS_OWN}[\s\S]*?\b(?:webinar|seminario|charla|taller|curso|diapos|diapositivas|tema\s+\d+|parcial|ensayo|tesis|tfg|tfm|estadisticas|fuentes|episodio|podcast|documental|capacitacion|primeros\s+auxilios\s+psicologicos|ruta\s+de\s+referencia|guia\s+de\s+la\s+oms|bibliografia)\b`,
    ),
    weight: 1,
    example:
      'alguien tiene las diapos de Psicopatología del tema 7?? el de conducta suicida y factores de riesgo',
    why: 'Unas diapositivas, un ensayo, un episodio sobre el tema: la palabra es del trabajo, no de quien escribe.',
  },
];
