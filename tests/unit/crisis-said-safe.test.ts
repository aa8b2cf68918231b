import { beforeAll, describe, expect, it } from 'vitest';
import { detectCrisis, loadCrisisCheck, setWordModel } from '@/lib/safety/crisis';

// A recovery told or a risk denied quiets its own words and the sentences told as past around
// them, never the rest of the text (docs/ARCHITECTURE.md, "Detectors"; lib/safety/crisis-rules.ts).
// Cases from the two independent reviews of the quiet records, reworded.
beforeAll(() => loadCrisisCheck());

const RISK_AROUND_A_RECOVERY = [
  'Me quiero morir. Llevo 30 días sin cortarme y no sé ni para qué aguanto.',
  'Llevo 100 días sin cortarme y hoy solo quiero matarme.',
  'Three years since I last cut. Everything is falling apart and I just want to die.',
  "I've been clean for five years. I used to cut in college and I started again last night.",
  'Llevo un año limpia. A los 16 me cortaba y anoche me volví a cortar.',
  'Hace 3 años intenté suicidarme. Hoy estoy vivo y quiero morirme igual que entonces.',
  "I've been well for years. Today I want to die like I did when I was 16.",
  'Llevo 3 meses sin cortarme. Hoy, como a los 16, quiero morirme.',
  'Llevo 3 días sin hacerme daño pero hoy tengo unas ganas horribles de cortarme.',
  // Said to be well, with risk before or after it.
  "Years ago I tried to kill myself. I'm okay now, I guess. Lately the thoughts are back and I have the pills.",
  "Used to cut when I was a teenager. I'm good now. Just wish I wasn't here anymore.",
  "When I was 16 I overdosed. I'm fine now. Tonight I'm going to finish what I started.",
  'Hace seis años intenté matarme. Hoy estoy mejor. Pero no quiero seguir viviendo así.',
  'Antes pensaba que todos estarían mejor sin mí. Ya no pienso eso. Ahora sé que lo estarían.',
  'el año pasado me corté. ya estoy bien. mañana me tiro del puente',
  "Years ago I tried to kill myself. I don't anymore. But tonight I bought the rope.",
  'hace años me quise matar. ya pasó. pero esta semana volví a pensar en matarme',
  // From the third and fourth independent reviews: what someone else believes, a wish still held.
  "Since last year I've wanted to die every single day. My mum thinks I'm fine now.",
  "When I was 14 I tried to overdose and honestly I wish it had worked. I'm fine now, whatever that means.",
  // Round 25's wider quiet records, pushed on: a "pero" after "eso ya pasó", a relapse, days not years.
  'pensé en quitarme la vida cuando me deportaron, eso ya pasó pero a veces vuelve la idea',
  'pensé en matarme el mes pasado, eso ya pasó, pero hoy de nuevo quiero morirme',
  "In 2021 I wanted to be dead. Those thoughts haven't come back, until this week when I bought pills.",
  'Two years ago I planned to end my life. If you are in that spot now, it did move for me. But lately I have the pills again.',
  'hace dos años de la ultima vez que me corte y anoche volvi a hacerlo',
  'hace dos años me corté por última vez y anoche volví a hacerlo',
  'hace 3 días me corté por última vez, me cuesta mucho',
  'me cortaba en el liceo, lo dejé hace 4 años pero tengo ganas otra vez',
  'quería morirme hace un año, eso ya pasó. ahora quiero morirme de nuevo',
  'Used to want to die. That was years ago, glad I stayed. Tonight I have the rope ready.',
  // The fifth review of the quiet records, reworded: now said as "estos días", "de vuelta",
  // "mentira", means kept, a calm that is a farewell, "though these past weeks".
  'hace 4 años que no me corto pero estos dias tengo unas ganas horribles y ya compre cuchillas',
  'la ultima vez que me corte fue hace tres años y de vuelta estoy con las ganas cada noche',
  'hace 2 años que no me hago daño y ahora lo unico que pienso es en quitarme la vida',
  'hace dos años intenté matarme y estos dias lo estoy pensando de vuelta, ya tengo todo listo',
  'me cortaba en la uni y lo deje hace 4 años, aunque estas ultimas semanas me rasco hasta sangrar',
  'pense en matarme muchas veces, eso fue el 2009 y ya estoy en paz con la decision, deje cartas para todos',
  'el año pasado me corte feo, hoy estoy bien jaja mentira, estoy peor que nunca y quiero desaparecer',
  'de adolescente me cortaba y ahora estoy bien, solo que estos dias la idea de tirarme del balcon no se me va',
  // Round 29's wider milestones, pushed on: a bare count of years, then a relapse or a wish.
  'tres meses sin cortarme pero anoche volví a hacerlo',
  'Dos años sin cortarme. Hoy quiero hacerlo otra vez',
  '1,095 days since the last time I hurt myself. Tonight I want to die.',
];

