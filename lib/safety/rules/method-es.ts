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
    id: 'es-a-gun-kept-to-use',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:tengo|guardo|escondi|tengo\s+escondid[oa])\b[^.!?\n]{0,50}\b(?:el\s+arma|un\s+arma|la\s+pistola|una\s+pistola|el\s+revolver|la\s+escopeta)\b[^.!?\n]{0,60}\b(?:pienso|voy\s+a|quiero)\s+usarl[ao]\b(?!\s+(?:para\s+(?:cazar|la\s+caza|el\s+campo|tiro|practicar)|en\s+(?:la\s+caza|el\s+campo|el\s+club|el\s+monte)))/,
    weight: 1,
    example: 'Hace como dos años que tengo el arma de mi viejo escondida y pienso usarla.',
    why: "A gun kept, to be used: a means and a decision, in whoever's words it is said.",
  },
  {
    id: 'es-going-after-them',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:se\s+vaya|se\s+muera|muera|murio|sacrific\w*|eutanasia|ya\s+no\s+este|se\s+fue\s+con\s+(?:dios|el\s+senor))\b[^.!?\n]{0,40}\b(?:me\s+voy|me\s+ire|me\s+iria|voy\s+a\s+irme)\s+(?:detras|tras)\s+de\s+(?:el|ella|ellos)\b/,
    weight: 1,
    example: 'Cuando se vaya Toby me voy detrás de él, ya lo he decidido.',
    why: 'Going after someone who is dying or has died ("cuando se vaya, me voy detrás de él"): following them; not going after a boyfriend to Madrid.',
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
  {
    id: 'es-know-how-and-when',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /^(?![\s\S]*\b(?:sorpresa|fiesta|regalo|boda|cumple\w*|pedirle|propuesta|viaje|mudanza)\b)[\s\S]*?\bya\s+(?:se|sabe|sabemos|(?:lo\s+)?(?:tengo|tiene)\s+(?:decidido|pensado|claro))\s+(?:el\s+)?(?:como\s+y\s+(?:el\s+)?cuando|cuando\s+y\s+(?:el\s+)?como|donde\s+y\s+cuando|cuando\s+y\s+donde)\s*(?:[.,;!]|$)|\bno\s+(?:pienso|piensa|planeo|planea)\s+llegar\s+(?:a|al|hasta)\s+(?:junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|enero|febrero|marzo|abril|mayo|navidad|ano\s+nuevo|fin\s+de\s+ano|(?:mi|su)\s+cumple\w*|los\s+\d{2}|el\s+(?:verano|invierno|lunes|martes|miercoles|jueves|viernes|sabado|domingo))\b(?=\s*(?:[.,;!?]|$|y\s|porque\s))/,
    weight: 1,
    example: 'pone que él no tiene futuro porque no piensa llegar a junio, que ya sabe cómo y cuándo.',
    why: 'Not planning to reach a date, or already knowing how and when: a plan ("no pienso llegar a los 30 soltera" is not).',
  },
  {
    id: 'es-joke-then-not-a-joke',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\bme\s+(?:(?:tiro|aviento|avento|lanzo)\s+(?:por|de|desde|del|al|a)\s+(?:la\s+|el\s+|un\s+|una\s+)?(?:ventana|puente|balcon|edificio|azotea|techo|tren|metro|barranco|precipicio|terraza|(?:primer|segundo|tercer|cuarto|quinto|sexto|septimo|octavo|noveno|decimo|\d+)\s+piso)|corto\s+las\s+venas|pego\s+un\s+tiro)\b(?=[\s\S]{0,200}\b(?:no\s+(?:es|era|fue)\s+(?:tan(?:to)?\s+|del\s+todo\s+|solo\s+|solamente\s+)?(?:una\s+)?(?:broma|chiste)|medio\s+en\s+serio|lo\s+(?:llevo|vengo)\s+pensando\s+(?:un\s+tiempo|hace\s+tiempo)\s+y\s+no)\b)/,
    weight: 1,
    example:
      'jajaja si suspendo me tiro por la ventana 🤣 bueno nose, lo llevo pensando un tiempo y no es tan broma',
    why: 'A joke about jumping or dying, then "no es tan broma" or "lo llevo pensando": the joke taken back.',
  },
  {
    id: 'es-only-the-day-left',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /^(?=[\s\S]{0,400}\b(?:testamento|como\s+lo\s+voy\s+a\s+hacer\s+ya\s+lo\s+se)\b)[\s\S]{0,400}?\bme\s+falta\s+(?:elegir|decidir|poner)\s+(?:el\s+dia|la\s+fecha)\b(?!\s+(?:de|del|para)\b)|\b(?:tengo|guardo)\s+una\s+(?:soga|cuerda)\s+(?:en|guardada|escondida)\b[^\n]{0,160}\b(?:la\s+miro|mirandola)\b/,
    weight: 1,
    example: 'Hice testamento el lunes. Ahora solo me falta elegir el día, cómo lo voy a hacer ya lo sé.',
    why: 'Only the day left to choose, the how already known, a rope kept and looked at: a plan.',
  },
  {
    id: 'es-when-nobody-is-home',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\blo\s+(?:hare|voy\s+a\s+hacer)\b[^.!?\n]{0,60}\bcuando\s+no\s+(?:haya|este|esten)\s+nadie\b|\bmanguera\b[^.!?\n]{0,40}\b(?:escape|tubo\s+de\s+escape)\b/,
    weight: 1,
    example: 'Lo haré el domingo, cuando no haya nadie en casa.',
    why: 'Doing "it" when nobody is home, a hose to the exhaust: a plan and a means.',
  },
  {
    id: 'es-lethal-dose',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /^(?![\s\S]*\b(?:(?:para|a|de|en)\s+(?:(?:mi|mis|un|una|el|la|los|las|nuestro|nuestra|su)\s+)?(?:\d+\s*(?:anos|meses|kg|kilos)\s+)?(?:perr\w*|gat\w*|conej\w*|cachorr\w*|mascotas?|caball\w*|vacas?|ovejas?|cabras?|hij[oa]s?|niet[oa]s?|bebes?|nin[oa]s?|pacientes?|ratas?|ratones)|(?:mi|mis|nuestro|nuestra)\s+(?:perr\w*|gat\w*|conej\w*|cachorr\w*|mascotas?|niet[oa]s?|bebes?)|veterinari\w*|farmaci\w*|farmacolog\w*|toxicolog\w*|parcial|apuntes|enfermer\w*|protocolo|documental|episodio|asesin\w*|cucarachas?|plagas?|fumig\w*|raticida|dl\s*50|noticias?)\b)[\s\S]*?(?:\bdosis|\bsobredosis)\s+(?:letal|mortal|leta)(?:es)?\b/,
    weight: 1,
    example: 'clonazepam dosis letal 70 kg',
    why: 'Una dosis letal buscada, no para una mascota, un niño o un paciente, ni para una clase o una serie: un medio, para uno mismo.',
  },
];
