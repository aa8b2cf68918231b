import type { CrisisRule } from './shared';

/** Goodbyes and notes in Spanish, meant as last ones. */
export const GOODBYE_ES_RULES: CrisisRule[] = [
  {
    id: 'es-goodbye-letters',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\bcartas?\s+de\s+despedida\b|\b(?:me\s+despedi|despedirme)\s+de\s+(?:todos|todo\s+el\s+mundo|mi\s+familia|mis\s+hijos|mi\s+madre|mi\s+hermana|mi\s+hermano)\b(?![^.]{0,40}\b(?:viaje|aeropuerto|mudanza|me\s+mudo|vuelo|trabajo|chamba|curro|empleo|empiezo|nuevo\s+puesto))(?![\s\S]{0,80}\bme\s+voy\s+a\s+(?:vivir\s+a\s+)?(?:canada|espana|chile|mexico|estados\s+unidos|eeuu|europa|alemania|francia|italia|australia|argentina|\w+)\s+y\s+no\s+pienso\s+volver\b)/,
    weight: 1,
    example: 'ya escribi las cartas de despedida',
    why: 'Farewell letters, goodbyes to everyone; not before a trip or a move.',
  },
  {
    id: 'es-last-message',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:este\s+es\s+(?:mi|el)\s+ultimo\s+(?:mensaje|post|tuit|tweet|video|estado|audio)(?!\s+(?:del\s+ano|por\s+hoy|de\s+(?:hoy|la\s+semana|la\s+serie)|antes\s+de|sobre|que\s+subo\s+(?:desde|hasta)))|ultima\s+vez\s+que\s+(?:me\s+)?(?:lees|escribo|vas\s+a\s+saber)|cuando\s+leas\s+esto\s+ya\s+(?:no\s+estare|me\s+habre\s+ido))\b/,
    weight: 1,
    example: 'cuando leas esto ya no estare',
    why: 'A last message, "when you read this I won\'t be here".',
  },
  {
    id: 'es-all-arranged',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\bdeje\s+todo\s+(?:arreglado|resuelto|en\s+orden|listo)\b[^\n]{0,80}\b(?:no\s+me\s+busque[ns]?|ya\s+me\s+voy|adios)\b|\bno\s+me\s+busque[ns]?\s+(?:esta\s+noche|mas|nunca)\b|\bya\s+nadie\s+me\s+va\s+a\s+(?:volver\s+a\s+)?ver\b/,
    weight: 1,
    example: 'ya deje todo arreglado: las llaves con la vecina, la renta pagada. que no me busquen',
    why: 'Affairs put in order, then "don\'t look for me": a goodbye that is not a trip.',
  },
  {
    id: 'es-nobodys-fault',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\bsi\s+me\s+pasa\s+algo\b[^\n]{0,40}\bno\s+es\s+culpa\s+de\s+nadie\b|\bdespidiendome\s+de\s+(?:la\s+gente|todos|todo\s+el\s+mundo)\b|\badios\s+a\s+todos\b[^\n]{0,40}\bgracias\s+por\s+nada\b/,
    weight: 1,
    example: 'Si me pasa algo, que sepan que no es culpa de nadie.',
    why: "What a note says: it is nobody's fault; goodbyes said quietly to everyone.",
  },
  {
    id: 'es-letters-not-before',
    labels: ['risk'],
    lang: 'es',
    pattern: /\bcartas?\b.{0,60}\bno\s+(?:las?|los?)\s+(?:lean|leas|abran|abras)\s+(?:antes\s+de|hasta)\b/,
    weight: 1,
    example: 'las cartas estan en mi mochila, no las lean antes de mañana',
    why: 'Letters left to be read only afterwards: a goodbye already written.',
  },
  {
    id: 'es-from-me-i-wont-be-able',
    labels: ['risk'],
    lang: 'es',
    pattern: /\bde\s+mi\s+parte\b.{0,30}\byo\s+ya\s+no\s+(?:voy\s+a\s+poder|podre|estare)\s*(?:[.!]|$)/,
    weight: 1,
    example: 'Dale un beso a los gatos de mi parte, que yo ya no voy a poder.',
    why: 'Passing on love "from me" because one will no longer be able to: a farewell.',
  },
  {
    id: 'es-going-to-join-them',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:ese\s+dia|esa\s+noche|esta\s+noche|el\s+\d{1,2}|el\s+(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))\s+me\s+voy\s+(?:con\s+(?:el|ella)|a\s+reunir\s+con\s+(?:el|ella))\s*(?:[.!]|$)/,
    weight: 1,
    example: 'El 14 se cumplen dos anos de lo de Paco. Ese dia me voy con el.',
    why: 'A chosen day to "go with" someone who died: a plan, said as a reunion.',
  },
];
