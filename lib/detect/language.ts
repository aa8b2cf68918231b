/**
 * Which language a text is in, on the device and at once: English, Spanish, or another one the
 * detectors don't read (docs/ARCHITECTURE.md, "Detectors"). Counts the small words every
 * sentence needs (articles, pronouns, prepositions) in each language; a text with too few of
 * them to tell ("ugh", "idiot!!") counts as English, the language the rules were first written in.
 */
export type Lang = 'en' | 'es' | 'other';

const list = (words: string) => new Set(words.split(' '));

// Words common in one language and rare in the others (no "a", "me", "no", "si": shared).
const EN = list(
  "the and i i'm i've i'd i'll you you're he she it it's we they my your his her our their is are was were be been am have has had do does did don't didn't can't won't will would could should this that these those what when where why how who with for from of at by about not just so but or if than then there here all any every never always nobody someone something anything nothing because after before into out up down over again still even only also really very feel feels felt think know want going gonna get got make made say said",
);
const ES = list(
  'el la los las un una unos unas y o pero porque que qué de del al en con por para sin sobre yo tú tu mi mis su sus nos nosotros ellos ellas él ella es son está están estoy era fue soy eres he ha han hay tengo tiene tienen hace hacer puedo puede quiero nunca siempre nadie nada todo todos todas algo alguien también muy más menos ya aún todavía cuando donde cómo como porqué si sí esto eso este esta ese esa aquí allí así solo sólo le les lo se te mí me siento creo sé voy vas va ni pues bueno entonces hoy mañana ayer q xq pq tb',
);
// A few languages people might select text in, so they are left alone rather than guessed.
const OTHER = list(
  'le les des est et je tu il elle nous vous ils une pas ne suis sont dans avec pour mais qui ce cette être avoir não eu você ele ela eles é são estou tenho muito também isso isto mas com uma um ich du er sie wir ihr ist sind nicht und der die das ein eine mit für auf aber auch noch sono il lo gli della che non sei siamo hanno questo questa anche perché molto',
);

const SPANISH_MARKS = /[ñ¿¡áéíóú]/g;

export function detectLanguage(text: string): Lang {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const lower = sample.toLowerCase().replace(/[’‘`´]/g, "'");
  let en = 0;
  let es = 0;
  let other = 0;
  for (const w of lower.split(/[^\p{L}']+/u)) {
    if (!w) continue;
    if (EN.has(w)) en++;
    if (ES.has(w)) es++;
    if (OTHER.has(w)) other++;
  }
  es += Math.min(3, (lower.match(SPANISH_MARKS) ?? []).length) * 0.5;
  // Letters outside the Latin alphabet: a language the detectors don't read.
  const latin = (lower.match(/[a-zñáéíóúüç]/g) ?? []).length;
  const letters = (lower.match(/\p{L}/gu) ?? []).length;
  if (letters > 3 && latin / letters < 0.5) return 'other';
  if (other >= 2 && other > en && other > es) return 'other';
  if (es > en) return 'es';
  return 'en';
}
