import type { CrisisRule } from './shared';

/** Hurting oneself, said plainly in Spanish; not a haircut or a kitchen knife slip. */
export const SELF_HARM_ES_RULES: CrisisRule[] = [
  {
    id: 'es-hurt-myself',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?<!\b(?:empresa|wey|guey|vato|tipo|tipa)\s+(?:que\s+)?)(?:me\s+(?:corto|corte|cortaba|he\s+cortado|vuelvo\s+a\s+cortar|quemo|queme|golpeo|lastimo|lastime|hago\s+(?:dano|cortes))|hacerme\s+dano|cortarme|lastimarme)\b(?!(?:\s+(?:todo|toda|un\s+poco|yo\s+mism[oa]|yo|sol[oa]|ya|manana))?\s+(?:el\s+pelo|el\s+cabello|el\s+fleco|la\s+melena|la\s+barba|las\s+puntas|el\s+dedo\b|la\s+mano\s+(?:cocinando|pelando|picando|con\s+(?:el|un|una|la)\s+(?:cuchillo|lata|vidrio|navaja))|con\s+(?:un\s+papel|el\s+cuchillo\s+(?:cocinando|pelando))|las\s+unas|el\s+flequillo|el\s+(?:servicio|contrato|internet|agua|gas|credito|rollo|telefono)|la\s+(?:luz|palabra|llamada|linea)|por\s+(?:whatsapp|mensaje|telefono|texto|chat)))/,
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
  {
    id: 'es-hurt-myself-again',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\bme\s+(?:volvi|he\s+vuelto|vuelvo|volvere)\s+a\s+(?:cortar|quemar|lastimar|golpear|aranar|morder|pegar|hacer\s+(?:dano|cortes))\b|\b(?:volvi|he\s+vuelto)\s+a\s+(?:quemarme|golpearme|pegarme|aranarme|morderme)\b/,
    weight: 1,
    example: 'me volvi a cortar anoche, cuatro meses limpia',
    why: 'Hurting oneself again after a time without: a relapse, said the Spanish way.',
  },
  {
    id: 'es-hurt-on-purpose',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\bme\s+(?:arane|arano|aranaba|muerdo|mordi|mordia|pegue|pego|pegaba|golpee|golpeo|di)\b[^\n]{0,80}\b(?:a\s+proposito|hasta\s+(?:sangrar|dejarme|que\s+(?:sangr|me\s+sal))|me\s+lo\s+merezco|lo\s+necesitaba|me\s+salio\s+sangre)|\bdandome\s+(?:de\s+)?(?:cabezazos|cabesazos|golpes)\b|\bsin\s+comer\s+a\s+proposito\b/,
    weight: 1,
    example: 'me muerdo el brazo hasta dejarme moretones',
    why: 'Scratching, biting, hitting or starving oneself on purpose, or until it bleeds.',
  },
  {
    id: 'es-scratched-with-a-blade',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:me\s+)?(?:rasgune|rasguno|arane|aranie|raye|rayo|corte|corto)\s+(?:otra\s+vez\s+|de\s+nuevo\s+)?(?:los\s+|el\s+|las\s+|la\s+)?(?:brazos?|munecas?|piernas?|muslos?|antebrazos?)\s+con\s+(?:la\s+|una\s+|el\s+|un\s+)?(?:gillette|cuchilla|navaja|hoja|tijeras?|cutter|bisturi|sacapuntas)\b/,
    weight: 1,
    example: 'Otra vez me rasguñe los brazos con la gillette en el baño del hospital',
    why: 'Arms or wrists cut or scratched with a blade: self-harm said plainly.',
  },
  {
    id: 'es-back-to-the-blade',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:volvi|he\s+vuelto|vuelvo)\s+a\s+las\s+andadas\s+con\s+(?:la|el|las|los)\s+(?:gillette|cuchilla|cuchillas|navaja|cuter|cutter|hojilla|sacapuntas|encendedor|mechero)\b|\b(?:otra\s+vez|de\s+nuevo)\s+(?:el|la)\s+(?:encendedor|mechero|cuchilla|gillette|navaja|cuter|hojilla)\s+en\s+(?:el|la|los|las|mi|mis)\s+(?:muslo|muslos|brazo|brazos|pierna|piernas|muneca|munecas|panza|barriga)\b/,
    weight: 1,
    example: 'hoy otra vez el encendedor en el muslo, donde nadie ve',
    why: 'Back to a blade or a lighter on the skin: self-harm again, said by its tool.',
  },
  {
    id: 'es-coded-self-harm',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:sacapuntas|cuchillas?|hojas?\s+de\s+afeitar|manga\s+larga)\b[^\n]{0,100}\blos\s+que\s+(?:entienden|saben)\s+(?:entienden|saben)\b|\b(?:brazos?|piernas?|muslos?|munecas?)\s+(?:en\s+)?barcode\b|\bbarcode\s+(?:de\s+nuevo|otra\s+vez)\b/,
    weight: 1,
    example: 'ya me compré sacapuntas nuevos jaja. los que entienden entienden, no me juzguen porfa',
    why: 'Blades from a pencil sharpener, long sleeves in the heat, and "los que saben saben": self-harm said in code.',
  },
  {
    id: 'es-thinking-it-again',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:lo\s+intente|intente\s+(?:matarme|suicidarme|quitarme\s+la\s+vida))\b[^.]{0,60}\b(?:vuelvo|volvi|he\s+vuelto)\s+a\s+pensar(?:lo|\s+en\s+(?:eso|ello|hacerlo))\b|\bno\s+se\s+(?:pa|para)\s+que\s+sigo(?=\s*(?:[,.;!]|$)|\s+(?:vivo|viviendo|aqui|en\s+este\s+mundo))/,
    weight: 1,
    example: 'hace años lo intenté y hoy vuelvo a pensarlo. no sé pa qué sigo',
    why: 'An attempt in the past and the thought back now, or not knowing what one goes on for.',
  },
  {
    id: 'es-did-it-again',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\bme\s+(?:(?:hacia|hice)\s+dano(?!\s+(?:en|jugando|al|con|entrenando))|lastimaba|autolesionaba)\b(?=[^\n]{0,300}\b(?:(?:volvi|he\s+vuelto)\s+a\s+hacerlo|lo\s+(?:volvi|he\s+vuelto)\s+a\s+hacer)\b)/,
    weight: 1,
    example:
      'Yo me hacía daño a los 16 y salí de eso. Lo que no cuento es que el mes pasado volví a hacerlo.',
    why: 'Harm told as past, then "volví a hacerlo": a relapse in the same story.',
  },
  {
    id: 'es-hit-the-wall-till-it-bled',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:pegue|golpee|di|le\s+pegue)\b[^.!?\n]{0,40}\b(?:pared|muralla|muro|puerta)\s+hasta\s+(?:que\s+se\s+me\s+(?:abrieron|sangraron|rompieron|reventaron)|sangrar|romperme)|\b(?:llegue|me\s+puse|empece)\s+a\s+castigarme\b(?!\s+menos\b)/,
    weight: 1,
    example:
      'Le pegué combos a la muralla hasta que se me abrieron los nudillos. Llegué a la casa a castigarme.',
    why: 'Hitting a wall until the knuckles split, "punishing myself": harm on purpose.',
  },
];
