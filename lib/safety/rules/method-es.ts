import type { CrisisRule } from './shared';

/** Means and plans in Spanish, plain enough to count alone. */
export const METHOD_ES_RULES: CrisisRule[] = [
  {
    id: 'es-all-the-pills',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:tomarme|tragarme|tome|trague|tomar(?:me)?)\s+(?:todas\s+las\s+pastillas|todo\s+el\s+(?:bote|frasco|blister)|la\s+caja\s+entera|un\s+bote\s+entero)\b|\b(?:juntando|guardando|guardo|junte|guarde|tengo\s+guardadas)\s+(?:las\s+)?(?:pastillas|pildoras|medicinas)\b/,
    weight: 1,
    example: 'estoy guardando las pastillas que me da el psiquiatra',
    why: 'Taking all the pills, or saving them up.',
  },
  {
    id: 'es-jump',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:tirarme|aventarme|lanzarme|me\s+voy\s+a\s+(?:tirar|aventar|lanzar))\s+(?:del|de\s+(?:un|una|la|el)|desde|por\s+(?:la|el)|a\s+las?\s+vias)\s*(?:puente|edificio|balcon|ventana|azotea|terraza|metro|tren|vias|acantilado|piso\s+\d+)\b|\b(?:tirarme|aventarme|lanzarme)\s+al\s+(?:metro|tren|vacio|rio|mar)\b/,
    weight: 1,
    example: 'pienso en tirarme del puente de la autopista',
    why: 'Jumping from a bridge, a building, in front of a train.',
  },
  {
    id: 'es-decided',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:ya\s+(?:lo\s+)?tengo\s+(?:decidido|pensado\s+como|planeado)|ya\s+se\s+como\s+(?:lo\s+voy\s+a\s+hacer|hacerlo)|ya\s+pense\s+como|elegi\s+(?:el\s+dia|la\s+fecha))\b/,
    weight: 1,
    example: 'ya pense como, solo me falta animarme',
    why: 'A decision or a plan already made.',
  },
  {
    id: 'es-holds-a-persons-weight',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /^(?![\s\S]*\b(?:escalada|escalar|hamaca|columpio|rappel|mudanza|remolque)\b)[\s\S]*\b(?:cable|cuerda|soga|viga|barra|rama|cinturon)\b.{0,40}\b(?:aguanta|soporta|resiste|aguantaria|soportaria)\s+(?:el\s+)?peso\s+de\s+(?:una\s+persona|un\s+adulto|alguien|mi\s+cuerpo)/,
    weight: 1,
    example: 'alguien sabe si un cable de tendedero aguanta el peso de una persona de 80 kilos?',
    why: "Asking whether a cord or beam holds a body's weight; climbing and hammocks stay quiet.",
  },
  {
    id: 'es-so-they-cannot-save-me',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\bpara\s+que\s+no\s+(?:me|lo|la|le)\s+(?:salven|puedan\s+salvar|encuentren\s+a\s+tiempo|reanimen)\b|\bpara\s+que\s+no\s+(?:lo|la)\s+salven\s+a\s+uno\b/,
    weight: 1,
    example: 'cuanto gramoxone hay que tomar para que no lo salven a uno en el hospital',
    why: 'Asking how much it takes "para que no lo salven a uno": a means sought beyond rescue.',
  },
];
