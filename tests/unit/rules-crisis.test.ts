import { beforeAll, describe, expect, it } from 'vitest';
import { tokens } from '@/lib/detect/features';
import { duplicateIds } from '@/lib/detect/rule';
import { CONCEPTS, conceptFeatures } from '@/lib/safety/concepts';
import { detectCrisis, loadCrisisCheck, normalizeForSafety, setWordModel } from '@/lib/safety/crisis';
import { countedCues, cuesAddUp } from '@/lib/safety/crisis-rules';
import {
  ABOUT_OTHERS_RULES,
  ABOUT_TOPIC_RULES,
  ALL_CRISIS_RULES,
  type CrisisRule,
  CUE_DAMPENER_RULES,
  CUE_RULES,
  ENDING_WITH_RULES,
  FIRST_PERSON_RULES,
  HELP_NOW_RULES,
  HYPERBOLE_RULES,
  IDIOM_RULES,
  NAMES_IT_RULES,
  NOT_AT_RISK_RULES,
  ORDINARY_SENSE_RULES,
  OTHER_NOW_RULES,
  REPORTED_RULES,
  RISK_RULES,
  SAID_SAFE_RULES,
  TOPIC_FRAME_RULES,
} from '@/lib/safety/rules';
import { DIRECT_RULES, directSays } from '@/lib/safety/rules/direct';

// Every record's example, through the check's own logic: the rules alone (word model off) unless
// a test says otherwise. Patterns read normalized text, as the check does.
const norm = normalizeForSafety;
const rulesAlone = () => setWordModel(false);
/** The full check with its word model, as pages run it. */
const withModel = async (text: string) => {
  await setWordModel(true);
  return detectCrisis(text);
};
beforeAll(() => loadCrisisCheck());

