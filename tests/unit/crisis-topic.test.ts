import { beforeAll, describe, expect, it } from 'vitest';
import { detectCrisis, loadCrisisCheck, setWordModel } from '@/lib/safety/crisis';

// Talk about the subject (a webinar, a class's slides, a podcast episode) quiets the named word and
// the word model's reading of its own sentence, never a risk said beside it (docs/ARCHITECTURE.md,
// "Detectors"; lib/safety/rules/topic-frame.ts, lib/safety/crisis-rules.ts modelReads).
beforeAll(() => loadCrisisCheck());

// Round 29's topic texts, which the named word alone used to bring the panel up on. Talk about
// the work with the writer in it ("I merged…", "Me he apuntado…") is not framed: the named word
// counts there, a false alarm the check accepts rather than hide a student's own risk.
const TALK_ABOUT_IT = [
  "guys sa webinar kanina, the speaker said asking directly 'are you thinking of suicide' does NOT put the idea in their head. that's on the quiz daw.",
  'alguien tiene las diapos de Psicopatología del tema 7?? el de conducta suicida y factores de riesgo, que el profe dijo que entra fijo en el parcial',
  'ensayo suicidio juvenil honduras estadisticas 2023 fuentes confiables',
  'Webinar MSPAS autolesiones en adolescentes. Dato: la mayoría no busca morir sino regular emociones. Preguntar directo NO aumenta el riesgo.',
];

// Written to break the frame: a risk beside or inside the talk.
const RISK_BESIDE_THE_TALK = [
  'The slides on self-harm made me want to do it again',
  'Quiz tomorrow on suicide risk factors and I tick every box lol, might as well',
  'el episodio del podcast sobre el suicidio me hizo pensar que yo sobro en este mundo',
  'tengo parcial de conducta suicida y yo misma cumplo todos los criterios',
  'doing the dataset of suicide notes for my thesis and honestly mine would be shorter',
  'webinar on self-harm tomorrow. ironic bc i did it again last night',
  'clase de hoy sobre autolesiones. yo lo hago desde hace meses y nadie lo sabe',
  'charla de prevención del suicidio en el cole. me dieron ganas de hacerlo la verdad',
  "Lecture on suicide today. I'm thinking about it more than I should",
  'Slides for class on self-harm. I did it again last night',
  // From the review of these records: risk beside the frame, after the first draft hid it.
  'quiz q4: which of these is a warning sign of suicide? me: literally all of them since christmas lol',
  'tengo parcial de psicopatologia sobre suicidio el lunes y ni estudio, total ya no pienso estar aqui para el lunes',
  'seminario de conducta suicida hoy, la profe enumero las senales y las tengo todas, regale mi guitarra el sabado',
  'webinar on self harm at work today, sat there with my sleeves pulled down over the cuts from last night',
];

describe('talk about the subject', () => {
  it.each(TALK_ABOUT_IT)('stays quiet on "%s"', async (text) => {
    await setWordModel(true);
    expect(detectCrisis(text)).toBe(false);
  });

  it.each(RISK_BESIDE_THE_TALK)('still hears "%s"', async (text) => {
    await setWordModel(true);
    expect(detectCrisis(text)).toBe(true);
  });
});
