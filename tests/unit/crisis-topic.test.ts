import { beforeAll, describe, expect, it } from 'vitest';
import { detectCrisis, loadCrisisCheck, setWordModel } from '@/lib/safety/crisis';

// Talk about the subject (a webinar, a class's slides, a podcast episode) quiets the named word and
// the word model's reading of its own sentence, never a risk said beside it (docs/ARCHITECTURE.md,
// "Detectors"; lib/safety/rules/topic-frame.ts, lib/safety/crisis-rules.ts modelReads).
beforeAll(() => loadCrisisCheck());

// Round 29's topic texts, which the named word alone used to bring the panel up on.
const TALK_ABOUT_IT = [
  "Hi Prof, attaching the revised coding scheme for the self-harm tweets dataset. I merged 'method mention' and 'plan' as we discussed. Inter-rater kappa is now 0.81. Free Thursday to go through?",
  'Brother Kern, for Saturday youth session lets do the talk on depression and suicide after Carnival. I will bring the brochures from the Lifeline people. Tell the parents ahead of time.',
  'alguien tiene las diapos de Psicopatología del tema 7?? el de conducta suicida y factores de riesgo, que el profe dijo que entra fijo en el parcial',
  'ensayo suicidio juvenil honduras estadisticas 2023 fuentes confiables',
  "Me he apuntado al webinar de Osakidetza 'Detección del riesgo suicida en atención primaria', el martes a las 17:00.",
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
