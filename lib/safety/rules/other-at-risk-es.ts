import type { CrisisRule } from './shared';

/** Someone else at risk now, written by a person asking what to do (Spanish). */
export const OTHER_AT_RISK_ES_RULES: CrisisRule[] = [
  {
    id: 'es-other-says-will-kill-self',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:dice|dijo|me\s+(?:ha\s+)?dicho(?:\s+hoy)?|me\s+(?:escribio|mando|puso)(?:\s+(?:un|una)\s+(?:texto|mensaje|msj|audio|whats(?:app)?|nota))?|amenaza\s+con)\s+(?:que\s+|q\s+)?(?:(?:si\s+[^.!?\n]{0,60}?\s+)?se\s+mata\b(?=[^\n]{0,120}\b(?:no\s+contesta|no\s+responde|que\s+hago|a\s+quien\s+llamo|apagado))|(?:si\s+[^.!?\n]{0,60}?\s+)?se\s+tira\s+(?:del|de\s+(?:un|una|la)|por\s+(?:la|el))\s+(?:puente|edificio|andamio|balcon|ventana|azotea|techo|tren|metro|barranco|precipicio|terraza)\b|se\s+(?:va\s+a|quiere)\s+(?:matar|suicidar|quitar\s+la\s+vida|tirar(?!\s+(?:a\s+la\s+piscina|al\s+agua|al\s+mar|al\s+rio|en\s+paracaidas|de\s+cabeza)))|(?:matarse|suicidarse|quitarse\s+la\s+vida))\b|\bse\s+tomo\s+todas\s+las\s+pastillas\b|\bdejo\s+una\s+nota\b[^.]{0,60}\bno\s+(?:esta|contesta|aparece)\b/,
    weight: 1,
    example: 'mi pana dice que se va a tirar del puente si ella no vuelve',
    why: 'Someone close says (or texts) they will kill themselves, took the pills, left a note and is gone.',
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
  {
    id: 'es-other-left-a-note',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:encontre|encontramos|halle|vi)\b[^.!?\n]{0,60}\b(?:una\s+)?(?:nota|carta)\s+(?:que\s+(?:decia|dice)|diciendo)\s*[:'"“]?\s*(?:perdon\w*|adios|lo\s+siento|los\s+quiero|cuiden\w*)(?:\s+(?:a\s+todos|por\s+todo))?\s*[.!'"”]*\s*(?:[,;:?)]|$|\.)/,
    weight: 1,
    example: "Hoy le encontré en la mesita una nota que decía 'perdónenme'. ¿Qué hago?",
    why: 'A note found that says sorry or goodbye: someone else may be at risk now.',
  },
  {
    id: 'es-other-pet-just-in-case',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\bme\s+(?:pidio|pide|dijo)\s+que\s+(?:(?:le\s+)?cuid(?:e|ara)\s+(?:a\s+)?|me\s+quede\s+con\s+)(?:al|el|la|los|las|su|sus)\s+(?:gat[oa]s?|perr[oa]s?|mascotas?)\b[^.!?\n]{0,20}?\b(?:por\s+si\s+acaso\s*["'”]?\s*(?:[.!?)]|$)|si\s+(?:le|me)\s+pasa(?:ba)?\s+algo)/,
    weight: 1,
    example: 'Mi compañera lleva tres días sin comer y hoy me pidió que le cuide al gato "por si acaso".',
    why: 'Asking someone to look after a pet or children "just in case": a goodbye in passing.',
  },
  {
    id: 'es-other-took-pills-or-cut',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:se\s+)?tomo\s+(?:un\s+(?:frasco|bote|blister|monton)\s+de|todas\s+las|muchas)\s+(?:pastillas|pildoras|medicinas|tabletas)\b[^\n]{0,100}\b(?:dormid[oa]|rar[oa]|no\s+(?:despierta|reacciona|contesta)|inconsciente|urgencias|vomit\w*)|\bse\s+(?:corto|ha\s+cortado)\s+(?:las|la)\s+munecas?\b/,
    weight: 1,
    example: 'Mi hermana se tomó un frasco de pastillas y está muy rara, ¿la llevo a urgencias?',
    why: 'Someone who has taken a bottle of pills and is drowsy or strange, or has cut their wrists: an emergency now.',
  },
];
