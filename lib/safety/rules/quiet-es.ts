import type { CrisisRule } from './shared';

/** What ends the quiet of harm that is over, said after it: "otra vez", "de nuevo", "recaí", "volví a". */
const ES_NO_RELAPSE_AFTER = (more = '') =>
  String.raw`(?![\s\S]{0,300}\b(?:otra\s+vez|de\s+nuevo|de\s+vuelta|recai\w*|volvi\s+a|estos\s+dias|estas\s+(?:semanas|ultimas)|ultimamente|mentira|compre|cartas?|cuchillas?|navajas?|toda\s+la\s+semana|esta\s+semana|volvieron|volvio|vuelven|todas\s+las\s+noches|guardad[oa]s?|todo\s+listo|pero\s+(?:estos|estas|ayer|anoche|desde)|aunque\s+(?:estos|estas|ahora|hoy|ya\s+no)${more})\b)`;

/** "Eso ya pasó", "pero a veces vuelve": more that must not follow a past said to be over. */
const ES_OVER_NOT_BACK = String.raw`|pero|aunque|a\s+veces|todavia|sigo\s+(?:pensando|queriendo)|vuelve|anoche|ayer`;

/**
 * What quiets the check in Spanish: a short text of embarrassment laughed off ("me quiero
 * morir, le mandé el audio a mi jefe jaja"), the topic talked about (a thesis, a talk, a news
 * story), harm that is plainly over. A short text laughed off stays quiet as a whole; harm that is
 * over quiets only its own words and the past told around it (../crisis-rules.ts). Each is narrow.
 */
export const HYPERBOLE_ES_RULES: CrisisRule[] = [
  {
    id: 'es-want-to-die-laughed-off',
    labels: ['quiet'],
    lang: 'es',
    pattern:
      /^(?=.{0,200}$)(?!.*\b(?:no\s+(?:es|era|fue)\s+(?:una\s+|tan(?:ta)?\s+|del\s+todo\s+)?(?:broma|chiste)|medio\s+en\s+serio|no,?\s+en\s+serio|(?:hablo|lo\s+digo)\s+en\s+serio|ya\s+en\s+serio|fuera\s+de\s+broma|de\s+broma|no\s+estoy\s+(?:jugando|bromeando)|es\s+tan(?:to)?\s+(?:broma|chiste)|(?:pensandol[oa]|lo\s+pienso|lo\s+digo)\s+en\s+serio)\b)(?=.*\b(?:me\s+quiero\s+(?:morir|matar)|al\s+borde\s+del\s+suicidio|fue\s+un\s+suicidio)\b).*(?:\bja(?:ja)+\b|\bjsjs\w*|\bxd\b|😂|🤣|🙈|\bque\s+(?:oso|verguenza|pena)\b|\bme\s+equivoque\b|\ble\s+mande\b|\bedit\b|🤦|💀|\bbueno,?\s+no\s*[,.]|\ble\s+(?:he\s+)?dado\s+like\b)/,
    weight: 1,
    example: 'me quiero morir, me equivoque de chat y le puse te amo al profe jaja',
    why: 'A short embarrassment, laughed off: "me quiero morir jaja", "qué oso, me quiero morir".',
  },
  {
    id: 'es-veins-with-a-cracker',
    labels: ['quiet'],
    lang: 'es',
    pattern:
      /^(?=.{0,240}$)[^\n]*\bme\s+corto\s+las\s+venas\s+con\s+(?:una\s+|un\s+)?(?:galle(?:ta|tita)s?|hoja\s+de\s+(?:carpeta|papel|cuaderno)|cuchara|post-?it)\b/,
    weight: 1,
    example: 'si vuelve a salir con ese man me corto las venas con galleta de agua jajaja',
    why: '"Me corto las venas con galletita de agua": a stock Latin American joke about overreacting.',
  },
  {
    id: 'es-veins-over-a-team',
    labels: ['quiet'],
    lang: 'es',
    pattern:
      /^(?=.{0,240}$)(?=[^\n]*\bja(?:ja)+)(?![\s\S]*\bno\s+es\s+broma\b)[^\n]*\bsi\s+(?:vuelve|vuelven)\s+a\s+(?:perder|empatar)\b[^\n]{0,80}\bme\s+(?:corto\s+las\s+venas|tiro\s+(?:de|por)\s+\w+\s+\w+)\b/,
    weight: 1,
    example: 'si vuelve a perder el Wilster me corto las venas jajaja ya no aguanto a este técnico',
    why: 'A team that keeps losing, laughed at: "si vuelve a perder me corto las venas jaja" is a fan\'s hyperbole.',
  },
  {
    id: 'es-suicide-in-a-game',
    labels: ['quiet'],
    lang: 'es',
    pattern:
      /^(?=.{0,200}$)(?=.*\b(?:warzone|fortnite|free\s*fire|minecraft|call\s+of\s+duty|valorant|fifa|partida|squad)\b)(?=.*\bja(?:ja)+).*\bme\s+suicide\b/,
    weight: 1,
    example: 'me suicidé con mi propia granada en Warzone OTRA VEZ jajajaja soy malísimo',
    why: "Blowing oneself up in a game, laughed at: the game's word, not the player's wish.",
  },
];

