import type { CrisisRule } from './shared';

/** Ending one's life, said in Spanish (text read lower case, accents folded). */
export const END_LIFE_ES_RULES: CrisisRule[] = [
  {
    id: 'es-kill-myself',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:(?<!va\s+a\s+|van\s+a\s+)matarme|suicidarme|quitarme\s+la\s+vida|me\s+(?:voy\s+a\s+|quiero\s+)?(?:matar|suicidar|quitar\s+la\s+vida))\b(?!\s+(?:estudiando|trabajando|de\s+(?:risa|hambre)|a\s+(?:estudiar|trabajar)|con\s+(?:este|esta|el|la)\s+(?:examen|trabajo|tarea)))/,
    weight: 1,
    example: 'a veces pienso en quitarme la vida',
    why: 'Killing oneself, in its everyday Spanish forms; not "me voy a matar estudiando".',
  },
  {
    id: 'es-end-my-life',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:acabar|terminar|poner\s+fin)\s+(?:con\s+)?(?:mi\s+vida|con\s+todo(?:\s+de\s+una\s+vez)?|con\s+esto\s+de\s+una\s+vez)\b|\b(?:quiero|quisiera)\s+que\s+(?:todo\s+)?(?:se\s+acabe|termine)\s+(?:ya|de\s+una\s+vez|para\s+siempre)\b/,
    weight: 1,
    example: 'ya no aguanto, quiero acabar con todo de una vez',
    why: "Ending it all, ending one's life, wanting it over for good.",
  },
  {
    id: 'es-want-to-die',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /(?<!\bno\s)\b(?:(?:me\s+)?quiero\s+morir(?:me)?|(?:sigo\s+)?queriendo\s+morir(?:me)?|quisiera\s+morir(?:me)?|ganas\s+de\s+morir(?:me)?|deseo\s+morir(?:me)?)\b(?!\s*(?:\.{2,}\s*)?de\s+(?:la\s+)?(?:verguenza|risa|pena|amor|ganas|envidia|hambre|sueno|calor|frio|aburrimiento|emocion|alegria|felicidad|gusto|flojera|pereza|hueva|weva|fiaca)|\s+con\s+(?:este|esta|tanto|tanta)\s+(?:calor|frio|trafico|tarea|ruido|gente)|\s+de\s+lo\s+(?:buen|ric|lind|bonit|sabros|guap|tiern)[oa]s?\b)/,
    weight: 1,
    example: 'me quiero morir, no puedo mas con esto',
    why: '"Me quiero morir" and its kin; not "de vergüenza", "de risa" and other idioms.',
  },
  {
    id: 'es-tonight-i-kill-myself',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /(?<!\b(?:antes\s+(?:de|que)|si|como)\b[^.!?\n]{0,60})\b(?:esta\s+noche|hoy|manana|ya|el\s+(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|pronto|ahorita|de\s+una\s+vez)\s+me\s+(?:mato|suicido|quito\s+la\s+vida|tiro\s+(?:del|de\s+(?:un|una|la|el)|por\s+(?:la|el))\s+(?:puente|edificio|balcon|ventana|azotea|techo|barranco|precipicio|terraza|tren|metro))\b(?!\s+(?:estudiando|trabajando|de\s+risa|a\s+(?:estudiar|trabajar)|haciendo|en\s+el\s+(?:gym|gimnasio)|corriendo|entrenando|limpiando))(?![^\n]{0,40}(?:\bja(?:ja)+|😂|🤣))|\bcuando\s+me\s+(?:mate|suicide|quite\s+la\s+vida)\b/,
    weight: 1,
    example: 'esta noche me mato, ya decidí',
    why: '"Esta noche me mato", "mañana me tiro del puente", "cuando me mate": said as a decision (not "me mato estudiando", not after "si" or "antes de").',
  },
];