describe('crisis rule records', () => {
  it('have unique kebab-case ids', () => {
    expect(duplicateIds(ALL_CRISIS_RULES)).toEqual([]);
    for (const r of ALL_CRISIS_RULES) expect(r.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it.each(ALL_CRISIS_RULES)('$id: has labels, an example and a reason', (r) => {
    expect(r.labels.length).toBeGreaterThan(0);
    expect(r.example.trim()).not.toBe('');
    expect(r.why.trim()).not.toBe('');
    expect(r.pattern.flags).toBe('');
    expect(r.pattern.test(norm(r.example))).toBe(true);
  });
});

describe('direct words (the first render)', () => {
  it.each(DIRECT_RULES)('$id: fires before and after the full check loads', async (r) => {
    expect(directSays(norm(r.example))).toBe(true);
    await rulesAlone();
    expect(detectCrisis(r.example)).toBe(true);
  });
});

describe('someone else at risk now (rules/help-now.ts)', () => {
  it.each(OTHER_NOW_RULES)(
    '$id: its example brings the panel up, though it is about someone else',
    async (r) => {
      await rulesAlone();
      expect(detectCrisis(r.example)).toBe(true);
    },
  );

  it.each(HELP_NOW_RULES)('$id: asking what to do lets the signs about someone count', async (r) => {
    expect(await withModel(r.example)).toBe(true);
  });

  it.each([
    [
      'my brother said he cant go on and everyone would be better off without him, what do i do',
      'my brother said he cant go on and everyone would be better off without him',
    ],
    [
      "She told me she doesn't want to be here anymore. She's in her room, I'm sitting outside the door. Do I call 988 right now?",
      "She told me she doesn't want to be here anymore. She's in her room.",
    ],
  ])('%s: the panel; without the asking, the report stays quiet', async (asking, report) => {
    expect(await withModel(asking)).toBe(true);
    expect(await withModel(report)).toBe(false);
  });

  it.each([
    'mi amiga dice que se quiere tirar a la piscina jaja',
    'he took a few of his vitamins with breakfast',
    'she took a few painkillers and went to bed early',
    'he took all his meds this morning like the doctor said',
    'what do i do about my sister, she keeps borrowing my clothes',
    "my sister said she's going to jump in the lake after the sauna, what do i do, it's freezing",
    'should i call 911 or just drive her to urgent care, she sprained her ankle on the stairs',
  ])('%s: stays quiet', async (text) => {
    expect(await withModel(text)).toBe(false);
  });
});

describe('figures of speech', () => {
  it.each([
    "I'm gonna kill myself laughing if they actually call me back after that interview",
    "Is it career suicide to tell my boss I'm interviewing elsewhere?",
    'that interview was a suicide mission, they made me code on a whiteboard',
    'me quiero morir... de sueño. ojalá no hubiera turno mañana',
    'Me quiero morir con este calor, 44 grados y el aire acondicionado roto',
    "I'm gonna jump off a bridge if this lecturer reads one more slide word for word",
    "Pie from the servo at Gundagai, I'd jump off a bridge for another one of those.",
    "I'm not going to be here for the meeting tomorrow, I'm on leave",
    "Tonight's the night! First gig with the band",
    "I can't see a future for me in this town, so I'm moving to Leeds",
    'teammate threw the whole match so i unalived him in the lobby with a frying pan',
    'me corté el dedo con la navaja pelando papas',
    'Mañana me corto todo el pelo, ya no aguanto este calor',
    'Che si Boca pierde el domingo me corto las venas con una galletita de agua, te juro',
    'Mi mamá me va a matar cuando vea la nota de mate jajaja',
    'Antes de volver a votar a estos me tiro de un puente, te lo digo yo',
    'I hope the bloods show something so they finally believe me about the fatigue',
    'Absolutely killing it as a professional patient this week',
    'Your Papa has killed the laptop again, it shows the blue screen of death',
    "That's the date for the wedding! Everything you need is in the shared folder.",
    "You can have my seat at the concert, I'm done with this week lol",
    "Honestly I don't know what I'm hanging on to this job for, the pay is awful",
    'What am I hanging on for? The bus is 40 minutes late',
    'voy a desaparecer de instagram y no volver nunca, demasiado drama',
    'I hope I get something quick for lunch before the 2pm meeting',
    'Me quiero desaparecer un finde y no volver hasta el lunes, este curro me tiene frito',
    'was clean for two years and still am, proud of that today',
  ])('%s: stays quiet', async (text) => {
    expect(await withModel(text)).toBe(false);
  });

  it.each([
    'Career suicide? Probably. Honestly I want to die.',
    'me quiero morir con este dolor, ya no aguanto',
    'me quiero morir de verdad',
    'me quiero morir de tristeza, ya no aguanto',
    "I'm going to kill myself if I get one more rejection",
    "tonight is the night. i'm not going to be here for the exam tomorrow",
    'si me vuelve a dejar me corto las venas, ya no quiero vivir',
    "flare day 9. i hope the scan shows something and i hope it's quick",
    // The late-bus and wrong-link idioms hold only when nothing more is said.
    "What am I hanging on for? The bus is late and I've got the pills in my bag",
    "sorry for everything. I posted the wrong link. I can't do this anymore, goodbye",
    "sorry for everything, I sent the wrong file. I won't be a problem for anyone much longer",
  ])('%s: still brings the panel up', async (text) => {
    expect(await withModel(text)).toBe(true);
  });
});

describe('risk records', () => {
  // The records' edges, the rules alone. (The word model, trained on relapses, still hears "was
  // clean … not anymore" about a kitchen: a false alarm it makes, left visible here.)
  it.each([
    ['the kitchen was clean. not anymore lol, the kids got home', false],
    ['my room was clean for 2 days. not anymore lol', false],
    ['stayed clean for six weeks, not anymore, had a beer at the wedding', false],
    ['was clean 5 months. not anymore. sleeves till summer i guess', true],
    ['I hope I get something quick for lunch before the 2pm meeting', false],
    ["We can't afford a funeral right now, mum's savings are all gone", false],
    ['What am I hanging on for? The bus is 40 minutes late', false],
    ["At my age, I don't rightly see what I'm hanging on for.", true],
    ['voy a desaparecer de instagram y no volver nunca, demasiado drama', false],
    ['me quiero morir de miedo, no aguanto otro dia asi', true],
    ['me quiero morir de la rabia, estoy harta de todo', true],
    // Round 26: a lethal dose looked up, for oneself or for a pet, a child, a class.
    ['clonazepam dosis letal 70 kg', true],
    ['lethal dose of clonazepam for 70kg', true],
    ['lethal dose of chocolate for dogs', false],
    ['dosis letal de chocolate para perros', false],
    ['what is the lethal dose of tylenol for a toddler, my son got into the cabinet', false],
    ['apuntes de farmacologia: dosis letal y dosis efectiva', false],
    ['les habría ido mejor si yo no hubiera estado nunca', true],
    ['pienso mucho en lo ligeros que irían sin mí', true],
    ['estarian mas tranquilos sin mi perro ladrando', false],
    ['llevo un mes esperando que algo me mate y nada', true],
    ['ojala alguien me mate el bicho que tengo en la cocina', false],
    // Round 27: a friend's text, a burden, a wish said with an image, a short note.
    ['mi amiga me mando un texto que se va a matar y apago el cel, que hago', true],
    ['quizás sin mí podría rehacer su vida', true],
    ['sin mi ex podria rehacer mi vida', false],
    ['a veces quisiera apagarme como la tele y que nadie me vuelva a prender', true],
    ['me quiero apagar un rato, apagarme del celular y que nadie me escriba', false],
    ['invisible. wish it was permanent', true],
    ['the invisible ink was fun, wish it was permanent', false],
    ['I went invisible on socials for a week, wish it could be forever', false],
  ])('%s: the rules alone say %s', async (text, want) => {
    await rulesAlone();
    expect(detectCrisis(text)).toBe(want);
  });

  it.each([...RISK_RULES, ...NAMES_IT_RULES])('$id: its example brings the panel up', async (r) => {
    await rulesAlone();
    expect(detectCrisis(r.example)).toBe(true);
  });

  // Said of oneself in a sentence that names someone else too: without the record, it stays quiet.
  const aboutOthers = new RegExp(ABOUT_OTHERS_RULES.map((r) => r.pattern.source).join('|'));
  it.each(FIRST_PERSON_RULES)('$id: the writer, whoever else is named', async (r) => {
    await rulesAlone();
    expect(aboutOthers.test(norm(r.example))).toBe(true);
    expect(detectCrisis(r.example)).toBe(true);
  });
});

describe('soft cues', () => {
  const all = countedCues(CUE_RULES);
  it('are what the check counts', () => {
    expect(all.map(([re]) => re.source)).toEqual(CUE_RULES.map((c) => c.pattern.source));
  });

  it.each(CUE_RULES)('$id: decides whether its example adds up', async (c) => {
    const n = norm(c.example);
    const without = countedCues(CUE_RULES.filter((o) => o !== c));
    await rulesAlone();
    if (c.weight < 0) {
      // Weighs against: the example's other signs add up only without it.
      expect(cuesAddUp(n)).toBe(false);
      expect(cuesAddUp(n, without)).toBe(true);
      expect(detectCrisis(c.example)).toBe(false);
      return;
    }
    expect(cuesAddUp(n)).toBe(true);
    expect(cuesAddUp(n, without)).toBe(false);
    expect(detectCrisis(c.example)).toBe(true);
    if (c.weight >= 2) expect(cuesAddUp(n, countedCues([c]))).toBe(true);
    // A weight-1 cue counts with another sign.
    else
      expect(CUE_RULES.filter((o) => o !== c && o.weight > 0 && o.pattern.test(n)).length).toBeGreaterThan(0);
  });
});

describe('quieting records', () => {
  const quiet = async (r: CrisisRule, model: boolean) => {
    await setWordModel(model);
    expect(r.labels).toContain('quiet');
    expect(r.pattern.test(norm(r.example))).toBe(true);
    expect(detectCrisis(r.example)).toBe(false);
  };

  // These also keep the word model from overruling them, so their examples stay quiet with it on.
  it.each([
    ...HYPERBOLE_RULES,
    ...SAID_SAFE_RULES,
    ...REPORTED_RULES,
    ...CUE_DAMPENER_RULES,
    ...NOT_AT_RISK_RULES,
    ...ABOUT_TOPIC_RULES,
    ...IDIOM_RULES,
  ])('$id: its example stays quiet, word model on or off', async (r) => {
    await quiet(r, false);
    await quiet(r, true);
  });

  // These quiet only their own sentence for the word model: a risk said after it is still heard.
  it.each(ORDINARY_SENSE_RULES)('$id: its example stays quiet, and a risk beside it does not', async (r) => {
    await quiet(r, false);
    await quiet(r, true);
    const after =
      r.lang === 'es'
        ? 'Después de eso ya no me queda nada. Ya tengo las pastillas listas.'
        : "After that there's nothing left for me. I've got the pills ready.";
    expect(detectCrisis(`${r.example} ${after}`)).toBe(true);
  });

  // These quiet only the rules (the named subject, the soft cues); the word model still listens.
  it.each([...ABOUT_OTHERS_RULES, ...ENDING_WITH_RULES, ...TOPIC_FRAME_RULES])(
    '$id: its example stays quiet',
    async (r) => {
      await quiet(r, false);
    },
  );
});

describe('crisis word families (the word model features of lib/safety/concepts.ts)', () => {
  it('has unique ids', () => expect(duplicateIds(CONCEPTS)).toEqual([]));
  it.each(CONCEPTS.map((c) => [c.id, c] as const))('%s: its example uses the family', (id, c) => {
    const folded = tokens(norm(c.example)).join(' ');
    expect(conceptFeatures(folded)).toContain(`@${id}`);
  });
  it('pairs the families a text uses, so the model learns them together', () => {
    const folded = tokens(norm('I wrote them a letter. The pills are in the drawer.')).join(' ');
    expect(conceptFeatures(folded)).toEqual(
      expect.arrayContaining(['@means', '@farewell', '@means+@farewell']),
    );
  });
  it('finds nothing in an ordinary sentence', () => {
    expect(conceptFeatures(tokens(norm('We had pasta and watched the match')).join(' '))).toEqual([]);
  });
});
