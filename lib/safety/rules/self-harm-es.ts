import type { CrisisRule } from './shared';

/** Hurting oneself, said plainly in Spanish; not a haircut or a kitchen knife slip. */
export const SELF_HARM_ES_RULES: CrisisRule[] = [
  {
    id: 'es-hurt-myself',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:me\s+(?:corto|corte|cortaba|he\s+cortado|vuelvo\s+a\s+cortar|quemo|queme|golpeo|lastimo|lastime|hago\s+(?:dano|cortes))|hacerme\s+dano|cortarme|lastimarme)\b(?!\s+(?:el\s+pelo|el\s+dedo\s+(?:cocinando|pelando)|con\s+(?:un\s+papel|el\s+cuchillo\s+(?:cocinando|pelando))|las\s+unas|el\s+flequillo))/,
    weight: 1,
    example: 'cuando me quedo sola me hago dano',
    why: "Cutting, burning or hurting oneself; not cutting one's hair or nails.",
  },
  {
    id: 'es-marks',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:marcas|cortes|cicatrices)\s+(?:nuev[oa]s\s+)?en\s+(?:los\s+|las\s+|mis\s+)?(?:brazos|munecas|piernas|muslos)\b/,
    weight: 1,
    example: 'tengo marcas nuevas en los muslos',
    why: 'New marks or cuts on arms, wrists or legs.',
  },
];