// The quiet records stand aside for these; the words left are the word model's to hear.
const RISK_LEFT_TO_THE_MODEL = [
  'hace muchos años me tome un frasco entero y ya tengo otro guardado por si acaso',
  "That was years ago and I'm glad I stayed, though these past few weeks I keep thinking it would be easier not to wake up",
];

const RECOVERY_TOLD_FROM_A_SAFE_PRESENT = [
  'Self-harm was my whole life at 15; I have been clean for five years now.',
  'Hoy cumplo un año sin autolesionarme. Gracias a todos los que me apoyaron.',
  'Hace 3 años intenté quitarme la vida. Hoy cumplí 20 y estudio gastronomía.',
  'Llevo 8 meses sin hacerme daño, pero hoy fue un día muy bueno en el trabajo.',
  // Round 25 (crisis-dev25), reworded: a year told in two digits, "eso ya pasó", "lo dejé hace años".
  'Cuando cerraron la fábrica pensé en quitarme la vida, eso fue el 92. Salí adelante con mi familia.',
  'cuando me deportaron pense en matarme no te miento pero eso ya paso gracias a Dios, ahora trabajo tranquilo',
  'Yo también me cortaba en el colegio, lo dejé hace como 5 años con ayuda de una psicóloga.',
  'hace seis años me corté por última vez. hoy me miré las cicatrices y sentí orgullo.',
  'Used to think they would be better off without me. That was a long time ago now. Glad I stayed.',
  // Round 26, reworded.
  "In 2019 I wanted to be dead for most of a year. This break-up hurts as well, but those thoughts haven't come back once.",
  "Three years ago I planned to end my life. My brother got me into a program. If you're in that spot now, it did move for me.",
  'Hoy hace tres años de la última vez que me corté. Lo he celebrado con un pastel.',
  // Round 29, reworded: a bare count of years, days by the thousand, a wish's anniversary.
  'cinco años sin cortarme hoy!!! me he comprado una tarta para mí sola',
  '1,200 days since the last time I hurt myself. My therapist said to celebrate it.',
  'Hoy se cumplió un año de la última vez que pensé en matarme. Gracias por todo, doctora.',
];

describe('quiet records quiet their own story, not the whole text', () => {
  // Risk must be heard whether or not the word model has loaded.
  it.each([true, false])('risk around a recovery is heard (word model %s)', async (model) => {
    await setWordModel(model);
    try {
      for (const text of RISK_AROUND_A_RECOVERY) expect(detectCrisis(text), text).toBe(true);
    } finally {
      await setWordModel(true);
    }
  });

  it('what the quiet records stand aside for reaches the word model', () => {
    for (const text of RISK_LEFT_TO_THE_MODEL) expect(detectCrisis(text), text).toBe(true);
  });

  // The rules keep a recovery quiet; the word model reads what is left and may still hear a
  // goodbye in "gracias a todos" (it errs toward the lines).
  it('a recovery told from a safe present stays quiet by the rules', async () => {
    await setWordModel(false);
    try {
      for (const text of RECOVERY_TOLD_FROM_A_SAFE_PRESENT) expect(detectCrisis(text), text).toBe(false);
    } finally {
      await setWordModel(true);
    }
  });
});
