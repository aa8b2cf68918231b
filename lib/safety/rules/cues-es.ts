import type { CrisisCue } from './shared';

/**
 * Soft signs in Spanish: each ordinary alone ("soy una carga", "no aguanto más", "la cuerda"),
 * two close together the way people say it without saying it. Weight 2 is enough alone.
 */
export const ES_CUES: CrisisCue[] = [
  {
    id: 'es-burden',
    labels: ['cue'],
    lang: 'es',
    pattern:
      /\b(?:soy|me\s+siento)\s+(?:solo\s+|nada\s+mas\s+que\s+)?(?:una\s+carga|un\s+estorbo|un\s+peso)\b|\bestoy\s+de\s+mas\b/,
    weight: 1,
    example: 'siento que soy una carga para todos y ya no aguanto mas',
    why: 'Feeling a burden or in the way: a sign that counts with another.',
  },
  {
    id: 'es-cant-go-on',
    labels: ['cue'],
    lang: 'es',
    pattern: /\bno\s+(?:aguanto|puedo|soporto)\s+mas\b|\bya\s+no\s+puedo\s+(?:mas|seguir)\b/,
    weight: 1,
    example: 'ya no aguanto mas, nadie me extrañaria',
    why: '"No aguanto más": exhaustion, or more with another sign.',
  },
  {
    id: 'es-means',
    labels: ['cue'],
    lang: 'es',
    pattern: /\b(?:una\s+cuerda|la\s+soga|pastillas|veneno|la\s+navaja|el\s+puente|las\s+vias|la\s+azotea)\b/,
    weight: 1,
    group: 'means',
    example: 'compre una cuerda en el super, ya no puedo mas',
    why: 'Means and places: ordinary words until something else is near.',
  },
  {
    id: 'es-giving-away',
    labels: ['cue'],
    lang: 'es',
    pattern:
      /\b(?:regale|regalando|repartiendo|deje\s+(?:todo\s+)?(?:ordenado|pagado|arreglado))\b|\bdeje\s+(?:las\s+)?contrasenas\b/,
    weight: 1,
    example: 'regale a mi gato y ya no aguanto mas',
    why: 'Giving things away, leaving affairs in order.',
  },
  {
    id: 'es-foolish-thing',
    labels: ['cue'],
    lang: 'es',
    pattern: /\bhacer\s+una\s+(?:locura|tonteria|estupidez)\b|\bdescansar\s+(?:en\s+paz|para\s+siempre)\b/,
    weight: 1,
    example: 'tengo miedo de hacer una locura, soy una carga',
    why: '"Hacer una locura", "descansar en paz": euphemisms that count with another sign.',
  },
  {
    id: 'es-nobody-would-notice',
    labels: ['cue'],
    lang: 'es',
    pattern: /\bnadie\s+(?:me\s+)?(?:extranaria|echaria\s+de\s+menos|notaria)\b/,
    weight: 1,
    example: 'si me fuera nadie me extrañaria, soy un estorbo',
    why: 'Nobody would miss me: a sign that counts with another.',
  },
  {
    id: 'es-step-aside',
    labels: ['cue'],
    lang: 'es',
    pattern: /\b(?:quitarme|me\s+voy\s+a\s+quitar|me\s+quito)\s+(?:del\s+medio|de\s+en\s+medio)\b/,
    weight: 1,
    example: 'Mañana temprano me voy a quitar del medio. No dejes que los nenes me vean.',
    why: '"Quitarse de en medio" also means stepping aside; beside another cue, it is about dying.',
  },
  {
    id: 'es-dont-let-the-kids-see',
    labels: ['cue'],
    lang: 'es',
    pattern:
      /\bno\s+dejes\s+que\s+(?:los\s+(?:nenes|ninos|chicos|pelados|cabros|guaguas)|mis\s+hij[oa]s)\s+me\s+(?:vean|encuentren)\b/,
    weight: 1,
    example: 'Mañana temprano me voy a quitar del medio. No dejes que los nenes me vean.',
    why: 'Not letting the children see or find them: a worry about being found, beside another sign.',
  },
  {
    id: 'es-chosen-date',
    labels: ['cue'],
    lang: 'es',
    pattern: /\b(?:ya\s+)?(?:escogi|elegi|decidi)\s+(?:la\s+)?fecha\b|\b(?:ya\s+)?(?:esta|es)\s+decidido\b/,
    weight: 1,
    example: 'Ya escogi la fecha. Ese dia termino con esto.',
    why: 'A date chosen, a decision made: a plan when something else says what for.',
  },
  {
    id: 'es-end-this',
    labels: ['cue'],
    lang: 'es',
    pattern: /\b(?:termino|acabo)\s+con\s+(?:esto|todo)\s*(?:[.!]|$)/,
    weight: 1,
    example: 'Ya escogi la fecha. El 15 termino con esto.',
    why: 'Ending "this" or "everything", said alone at the end of a sentence.',
  },
];
