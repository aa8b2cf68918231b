import type { CrisisRule } from './shared';

/** Someone else at risk now, written by a person asking what to do (Spanish). */
export const OTHER_AT_RISK_ES_RULES: CrisisRule[] = [
  {
    id: 'es-other-says-will-kill-self',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:dice|dijo|me\s+escribio|me\s+mando|amenaza\s+con)\s+(?:que\s+|q\s+)?(?:se\s+(?:va\s+a|quiere)\s+(?:matar|suicidar|quitar\s+la\s+vida|tirar(?!\s+(?:a\s+la\s+piscina|al\s+agua|al\s+mar|al\s+rio|en\s+paracaidas|de\s+cabeza)))|(?:matarse|suicidarse|quitarse\s+la\s+vida))\b|\bse\s+tomo\s+todas\s+las\s+pastillas\b|\bdejo\s+una\s+nota\b[^.]{0,60}\bno\s+(?:esta|contesta|aparece)\b/,
    weight: 1,
    example: 'mi pana dice que se va a tirar del puente si ella no vuelve',
    why: 'Someone close says they will kill themselves, took the pills, left a note and is gone.',
  },
  {
    id: 'es-other-sent-fresh-cuts',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:mando|envio|paso|mandaron)\s+(?:una\s+)?fotos?\s+de\s+sus\s+(?:brazos|piernas|munecas|cortes|heridas)(?:\s+recien\s+cortad[oa]s)?\b/,
    weight: 1,
    example: 'mi amiga me mandó foto de sus brazos recién cortados y no contesta',
    why: 'Someone sending pictures of their own fresh cuts is hurting themselves now.',
  },
];
