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
];