export const ABOUT_TOPIC_ES_RULES: CrisisRule[] = [
  {
    id: 'es-topic-talked-about',
    labels: ['quiet'],
    lang: 'es',
    pattern:
      /^(?![\s\S]*\b(?:yo\s+tambien\s+(?:quiero|lo\s+pienso|lo\s+hare)|quiero\s+hacerlo|pienso\s+hacerlo|lo\s+voy\s+a\s+hacer|me\s+identifico|hablaba\s+de\s+mi|como\s+lo\s+haria|planeandolo|hacerlo\s+yo|(?:pienso|pensando|he\s+pensado|sigo\s+pensando)\s+(?:mucho\s+)?en\s+(?:el\s+suicidio|suicidarme|matarme))\b)[\s\S]*?(?:\b(?:tesis|tfg|tfm|reportaje|charla|taller|talleres|curso|libro|serie|pelicula|articulo|noticia|periodico|protocolo|encuesta|bibliografia|clase|materiales|campana|caminata|dia\s+(?:mundial\s+)?de\s+la\s+prevencion)\b[^.!?]{0,60}\b(?:suicid\w*|autolesi\w*)|\b(?:prevencion|tasas?|factores\s+de\s+riesgo|aumento|casos)\s+(?:de(?:l)?\s+)?(?:suicid\w*|autolesion\w*)|\bsuicidio\s+social\b|\bsuicidio\s+(?:esta|es|sigue\s+siendo)\s+(?:entre\s+)?(?:la|las)\s+(?:primera|principal\w*)\s+causas?\b|\b(?:bajaron|subieron|aumentaron|disminuyeron)\b[^.!?]{0,40}\bsuicidios\b(?![^.!?]*\b(?:yo|quiero|me)\b))/,
    weight: 1,
    example: 'Mañana doy una charla de prevencion del suicidio en la secundaria',
    why: 'A thesis, a talk, a news story, a statistic: the topic, not the writer.',
  },
];

