import type { CrisisRule } from './shared';

/** Everyday Spanish idioms with death in them: the word model doesn't overrule them. */
export const IDIOM_ES_RULES: CrisisRule[] = [
  {
    id: 'es-dying-of',
    labels: ['quiet'],
    lang: 'es',
    pattern:
      /\b(?:me\s+muero|me\s+moria|me\s+quiero\s+morir|me\s+voy\s+a\s+morir|muert[oa]s?)\s+de\s+(?:la\s+)?(?:risa|hambre|sueno|calor|frio|verguenza|ganas|miedo|envidia|nervios|pena|amor|asco|aburrimiento|cansancio|sed|celos)\b|\b(?:me\s+muero|me\s+quiero\s+morir)\s+de\s+lo\s+(?:buen|ric|lind|bonit|sabros|guap|tiern)[oa]s?\b|\b(?:esta|estaba|estan|estaban)\s+(?:pa|para)\s+morirse\b/,
    weight: 1,
    example: 'me muero de risa con tus audios',
    why: '"Me muero de risa/hambre/vergüenza", "me quiero morir de lo buena", food "pa morirse": everyday hyperbole.',
  },
  {
    id: 'es-it-kills-me',
    labels: ['quiet'],
    lang: 'es',
    pattern:
      /\bme\s+(?:mata|matan|esta\s+matando)\s+(?:el|la|los|las|este|esta|mi)\s+(?:calor|curiosidad|trabajo|jefe|jefa|espalda|cabeza|trafico|examen|examenes|pies)\b|\bme\s+voy\s+a\s+matar\s+(?:estudiando|trabajando|a\s+estudiar)\b|\bmi\s+(?:jefe|jefa|madre|padre|mama|papa|vieja|viejo|abuela|abuelo|mujer|marido|esposa|esposo|novia|novio)\s+me\s+va\s+a\s+matar\b/,
    weight: 1,
    example: 'me mata este calor, no se puede ni dormir',
    why: '"Me mata el calor", "mi jefe me va a matar": not about dying.',
  },
  {
    id: 'es-dead-tired',
    labels: ['quiet'],
    lang: 'es',
    pattern: /\bestoy\s+muert[oa](?:\s+de\s+cansancio)?\s*[,.!]|\bsuicidio\s+social\b|\bque\s+muerte\s+de\b/,
    weight: 1,
    example: 'estoy muerta, doble turno en urgencias',
    why: '"Estoy muerta" after a long shift, "suicidio social": tiredness and jokes.',
  },
  {
    id: 'es-rather-jump-than',
    labels: ['quiet'],
    lang: 'es',
    pattern:
      /\bantes\s+(?:de|que)\s+[^.!?\n]{3,60}?\bme\s+(?:tiro|lanzo|aviento|pego\s+un\s+tiro|corto\s+las\s+venas)\b|\bme\s+(?:tiro|lanzo|aviento)\s+(?:de|por)\s+(?:un|el)\s+(?:puente|balcon|barranco)\s+antes\s+(?:de|que)\b|\bcon\s+la\s+soga\s+al\s+cuello\b/,
    weight: 1,
    example: 'Antes de volver a votar a estos me tiro de un puente, te lo digo yo.',
    why: '"Antes de volver a votarlos me tiro de un puente", "con la soga al cuello": strong dislike, being in a fix.',
  },
  {
    id: 'es-engine-and-stage-deaths',
    labels: ['quiet'],
    lang: 'es',
    pattern:
      /\bmat(?:a|e|ar|en|ale|alo)\s+el\s+motor\b|\ben\s+(?:el\s+(?:primer|segundo|tercer|ultimo)\s+acto|el\s+ensayo(?:\s+general)?|la\s+(?:obra|funcion|escena))\b[^.!?\n]{0,60}\bmor(?:ir|irte|irse|iste|io|ia|ias)\b/,
    weight: 1,
    example: 'Mae, antes de revisar el aceite mate el motor y espérese que se enfríe',
    why: '"Mata el motor" (switch the engine off) and deaths on stage ("en el segundo acto tienes que morir bien").',
  },
  {
    id: 'es-kitchen-accident',
    labels: ['quiet'],
    lang: 'es',
    pattern:
      /\bme\s+(?:corte|queme|corto|quemo)\s+(?:el|un|la|los)\s+(?:dedo|dedos|mano|pulgar|indice)\b[^.!?\n]{0,40}\b(?:pelando|picando|cocinando|cortando|con\s+(?:el|la|un|una)\s+(?:cuchillo|navaja|lata|vidrio|sarten|olla|horno|plancha))\b/,
    weight: 1,
    example: 'me corté el dedo con la navaja pelando papas',
    why: 'A finger cut or burned in the kitchen: an accident, which the word model does not overrule.',
  },
  {
    id: 'es-jump-into-the-pool',
    labels: ['quiet'],
    lang: 'es',
    pattern:
      /\b(?:tirar(?:se|me|te|nos)?|tira|tiro|tiramos|lanzar(?:se|me)?|lanzo)\s+(?:a\s+la\s+(?:piscina|pileta|alberca)|en\s+paracaidas|en\s+tirolesa)\b/,
    weight: 1,
    example: 'mi amiga dice que se quiere tirar a la piscina jaja',
    why: 'Jumping into a pool, the sea or with a parachute: fun, which the word model does not overrule.',
  },
];
