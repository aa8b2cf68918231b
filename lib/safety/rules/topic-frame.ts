import type { CrisisRule } from './shared';

// The writer anywhere in the text ("I", "me", "yo", "tengo") and the frame stands aside: only talk
// about the work itself is framed (an independent review hid risk behind a looser guard).
const UNLESS_OWN = String.raw`(?![\s\S]*\b(?:i|i'?m|im|i'?ve|ive|i'?d|i'?ll|me|my|mine|myself|yo|mi|mis|conmigo|tengo|estoy|pienso|quiero|siento|voy|hago|cumplo|puedo|llevo|sigo|ya\s+no|lately|tonight|goodbye|relate|might\s+as\s+well|that'?s\s+me|ultimamente|esta\s+noche|despedirme|suicidarme|matarme|cortarme|quitarme\s+la\s+vida|hacerme\s+dano|planeandolo|haria|hacerlo|sobro)\b)`;

/**
 * Work or study around the subject: a webinar, a class's slides, a dataset, a podcast episode. In
 * such a text the named word ("suicide", "autolesiones") and the soft signs listed in a lesson
 * ("giving things away, talk of being a burden") aren't the writer's, unless the writer appears
 * anywhere in it. The word model still reads the text (crisis-rules.ts).
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
