import type { CrisisRule } from './shared';

/** Goodbyes and notes in Spanish, meant as last ones. */
export const GOODBYE_ES_RULES: CrisisRule[] = [
  {
    id: 'es-goodbye-letters',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\bcartas?\s+de\s+despedida\b|\b(?:me\s+despedi|despedirme)\s+de\s+(?:todos|todo\s+el\s+mundo|mi\s+familia|mis\s+hijos|mi\s+madre|mi\s+hermana|mi\s+hermano)\b(?![^.]{0,40}\b(?:viaje|aeropuerto|mudanza|me\s+mudo|vuelo|trabajo|chamba|curro|empleo|empiezo|nuevo\s+puesto))/,
    weight: 1,
    example: 'ya escribi las cartas de despedida',
    why: 'Farewell letters, goodbyes to everyone; not before a trip or a move.',
  },
  {
    id: 'es-last-message',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:este\s+es\s+mi\s+ultimo\s+mensaje|ultima\s+vez\s+que\s+(?:me\s+)?(?:lees|escribo|vas\s+a\s+saber)|cuando\s+leas\s+esto\s+ya\s+(?:no\s+estare|me\s+habre\s+ido))\b/,
    weight: 1,
    example: 'cuando leas esto ya no estare',
    why: 'A last message, "when you read this I won\'t be here".',
  },
];
