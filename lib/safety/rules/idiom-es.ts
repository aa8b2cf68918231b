import type { CrisisRule } from './shared';

/** Everyday Spanish idioms with death in them: the word model doesn't overrule them. */
export const IDIOM_ES_RULES: CrisisRule[] = [
  {
    id: 'es-dying-of',
    labels: ['quiet'],
    lang: 'es',
    pattern:
      /\b(?:me\s+muero|me\s+moria|me\s+quiero\s+morir|me\s+voy\s+a\s+morir|muert[oa]s?)\s+de\s+(?:la\s+)?(?:risa|hambre|sueno|calor|frio|verguenza|ganas|miedo|envidia|nervios|pena|amor|asco|aburrimiento|cansancio|sed|celos)\b/,
    weight: 1,
    example: 'me muero de risa con tus audios',
    why: '"Me muero de risa/hambre/vergüenza": everyday hyperbole.',
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
    id: 'es-disappear-for-a-while',
    labels: ['quiet'],
    lang: 'es',
    pattern:
      /^(?![\s\S]*\b(?:carta|cajon|compre|regresar|volver|amanezca|despert\w*|extranar|extranarme|pastillas|soga|puente|para\s+siempre|pa\s+siempre)\b)[\s\S]*?\bdesaparecer(?:me)?\s+(?:(?:unos|un\s+par\s+de|dos|tres)\s+(?:dias|semanas)|un\s+(?:rato|ratito|fin\s+de\s+semana)|el\s+fin\s+de\s+semana|una\s+semana)\b(?![^\n]{0,80}\b(?:para\s+siempre|pa\s+siempre|y\s+no\s+volver|no\s+volver\s+nunca)\b)/,
    weight: 1,
    example: 'Quiero desaparecer unos días, apagar el celular e irme a la playa sin avisarle a nadie.',
    why: 'Disappearing "unos días" or for a weekend is wanting a break; "para siempre" or "y no volver" after it is not.',
  },
  {
    id: 'es-a-dose-for-someone-in-my-care',
    labels: ['quiet'],
    lang: 'es',
    pattern:
      /^(?=[\s\S]{0,250}$)(?![\s\S]*\b(?:me\s+(?:mate|muera|muero)|matarme|morir\w*|despert\w*|dormir\s+para\s+siempre|necesito|me\s+tomo|tomarm\w*|descans\w*|demasiad[oa]|mi\s+peso|falta|yo\s+tambien|a\s+mi\s+tambien|sobrevivir|letal|mortal|todas|toda\s+la\s+caja|el\s+frasco\s+entero)\b)(?=[\s\S]*\b(?:fiebre|temperatura|dolor|tos|gripe|resfriado|\d+\s*(?:mes(?:es)?|anos|kilos?|kg)|adulto\s+mayor)\b)[\s\S]*?\b(?:cuant[oa]s?|que\s+dosis|dosis|maximo)\b[^.!?\n]{0,80}\b(?:(?:a|para)\s+mi\s+(?:bebe|nene|nena|hij[oa]|nin[oa]|chiquit[oa]|abuel[oa]|mama|papa|madre|padre)|adulto\s+mayor|paciente|(?:bebe|nin[oa])\s+de\s+\d+)\b/,
    weight: 1,
    example: 'cuantas gotas de paracetamol le doy a mi bebe de 9 kilos, tiene fiebre',
    why: "A dose asked for a baby, a grandparent or a patient, with nothing lethal named: care, which the word model doesn't overrule.",
  },
  {
    id: 'es-pet-put-to-sleep',
    labels: ['quiet'],
    lang: 'es',
    pattern:
      /^(?![\s\S]*\b(?:para\s+siempre|yo\s+tambien|a\s+mi\s+tambien|irme\s+con|me\s+voy\s+con|quiero\s+morir\w*|no\s+quiero\s+(?:seguir|vivir)|pastillas|soga|no\s+me\s+queda\s+nada|ya\s+no\s+aguanto|ojala|pusieran)\b)(?=[\s\S]*\b(?:veterinari\w*|perr[oa]s?|perrit[oa]s?|gat[oa]s?|gatit[oa]s?|mascota|cachorr\w*|firulais)\b)[\s\S]*?\b(?:dormirl[eoa]|l[oa]\s+duerma|(?:ponerl[oa]|l[oa]\s+van\s+a\s+poner)\s+a\s+dormir|eutanasia|sacrificarl[oa])\b/,
    weight: 1,
    example: 'Mañana llevamos a Tobi a dormirle, el veterinario dice que ya no hay nada que hacer.',
    why: "A pet put to sleep at the vet: grief, which the word model doesn't overrule.",
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
