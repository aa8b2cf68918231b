import type { CrisisRule } from './shared';

// Nothing of the writer's own end in the same sentence, or the ordinary sense doesn't hold.
export const NOT_MINE = String.raw`^(?![^.!?\n]*\b(?:myself|me\s+too|not\s+coming\s+back|won'?t\s+be\s+(?:back|coming\s+back)|one\s+last|for\s+good|end\s+it|goodbye|my\s+turn|yo\s+tambien|a\s+mi\s+tambien|me\s+voy\s+con|pastillas|para\s+siempre|no\s+vuelvo|i\s+wish|i'?d\s+(?:let|like|love|rather|give)|(?:same|do\s+that|one)\s+for\s+me|put\s+me|me\s+(?:down|next)|with\s+(?:him|her|them)\s+soon|be\s+with\s+(?:him|her|them)|nobody|no\s+one|ojala|irme|quisiera|quiero|me\s+ire|sentido|nadie|conmigo|a\s+mi\s+(?:me|tambien))\b)[^.!?\n]*?`;
const PUT = String.raw`(?:put|putting)\s+(?:him|her|them|our\s+\w+|my\s+\w+|the\s+\w+|(?!(?:myself|me|meself)\b)[a-z]+)\s+(?:to\s+sleep|down)\b`;
const DORMIR = String.raw`(?:dormirl[eoa]s?|dormir\s+al?\s+(?!mi\s+mism)\w+|eutanasia|sacrificarl[eoa])\b`;

/**
 * Words of sleep and ending in their ordinary sense (a pet put to sleep at the vet's): the word
 * model leaves out the sentence they are in and reads the rest. Quieting the whole text would also
 * hide "El veterinario va a dormirlo el lunes. Después ya tengo las pastillas listas"
 * (tests/unit/crisis.test.ts). Each pattern reads one sentence at a time (crisis-rules.ts
 * modelReads), from its start.
 */
export const ORDINARY_SENSE_RULES: CrisisRule[] = [
  {
    id: 'pet-put-to-sleep',
    labels: ['quiet'],
    lang: 'en',
    pattern: new RegExp(
      String.raw`${NOT_MINE}(?:\b${PUT}[^.!?\n]{0,80}\bvet'?s?\b|\bvet'?s?\b[^.!?\n]{0,80}\b${PUT})`,
    ),
    weight: 1,
    example: "The vet says it's kindest to put Biscuit to sleep tomorrow, there's nothing more they can do.",
    why: "A pet put to sleep, with the vet in the same sentence: a goodbye and an ending, not the writer's.",
  },
  {
    id: 'es-pet-put-to-sleep',
    labels: ['quiet'],
    lang: 'es',
    pattern: new RegExp(
      String.raw`${NOT_MINE}(?:\b${DORMIR}[^.!?\n]{0,80}\bveterinari[oa]s?\b|\bveterinari[oa]s?\b[^.!?\n]{0,80}\b${DORMIR})`,
    ),
    weight: 1,
    example: 'Mañana llevamos a Tobi a dormirle, el veterinario dice que ya no hay nada que hacer.',
    why: '"Dormir a" un perro, con el veterinario en la misma frase: una despedida, no la de quien escribe.',
  },
];
