import type { CrisisRule } from './shared';

/** Wishing not to be, not to wake, not to go on, in Spanish. */
export const PASSIVE_WISH_ES_RULES: CrisisRule[] = [
  {
    id: 'es-not-want-to-live',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\bno\s+quiero\s+(?:seguir\s+)?(?:vivir|viviendo|existir|estar\s+(?:aqui|aca|en\s+este\s+mundo|viv[oa])|seguir\s+(?:aqui|aca|adelante|asi)|despertar(?:me)?(?:\s+nunca\s+mas|\s+mas)?)\b/,
    weight: 1,
    example: 'ya no quiero seguir viviendo',
    why: 'Not wanting to live, exist, be here or wake up.',
  },
  {
    id: 'es-wish-i-were-dead',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\bojala\s+(?:me\s+muriera|me\s+muera|estuviera\s+muert[oa]|no\s+(?:despertara|despierte|hubiera\s+nacido|existiera)|me\s+(?:atropell|pas)\w+\s+(?:algo|un\s+\w+)?)\b/,
    weight: 1,
    example: 'ojala no despertara manana',
    why: 'Wishing to die or not wake up: "ojalá no despertara".',
  },
  {
    id: 'es-sleep-and-not-wake',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:dormir(?:me)?|quedarme\s+dormid[oa])\s+y\s+no\s+(?:despertar(?:me)?|volver\s+a\s+despertar)(?!\s+hasta)\b|\b(?:(?:quiero|quisiera|ojala\s+pudiera|me\s+gustaria|me\s+voy\s+a)\s+(?:dormir(?:me)?|quedarme\s+dormid[oa])|me\s+duermo\s+yo)\s+para\s+siempre\b/,
    weight: 1,
    example: 'quisiera dormirme y no despertar',
    why: 'Falling asleep and not waking, sleeping "para siempre" ("me voy a dormir para siempre"); not "hasta el lunes".',
  },
  {
    id: 'es-tired-of-living',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:cansad[oa]|hart[oa]|agotad[oa])\s+de\s+(?:vivir|la\s+vida|existir|estar\s+viv[oa])\b|\bme\s+da\s+igual\s+(?:vivir\s+o\s+morir|morir(?:me)?|si\s+me\s+muero)\b|\bno\s+me\s+importa(?:ria)?\s+(?:morir(?:me)?|si\s+me\s+muero)\b/,
    weight: 1,
    example: 'estoy cansado de vivir',
    why: 'Tired of living, not caring whether one lives or dies.',
  },
  {
    id: 'es-no-point-living',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:no\s+(?:le\s+)?(?:veo|encuentro|tiene)|ya\s+no\s+(?:le\s+)?(?:veo|encuentro|tiene))\s+(?:ningun\s+)?sentido\s+(?:a\s+)?(?:vivir|la\s+vida|seguir\s+(?:vivo|viva|viviendo|aqui|adelante)|mi\s+vida)\b|\bpara\s+que\s+(?:sigo|seguir)\s+(?:vivo|viva|viviendo|aqui)\b/,
    weight: 1,
    example: 'ya no le encuentro sentido a vivir',
    why: 'No point in living; "no le veo sentido a esta carrera" is not about life.',
  },
  {
    id: 'es-disappear-forever',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:desaparecer|irme)\s+(?:pa(?:ra|')?\s+siempre(?!\s+(?:de\s+(?:este|esta)\s+(?:pais|ciudad|pueblo|casa|isla)|a\s+\w+))|de\s+este\s+mundo)\b|\bdejar\s+de\s+existir\b/,
    weight: 1,
    example: 'quiero desaparecer para siempre',
    why: 'Disappearing for good, leaving this world, ceasing to exist.',
  },
  {
    id: 'es-better-without-me',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:estarian|estaria|seria|serian|vivirian|viviria)\s+(?:todos\s+)?(?:mucho\s+)?mejor\s+(?:todos\s+)?(?:sin\s+mi\b(?!\s+(?:ex|novi[oa]|pareja|jef[ea]|suegr[oa]|perr[oa]|gat[oa]|coche|carro|auto|ayuda|permiso|hermano|hermana|madre|padre|mama|papa)\b)|si\s+(?:yo\s+)?(?:ya\s+)?no\s+(?:estuviera|existiera|hubiera\s+nacido)|si\s+(?:yo\s+)?nunca\s+hubiera\s+nacido|si\s+(?:me\s+muero|me\s+muriera|desapareciera))\b|\bsin\s+mi\s+(?:podria|podrian|podra|podran)\s+(?:rehacer\s+su\s+vida|ser\s+feliz|ser\s+felices|vivir\s+tranquil\w+|empezar\s+de\s+(?:nuevo|cero))\b|\b(?:les|le|nos)\s+(?:(?:habria|hubiera|hubiese)\s+ido|iria|irian|ira|iran)\s+mejor\s+(?:sin\s+mi(?=\s*(?:[.,;!?]|$|\s+(?:y\s+(?:lo|la)\s+se|pero|que|porque|ya|la\s+verdad|la\s+neta)\b))|si\s+(?:yo\s+)?(?:no\s+(?:hubiera|hubiese)\s+(?:estado|existido|nacido)|nunca\s+(?:hubiera|hubiese)\s+(?:estado|existido|nacido))(?=\s*(?:[.,;!?]|$|\s+(?:nunca|jamas|en\s+su\s+vida|y|pero|la\s+verdad)\b)))|\b(?:(?:irian|estarian|vivirian|andarian)\s+(?:mucho\s+|mas\s+)?(?:ligeros|tranquilos|libres|livianos)|(?:ligeros|tranquilos|libres|livianos)\s+que\s+(?:irian|estarian|vivirian|andarian))\s+(?:todos\s+)?sin\s+mi(?=\s*(?:[.!?;]|$|\s+(?:pero|que|porque|ya|la\s+verdad|la\s+neta)\b))/,
    weight: 1,
    example: 'mi familia estaria mejor sin mi',
    why: 'Being a burden others would be better without ("les habría ido mejor si yo no hubiera estado", "irían ligeros sin mí").',
  },
  {
    id: 'es-ask-not-to-wake',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:pido|le\s+pido|rezo|ruego|suplico)\b[^.!?\n]{0,60}?\bno\s+(?:despertar(?:me)?|amanecer|volver\s+a\s+despertar)\b/,
    weight: 1,
    example: 'Cada noche pido lo mismo antes de apagar la luz: no despertarme.',
    why: 'Praying or asking not to wake up: a passive wish to die.',
  },
  {
    id: 'es-family-spared-if-not-here',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:se\s+ahorrar(?:ia|ian)|ahorrarian|descansar(?:ia|ian)|estar(?:ia|ian)\s+(?:mas\s+)?tranquil[oa]s)\b[^.!?\n]{0,80}?\bsi\s+(?:yo\s+)?no\s+(?:estuviera|existiera|estuviese)\b/,
    weight: 1,
    example: 'mi familia se ahorraria un paston en psicologos y disgustos si yo no estuviera',
    why: 'Others spared money or worry "si yo no estuviera": being a burden.',
  },
  {
    id: 'es-vanish-and-never-return',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\bdesaparecer\b(?!\s+(?:de|del)\s+(?:insta\w*|ig|redes|las\s+redes|tiktok|facebook|face|whatsapp|twitter|aqui|este\s+grupo))[^.!?\n]{0,50}?\by\s+no\s+volver\s+(?:nunca|jamas|mas)\b/,
    weight: 1,
    example: 'ojala pudiera desaparecer pero no de insta, de todo todo, y no volver nunca',
    why: 'Vanishing and never coming back: a wish not to exist ("desaparecer de instagram y no volver nunca" is leaving an app).',
  },
  {
    id: 'es-why-keep-breathing',
    labels: ['risk'],
    lang: 'es',
    pattern: /\bpara\s+(?:que|q)\s+sigo\s+(?:respirando|viviendo|en\s+este\s+mundo)\b/,
    weight: 1,
    example: 'para q sigo respirando si aqui se me acabo el camino',
    why: '"Why do I go on breathing": no point in living.',
  },
  {
    id: 'es-wanting-not-to-wake',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:querer|quiero|quisiera|queria|deseo|desear)\s+no\s+(?:despertar(?:me)?|volver\s+a\s+despertar|amanecer|existir)\b(?!\s+(?:a\b|al\b|sospechas|la\s|el\s|los\s|las\s|mi\s|su\s|tu\s))/,
    weight: 1,
    example: 'es normal querer no despertar nunca mas',
    why: 'Wanting not to wake up or exist, even asked as a question ("¿es normal querer no despertar?").',
  },
  {
    id: 'es-vanish-without-a-trace',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:quisiera|kisiera|quiero|kiero|queria|ojala\s+pudiera)\s+desaparecer\s+y\s+(?:que|q|k)\s+nadie\s+me\s+(?:busque|encuentre|vuelva\s+a\s+ver)\b|\b(?:quisiera|quiero|kiero|queria|ojala\s+pudiera)\s+desaparecer\b[^.!?\n]{0,40}\bdesaparecer\s+de\s+verdad\b(?!\s+de\s+(?:internet|redes|insta\w*|las\s+redes))|\bque\s+no\s+quede\s+nada\s+de\s+mi\s*(?:[.,;!?]|$)/,
    weight: 1,
    example:
      'Quisiera desaparecer, pero no irme a otra ciudad: desaparecer de verdad, que no quede nada de mí.',
    why: 'Vanishing so that no one looks, "de verdad", leaving nothing of oneself: a wish not to exist.',
  },
  {
    id: 'es-last-thing-keeping-me-here',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\blo\s+(?:ultimo|unico)\s+que\s+me\s+(?:tenia|mantenia|ataba|retenia|quedaba)\s+(?:aqui|aca|en\s+este\s+mundo|con\s+vida|viv[oa])\s*(?:[.!]|$)|\bno\s+veo\s+(?:por\s*que|para\s+que)\s+seguir\s+(?:adelante\s+)?(?:con\s+nada|viviendo(?!\s+(?:aqui|en\s+est[ea]|con))|en\s+este\s+mundo)\b[^.!?\n]{0,30}(?:ni\s+con\s+la\s+vida)?/,
    weight: 1,
    example: 'Ella dijo que no. Y con eso se fue lo último que me tenía aquí.',
    why: 'The last thing keeping one here gone, no reason to go on with anything: no point in living.',
  },
  {
    id: 'es-god-take-me',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:senor|dios|diosito|padre\s+(?:celestial|santo|mio)|virgen(?:cita)?|tata\s+dios|papa\s+dios)\b[^.!?\n]{0,60}?\b(?:llevame|recogeme|me\s+(?:lleve|recoja))\b(?!\s+(?:por|a\s+(?:casa|trabajo|la\s+iglesia|misa|su\s+servicio)|de\s+la\s+mano)|[^\n]{0,60}(?:pero\s+a\s+(?:un|una|la|el)\b|😂|🤣|\bja(?:ja)+))|\bllevame\s+a\s+mi\s+tambien\b/,
    weight: 1,
    example: 'Señor, llévatela sin dolor. Y llévame a mí también, ya no puedo más.',
    why: 'Asking God to take one now ("Diosito, ya recógeme", "que Dios me lleve"): a wish to die said in prayer.',
  },
  {
    id: 'es-nothing-ties-me-here',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\bnada\s+me\s+(?:amarra|ata|retiene|mantiene|sostiene|une)\s+(?:ya\s+)?(?:a|en)\s+(?:este\s+mundo|la\s+vida)\b/,
    weight: 1,
    example: 'nada me amarra ya a este mundo 🤷‍♂️',
    why: 'Nothing tying one to this world any more: no reason to stay alive.',
  },
  {
    id: 'es-no-reason-to-stay',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\bno\s+tengo\s+(?:ninguna\s+|ningun\s+)?(?:razon|motivo)\s+(?:para|pa)\s+(?:quedarme|seguir(?:\s+aqui|\s+viv[oa])?|vivir)\b(?!\s+(?:en|con|aqui\s+en|a\s+(?:cenar|dormir)|mas\s+tiempo\s+en))/,
    weight: 1,
    example: 'no tengo ninguna razón para quedarme. ninguna.',
    why: 'No reason left to stay or go on: no point in living ("para quedarme en este trabajo" is not).',
  },
  {
    id: 'es-hoping-something-kills-me',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\b(?:ojala(?:\s+(?:que|q))?|esperando\s+(?:a\s+)?(?:que|q)|espero\s+(?:que|q)|rezo\s+(?:para\s+)?(?:que|q)|pido\s+(?:que|q))\s+(?:algo|alguien|un\s+(?:camion|bus|auto|carro|coche|rayo|infarto|cancer|tren)|el\s+covid|una\s+enfermedad|dios)\s+me\s+(?:mate|atropelle|lleve)\b(?!\s+(?:la|el|las|los|unas?|unos?|esa|ese|eso|esta|este|al|a|por|con|de|en|hasta|pa|para|mis?|tus?)\b)/,
    weight: 1,
    example: 'llevo un mes esperando que algo me mate y nada',
    why: 'Esperar que algo o alguien lo mate a uno: un deseo pasivo de morir, aunque vaya con risa.',
  },
  {
    id: 'es-switch-myself-off',
    labels: ['risk'],
    lang: 'es',
    pattern:
      /\bapagarme\b[^.!?\n]{0,40}\b(?:para\s+siempre|(?:y\s+)?que\s+nadie\s+me\s+(?:vuelva\s+a\s+)?(?:prender|encender|despertar))\b/,
    weight: 1,
    example: 'quisiera apagarme como la tele y que nadie me vuelva a prender',
    why: 'Apagarse para siempre, sin que nadie lo vuelva a encender: no existir, dicho con una imagen.',
  },
];
