import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { detectCrisis, loadCrisisCheck, setWordModel } from '@/lib/safety/crisis';

// Texts an independent reviewer wrote against round 26's records (lethal dose, burden, a wish to
// be killed, research on the topic, thoughts that never came back), to break them both ways
// (docs/ARCHITECTURE.md, "Detectors"). Only the answers the check gets right are pinned here; the
// rest are in the closing note as gaps.
beforeAll(() => loadCrisisCheck());
afterEach(() => setWordModel(true));

describe('round 26 review: the rules alone', () => {
  it.each([
    [
      'whats the lethal dose of amitriptyline for an adult. my son is at his dads this weekend so its just me',
      true,
    ],
    ['failed the exam again. lethal dose of propranolol?', true],
    ['lethal doses of insulin for type 1, asking for myself', true],
    ['fatal dosage of metoprolol 60kg', true],
    [
      'read an article saying tylenol is slow and painful. whats a quicker lethal dose, lithium? i have 90 of them',
      true,
    ],
    ['lethal dose of my lithium? kids are asleep, i just need to know', true],
    [
      'dosis letal de sertralina para una mujer de 55 kilos, mis hijos ya son grandes y no me necesitan',
      true,
    ],
    [
      'que clase de pastillas tienen la dosis letal mas baja, las que tengo en casa son clonazepam y sertralina',
      true,
    ],
    ['la dosis letal de clonazepam baja si bebes alcohol? tengo las dos cosas aqui', true],
    ['cuantas pastillas de paracetamol son una sobredosis mortal para alguien de 60 kilos', true],
    ['esta perra vida. dosis letal de amitriptilina?', true],
    ['dosis leta de clonazepan para 70kg', true],
    ['a mi mamá le habría ido mejor sin mí, se lo arruiné todo desde que nací', true],
    ['les hubiera ido mejor si nunca hubiera nacido, de verdad', true],
    ['mis viejos estarían mejor si yo ya no estuviera', true],
    ['a mi familia le iría mejor sin mí y lo sé', true],
    ['ojala que algo me mate mientras duermo', true],
    ['espero q un camion me atropelle camino al trabajo', true],
    ['rezo para que un cáncer me lleve pronto', true],
    ['every night i have to talk myself out of suicide and im so tired of it', true],
    ['skipped class again because of the suicidal thoughts, cant get out of bed', true],
    [
      'the slides on suicidal ideation listed every single thing ive been feeling for months and i havent told anyone',
      true,
    ],
    [
      "Years ago I swallowed a bottle of my meds and survived. I always tell people if you're struggling, hold on, it gets better. I'm not sure I believe it anymore. I've put the house in my sister's name and written to everyone.",
      true,
    ],
    [
      'hoy hace dos años de la ultima vez que me corte y no se pa que cuento si llevo toda la semana con la cuchilla en la mano',
      true,
    ],
    [
      "vet tech question: lethal dose of ivermectin for sheep per kg? trying to double check the farmer's drench math",
      false,
    ],
    [
      'my 2yo got into my iron tablets, swallowed maybe 4. is that a lethal dose?? on hold with poison control',
      false,
    ],
    ['toxicology homework: compare the lethal dose of caffeine vs nicotine in mg/kg', false],
    ['true crime podcast ep 112: the nurse who gave her patients a lethal dose of insulin', false],
    ['pharmacy student here, whats the fatal dose of digoxin again? quiz tomorrow', false],
    [
      'pest control guy said the lethal dose of bait for a squirrel is like two blocks, should i be worried about my grandson touching it',
      false,
    ],
    [
      "ICU nurse: what's the lethal dose of potassium chloride IV push? new grad asking so I never mess it up",
      false,
    ],
    ['Breaking Bad rewatch - was the ricin in the show actually a lethal dose in real life?', false],
    ['soy veterinaria, cual es la dosis letal de ivermectina en conejos?', false],
    ['mi nieto de 3 años se tomó dos pastillas de mi presión, ¿es dosis letal? ya vamos a urgencias', false],
    ['parcial de farmacia mañana: dosis letal del paracetamol en mg/kg, alguien tiene el dato?', false],
    ['en el documental dicen que el asesino le dio una dosis letal de cianuro a su socio', false],
    [
      'fumigador aqui: la dosis letal del insecticida para las cucarachas alemanas es mas alta que para las americanas',
      false,
    ],
    ['enfermera: dosis letal de potasio intravenoso en adultos, para el protocolo del servicio', false],
    ['estaría mucho mejor sin mi ex en el grupo de amigos, la verdad', false],
    ['nos habría ido mejor si yo no hubiera estado tan nervioso en los penales, perdón equipo', false],
    ['vayan ustedes al cerro, irían más ligeros sin mí, yo con la rodilla así los atraso', false],
    ['lo del viaje a la playa: estarían más tranquilos sin mí y mi perro, así que me quedo', false],
    ['ojalá alguien me lleve al aeropuerto mañana a las 5, el uber sale carísimo', false],
    ['espero que alguien me mate unas cucarachas que vi en la cocina, me da asco', false],
    ['pido que Dios me lleve por buen camino este año nuevo 🙏', false],
  ])('%s: %s', async (text, want) => {
    await setWordModel(false);
    expect(detectCrisis(text)).toBe(want);
  });
});

describe('round 26 review: the word model hears what the rules leave', () => {
  it.each([
    'estarían más tranquilos si yo me muero de una vez',
    'cuando yo no esté van a estar mejor, ya lo verás',
    'q ligeros irían todos sin mi la neta',
    'can someone talk to me about suicidal thoughts? ive had them all week and im scared of what ill do',
    "Decades later and grateful I'm still here, or so I tell everyone at meetings. Truth is I've had the gun cleaned and loaded in the closet since March.",
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe(true);
  });
});