export const SAID_SAFE_ES_RULES: CrisisRule[] = [
  {
    id: 'es-days-without-harm',
    labels: ['quiet'],
    lang: 'es',
    pattern: new RegExp(
      String.raw`(?:\b(?:llevo|cumplo|hoy\s+(?:hace|cumplo))\s+(?:\d+|mil|un|una|dos|tres|seis|\w+)\s+(?:dias?|mes(?:es)?|anos?)\s+(?:sin\s+(?:autolesionarme|cortarme|hacerme\s+dano)|limpi[oa])\b|\bya\s+van\s+(?:\d+|\w+)\s+anos\s+sin\s+hacerlo\b|\bhace\s+(?:\d+|mil|un|una|dos|tres|cuatro|cinco|seis|\w+)\s+(?:dias|mes(?:es)?|anos?)\s+que\s+no\s+me\s+(?:corto|hago\s+dano)\b|\bhace\s+(?:mas\s+de\s+)?(?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\w+)\s+(?:mes(?:es)?|anos?)\s+(?:que\s+)?me\s+(?:corte|hice\s+dano|autolesione)\s+por\s+ultima\s+vez\b|\bhace\s+(?:mas\s+de\s+)?(?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\w+)\s+(?:mes(?:es)?|anos?)\s+de\s+la\s+ultima\s+vez\s+que\s+me\s+(?:corte|hice\s+dano|autolesione)\b|\bla\s+ultima\s+vez\s+que\s+me\s+(?:corte|hice\s+dano|autolesione)\s+fue\s+hace\s+(?:mas\s+de\s+)?\w+\s+(?:mes(?:es)?|anos?)\b|(?:^|[.!?]\s+)(?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\s+(?:mes(?:es)?|anos?)\s+sin\s+(?:autolesionarme|cortarme|hacerme\s+dano)\b|\b(?:se\s+cumpl\w+|cumplo|hace)\s+(?:\d+|un|una|dos|tres|\w+)\s+(?:mes(?:es)?|anos?)\s+de\s+la\s+ultima\s+vez\s+que\s+pense\s+en\s+(?:matarme|suicidarme|quitarme\s+la\s+vida|morirme)\b)` +
        ES_NO_RELAPSE_AFTER(String.raw`|he\s+vuelto\s+a|anoche`),
    ),
    weight: 1,
    example: 'hoy hace mil dias que no me hago dano',
    why: 'Counting days or years since the last harm ("llevo 30 días sin cortarme", "cuatro años sin cortarme", "hace cinco años me corté por última vez", "se cumplió un año de la última vez que pensé en matarme"): a milestone, not a risk.',
  },
  {
    id: 'es-long-ago-and-well-now',
    labels: ['quiet'],
    lang: 'es',
    pattern: new RegExp(
      String.raw`\b(?:(?:hace\s+(?:\d+|un|dos|tres|cuatro|cinco|varios|muchos)\s+(?:anos|ano)|en\s+(?:19|20)\d\d|a\s+los\s+\d{1,2}\b|el\s+ano\s+(?:que|pasado)|de\s+(?:adolescente|chavit[oa]|morr[oa]|chic[oa]|joven)|en\s+la\s+secundaria|cuando\s+(?:era|tenia|llegue|me)\b[^.]{0,40})[^.]{0,60}\b(?:intente|queria|me\s+tome|pense(?:\s+muchas\s+veces)?\s+(?:en|que)|me\s+cortaba|me\s+corte|estuve\s+a\s+punto)|(?:intente|queria|me\s+tome|pense(?:\s+muchas\s+veces)?\s+(?:en|que)|me\s+cortaba|me\s+corte|estuve\s+a\s+punto)\b[^\n]{0,120}\beso\s+fue\s+(?:en\s+(?:19|20)\d\d|el\s+(?:19|20)?\d\d\b|hace\s+\w+\s+anos)|\bme\s+cortaba\s+(?:desde|de)\s+los\s+\d{1,2}\s+(?:hasta|a)\s+los\s+\d{1,2})\b[\s\S]{0,300}\b(?:(?:hoy|ahora|ya)\s+(?:estoy\s+(?:bien|viv[oa]|(?:mucho\s+)?mejor)|soy\s+feliz|tengo\s+(?:\d+\b|hij\w+|niet\w+|trabajo|curro|pareja|novi[oa]|espos[oa]|familia|a\s+mis?\b|una?\s+(?:vida|nena|nene|hij\w+|trabajo|taller|familia)|dos|tres|las\s+cicatrices)|estudio|cumpli|cumplo|llevo|doy|entreno|trabajo|he\s+terminado|termine|sali|no\s+(?:lo\s+hago|me\s+corto|he\s+vuelto))|desde\s+entonces\s+(?:nada|ni\s+una|no\b)|hace\s+\w+\s+anos?\s+que\s+no\s+lo\s+hago|ya\s+van\s+\w+\s+anos\s+bien|sali\s+adelante)` +
        ES_NO_RELAPSE_AFTER(String.raw`|he\s+vuelto\s+a`) +
        String.raw`|\b(?:me\s+cortaba|me\s+corte|me\s+autolesionaba)\b[^\n]{0,120}\b(?:llevo\s+(?:\d+|\w+)\s+anos\s+sin\s+hacerlo|lo\s+deje\s+hace\s+(?:como\s+|unos\s+|mas\s+de\s+)?(?:\d+|\w+)\s+anos)\b` +
        ES_NO_RELAPSE_AFTER('|ganas') +
        // "Pensé en quitarme la vida, no te voy a mentir, pero eso ya pasó": over, unless it comes back.
        String.raw`|\b(?:pense\s+(?:en|que)|queria|intente|me\s+cortaba|me\s+corte|estuve\s+a\s+punto)\b[^.!?\n]{0,120}\beso\s+ya\s+(?:paso|quedo\s+atras)\b` +
        ES_NO_RELAPSE_AFTER(ES_OVER_NOT_BACK),
    ),
    weight: 1,
    example: 'Hace 3 anos intente quitarme la vida. Hoy cumpli 20 y estudio gastronomia.',
    why: 'Harm long ago ("hace años", "en 2016", "a los 17", "el año que me separé"), told from a safe present ("hoy cumplo", "desde entonces nada", "hace tres años que no lo hago", "salí adelante", "ya estoy mejor"), with no relapse after; or "eso ya pasó" with no "pero" after: a recovery story.',
  },
];

/** Spanish words that name the subject: a risk said of oneself, quiet as a topic or of others. */
export const NAMES_IT_ES_RULES: CrisisRule[] = [
  {
    id: 'es-self-harm-word',
    labels: ['names-it'],
    lang: 'es',
    pattern: /\bautolesi\w*/,
    weight: 1,
    example: 'llevo semanas con autolesiones y no se lo he dicho a nadie',
    why: 'The word for self-harm ("autolesiones", "autolesionarme").',
  },
];
