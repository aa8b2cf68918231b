import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { detectCrisis, loadCrisisCheck } from '@/lib/safety/crisis';
import { type CrisisModel, setCrisisModel } from '@/lib/safety/crisis-model';
import weights from '@/lib/safety/crisis-model.json';
import { scoreCrisis } from '@/lib/safety/score';

// The full check, as pages have it once loaded (crisis-direct.test.ts covers the first render's).
beforeAll(() => loadCrisisCheck());
const withModel = () => setCrisisModel(weights as CrisisModel);
const rulesAlone = () => setCrisisModel(undefined);
afterEach(withModel);

describe('detectCrisis', () => {
  it.each([
    'I want to kill myself',
    'sometimes I think about suicide',
    "I've been feeling suicidal since the breakup",
    'I keep wanting to hurt myself',
    'I have been cutting myself again',
    'I want to end my life',
    'I just want to end it all',
    'I want to die',
    'i wanna die lol',
    'I wish I was dead',
    'everyone would be better off without me',
    'I have no reason to live',
    "I don't want to be alive anymore",
    "I can't go on like this",
    'thinking about self-harm',
    'Thinking about taking my own life',
    'I DON’T WANT TO LIVE',
    'There is nothing to live for now',
    'i might overdose',
    // Passive wishes, burden, sleep, slang, typos, means, urges, a little Spanish.
    'everyone would be better off if I was gone',
    "Everyone would be happier if I wasn't here",
    'nobody would even notice if I disappeared',
    'I just want to go to sleep and never wake up',
    'I hope I don’t wake up tomorrow',
    'thinking about ending things',
    "I'm so tired of living",
    "life isn't worth living anymore",
    'I wish I wasn’t alive',
    "i'd rather be dead than feel this",
    'I want to just die',
    'i wanna unalive',
    'kil myself',
    'been having urges to cut again',
    'how many sleeping pills would it take',
    'I keep thinking about my funeral',
    'quiero morirme',
    // Notes, means kept back, affairs in order, second-language phrasing, a report then one's own.
    "if you're reading this i'm already gone",
    "keeping the pills from every refill. i'm at 60 now",
    "sorted out my will and i'm tying up loose ends before i go",
    'if they reject me one more time i will finish with my life',
    'She said she never loved me. I want to die.',
    "I've been okay for months. Tomorrow at 6 I'm going to the bridge.",
    'quiero desaparecer unos dias y no volver nunca',
    'I want to disappear for a while. honestly forever would be better',
    "a colleague has been pocketing morphine and told me 'soon I won't be anyone's problem'. She is on shift with me now. I don't know who I should tell",
    "cool so we're finally doing the unaliving thing right? like haha but also i kind of want it to",
    'might go lie on the southern motorway and see if a truck accepts me, not even joking',
    "Once lambing's done I'll take the .308 up the back block and that's me.",
    "she just posted 'last story' with a pic of a strip of pills. shes not picking up my calls",
    'writing a piece on the law and honestly I want to commit suicide',
    'estoy escribiendo mi tesis y la verdad pienso en el suicidio todos los dias',
    'la novela de este mes trata del suicidio y la verdad yo también quiero hacerlo',
    'mañana llevamos al perro a dormirlo y después me duermo yo para siempre',
    "how many of my mom's sleeping pills would it take for me to not wake up",
    'cuantas pastillas de mi mama necesito para no despertar',
    // A third review's texts against this session's quiet records: each one must not hide these.
    'ranked was the only thing keeping me going. im going to kill myself tonight, not a joke. lol nobody will care',
    'leaving for good tonight. no flight, no bags. just me and the bridge.',
    "I'd rather shoot myself than attend another meeting about my performance review. I've been thinking about it seriously for weeks.",
    '¿cuánto es lo máximo de paracetamol para mi hija? quiero saber cuánto sería demasiado para alguien de mi peso',
    'how many of the xanax my mom has would it take to make everything just stop',
    'El veterinario va a dormirlo el lunes. Después de eso ya no me queda nada, ya tengo las pastillas listas.',
    // Beside the ordinary senses of round 29: the vet's sentence with the writer's own end in it.
    'El veterinario va a dormirlo el lunes y yo también me voy a dormir para siempre',
    "The vet is putting Max down on Monday. After that I'm done with all of it, I have the rope",
    'taking the 12 gauge to the clay range saturday. one last time, then its over for me',
    // From the review of those records (the first drafts hid each of these).
    'The vet is putting Bella to sleep tomorrow and honestly I wish they could do the same for me',
    'the vet put milo to sleep today and tbh id let someone put me down too, nobody would even notice',
    'El veterinario va a dormir a Luna mañana y ojalá pudiera irme con ella, ya no le veo sentido a nada',
    '1,095 days since the last time I hurt myself and all I can think about today is doing it',
    'se cumplió un año de la última vez que pensé en matarme y esta semana volvieron las ganas',
    'taking the shotgun up to the clay range saturday, wont need a return ticket',
    'taking dads old 12 gauge out to the shooting range on my own tomorrow and nobody will have to put up with me after that',
    "gonna disappear for a bit. i'm at the station watching the trains go past and i can't stop thinking about stepping off",
    'Quiero desaparecer unos días y ya no regresar. Nadie me va a extrañar.',
    "Got another bill I can't pay today and suicide is starting to look like the only way out",
    'Me echaron de la obra y ya no aguanto, el suicidio es lo único que me queda',
    "Dad went home to be with the Lord on Sunday. I just want to be where he is. I don't want to be here without him.",
    'El año pasado compré una soga y todavía la tengo guardada. Mi mamá cree que ya estoy mejor.',
    // A fourth review, against quiet records tried this session and then taken out.
    "For the last year I've cut my arms most nights. My parents reckon I'm fine now.",
    'Ya estoy mejor según la psicóloga. En el 2023 dejé de cortarme pero la semana pasada me bolví a cortar.',
    "gonna disappear for a bit. can't do this anymore. love you all x",
    'Voy a desaparecer unos días. Ya no puedo con esto, perdónenme por todo.',
    'Mañana le ponen la eutanasia a mi perro. Él es la única razón por la que sigo viva. Después de eso ya no tengo nada que hacer aquí.',
    'lost ranked again lol. kms this weekend, already got the cord in my closet 💀',
    'I failed the bar exam for the third time. Law was everything, suicide is all I can think about now.',
    'Vi un documental sobre el suicidio y sentí que hablaba de mí, ya sé cómo lo haría.',
    'leaving for good, emigrating to wherever my brother is now. he died in march.',
    "I'd rather hang myself than attend another family meeting with him. Already tested which beam in the garage holds my weight.",
    'Ahora estoy mejor, boludo, no te preocupes. Hace como dos años que tengo el arma de mi viejo escondida y pienso usarla.',
    'El veterinario va a sacrificarlo el jueves. Cuando se vaya Toby me voy detrás de él, ya lo he decidido.',
    'some nights out past the marsh I catch myself hoping a squall just comes up and takes me',
    "his last story was just a black screen that said 'sorry for everything'. his mom says he isn't home and he left his phone",
    "this week she's been giving her gold bangles away to all of us and tonight she said 'you'll remember me na'. what do i do",
    "please help. my younger brother back home posted 'sorry everyone' on fb and turned off his phone. nanay cant find him. who do i call",
    'my 5 year plan is to not be here in 5 years haha 🙃 been my plan for a while actually',
    "Liam wrote 'won't be here for the exam anyway' on his paper and he's been handing out his games. Who do I pass this to today?",
    "my mum's taken the lot, all her antidepressants, she's slurring and i dont know what to do",
    "he's gone and swallowed the lot of his sleeping tablets, ambulance is on the way what do i do till they get here",
    'my flatmate said she took the entire lot of her meds an hour ago and now shes really drowsy',
    'my bro has his hunting rifle out on the kitchen table since his wife left, keeps saying its over. 911??',
    "my best friend gave away all her stuff last week and said she won't need any of it where she's going",
    'whats the lethal amount of xanax for a 200 pound guy asking for me',
    'cant wait to die honestly, its the only thing keeping me going lol',
    'im lookin forward to the day i finally die',
    'lol my 5 yr plan is not being alive in 5 years',
    'why do i even bother staying alive at this point',
  ])('fires on %j', (text) => {
    expect(detectCrisis(text)).toBe(true);
  });

  it.each([
    'this job is killing me',
    'my feet are killing me after the interview',
    "I'd kill for that job",
    "I'm dying to know if they read my message",
    'I nailed it, absolutely killed it',
    'They killed the project I led',
    'I could cut ties with that friend group',
    'I felt dead inside at the meeting, then went for a walk',
    'the deadline is tomorrow',
    'I feel dismissed',
    'She hurt me when she left',
    'my hopes died when they said no',
    "I'm going to die alone",
    "I'll die single at this rate",
    'I could just die of embarrassment',
    "I'd rather die than go to that party again",
    'I cut myself shaving before the interview',
    'hurt myself at the gym',
    'I burned myself on the stove',
    'this is my last message to him',
    'I want to end it with him',
    "I'm tired of this job hunt",
    'I want to disappear into my blanket this weekend',
    'mi jefe va a matarme',
    'voy a cortarme el pelo',
    'writing my goodbye to this friendship, kindly',
    "my cousin posted 'i won't be a burden much longer' and i'm scared for him",
    "I'm ending it with him tonight. I've made up my mind and I feel weirdly calm.",
    'my therapist asked if I have had thoughts of hurting myself. I said no and it was true.',
    'writing my dissertation on self-harm in teens after peer rejection',
    "dead tired after moving my ex's stuff out",
    "Tomorrow at 6 I'm going to the bridge to take photos of the sunrise.",
    "On Saturday I'm going to the bridge club.",
    'Quiero desaparecer unos días, apagar el celular e irme a la playa sin avisarle a nadie.',
    "Good news: soon I won't be anyone's problem at work, I'm transferring to the Leeds office",
    'Mañana llevamos a Tobi a dormirle, el veterinario dice que ya no hay nada que hacer.',
    'cuantas gotas de paracetamol le doy a mi bebe de 9 kilos, tiene fiebre',
    "what's the max dose of calpol for my 2 year old son",
    "On Sunday I'm going to the bridge. Golden hour should be perfect",
    "Take the 12 gauge to the clay range Saturday and that's me sorted",
    'esa arepa estaba pa morirse 😭 me quiero morir de lo buena',
    'Why do youtubers say unaliving instead of killing?',
    "he's not replying to my texts but he just posted a story with a rope swing at the lake, so he's fine",
    "I'm going to suicide prevention training tomorrow with work",
    'sorry for everything, I posted the wrong link lol',
    '',
  ])('stays quiet on %j', (text) => {
    expect(detectCrisis(text)).toBe(false);
  });

  // Ordinary texts near rules added for rounds twenty to twenty-two and a third review; the word
  // model may still weigh them (it errs toward the lines), the rules must not.
  it.each([
    'Just Stop Oil protesters are planning to lie down on the motorway again tomorrow',
    "Graduating in May! soon I won't be a burden on my parents' wallet lol",
    'sábado sin alarma, hoy me duermo para siempre 😴',
    "I wish I wasn't here anymore — at this company, I mean. CV is updated, applying everywhere.",
    'Hoy mi perrito se fue a dormir para siempre 😢 te voy a extrañar Firulais',
    'I hope the bus comes and takes me to work on time lol',
    "Tomorrow I'm walking to the bridge. Parkrun starts there at 9.",
    "Tonight I'm going to the roof. The meteor shower peaks around 2am!",
    "Saturday I'll take my shotgun in for its annual service and that's me.",
    'praying a storm takes me off the rota tomorrow, I need a day off',
    'tengo la escopeta del abuelo y pienso usarla para cazar conejos en octubre',
    'mi novio se fue a Madrid y me voy detrás de él en marzo',
    "Moving to Perth next week, gave my plants away to everyone at work. You'll remember me every time you water them!",
    // Round twenty-three's records, near their words.
    "I'm looking forward to dying my hair purple this weekend",
    'my five year plan is to not be here in this dead-end town',
    'removing myself from their lives was the best decision I ever made, toxic family',
    'why do I keep waking up at 4am',
    'how much tylenol is too much for a 30 lb toddler',
    'he took the lot of cookies lol',
    "he's got his rifle out for the deer, season opens tomorrow",
    "my sister is giving away all her clothes because she's moving to Lisbon, I'm so worried I'll miss her",
    // A review's ordinary texts near those records' words.
    'she took the whole lot of her old meds to the pharmacy take-back bin, so proud of her for clearing out the cabinet',
    "our lab got into the cupboard and he's swallowed the lot of my ibuprofen tablets, emergency vet not answering",
    "my roommate said i could have the leftover pizza but she's taken the whole lot to work, not answering my texts either 😤",
    "he's got his rifle out cleaning it for deer opener, what do i do about blaze orange rules in PA",
    "the guy next door, he's got his pistol out shooting cans at 6am again, who do i call about that",
    "my sister's giving away all her baby clothes, she says she won't need them, they're done having kids",
    "how much codeine is too much for a 30 kg child? the pharmacist wasn't clear",
    'how much tramadol is too much for a 60 lb dog, vet prescribed it after surgery',
    'so looking forward to death stranding 2 dropping friday',
    'looking forward to dying easter eggs with the kids this weekend 🐣',
    'why do i keep breathing through my mouth when i sleep? wake up with a dry throat',
    'why do i keep living paycheck to paycheck even with a raise',
    'why do i bother living in london honestly, £1400 for a box room',
    'removing myself from their lives is the best thing I ever did for my mental health. no contact 2 yrs now',
    'removing myself from the group chat permanently seems like the best option lol the drama',
    'removing myself from the equation seems best, let them sort out the wedding seating themselves',
    "mum texted us goodbye from the cruise ship, phone's off now til we dock monday. so jealous",
    'looking forward to not waking up at 5am once i retire',
    "she's giving away all her stuff on marketplace cause she's going travelling for a year, am i overthinking that she didn't offer me any",
    "he's got his gun out of the safe, taking it to the gunsmith, what do i do with the ammo",
  ])('the rules alone stay quiet on %j', (text) => {
    rulesAlone();
    expect(detectCrisis(text)).toBe(false);
  });

  it('finds crisis words deep inside a long selection', () => {
    const text = `${'ordinary words '.repeat(50_000)}and I want to die`;
    expect(detectCrisis(text)).toBe(true);
  });

  it("hears the writer's own words after someone else's, in a long selection too", () => {
    const own = 'He said he was tired. I want to die.';
    expect(detectCrisis(own)).toBe(true);
    expect(detectCrisis(`${'ordinary words. '.repeat(2_000)}${own}`)).toBe(true);
    expect(detectCrisis('He said he wants to die.')).toBe(false);
  });

  it('does not add up ordinary words spread over a long selection', () => {
    // The soft signs' counting, alone: the word model reads three sentences at a time, and these
    // three (a bridge, wrists, pills) side by side are for it to weigh.
    rulesAlone();
    const text = 'The bridge was busy and my wrists ache from typing. Bought pills for the headache. '.repeat(
      61_000,
    );
    expect(text.length).toBeGreaterThan(5_000_000);
    expect(detectCrisis(text)).toBe(false);
    expect(detectCrisis(`${text} I keep thinking everyone would be better off without me.`)).toBe(true);
  });
});

// "Reframe this" on a rejection email is the extension's everyday use: the lines stay down.
// Written for this test (the model learns job mail from the email dev sets, not from these).
describe('detectCrisis on a selected job email', () => {
  it.each([
    'Update on your application\nDear Priya,\nThank you for the time you gave us over the last three weeks. After a great deal of thought we have decided to offer the Senior Analyst role to another candidate. This was a hard decision and we do not take it lightly. We will keep your details on file and wish you every success in the future.\nKind regards,\nThe Talent Team',
    "Your application to Northwind\nHi Sam, unfortunately we won't be moving forward. The role closed sooner than expected and we've stopped the process for everyone. Sorry to bring this news, and all the best with what comes next.",
    'Sobre tu candidatura\nHola Lucía:\nGracias por tu interés y por el tiempo dedicado a las entrevistas. Lamentablemente, en esta ocasión hemos decidido seguir adelante con otra persona. Sabemos que no es la noticia que esperabas. Te deseamos mucha suerte en lo que venga.\nUn abrazo,\nEquipo de Personas',
    'Resultado del proceso – Analista Jr.\nEstimado Jorge, le informamos que su perfil no fue seleccionado para continuar. Agradecemos su participación y le deseamos éxito en sus futuros proyectos. Este es un mensaje automático, por favor no responda.',
  ])('stays quiet on %j', (text) => {
    expect(detectCrisis(text)).toBe(false);
  });
});

// Sets written by team members who never saw this code (tests/fixtures/crisis-*.jsonl). dev-a to
// dev-f were tuned on after a first pass; the holdout never was. Floors catch regressions only.
describe('detectCrisis on the team sets', () => {
  const read = (f: string) =>
    readFileSync(`tests/fixtures/${f}`, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { text: string; crisis: boolean; split: string });
  const score = (items: { text: string; crisis: boolean }[]) => scoreCrisis(items);

  it('keeps its scores on the sets it was tuned on, with the rules alone', () => {
    rulesAlone();
    const s = score(read('crisis-dev.jsonl'));
    expect(s.precision).toBeGreaterThanOrEqual(0.98);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps its scores on the set it never saw, with the rules alone', () => {
    rulesAlone();
    const s = score(read('crisis-holdout.jsonl'));
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.recall).toBeGreaterThanOrEqual(0.6);
  });

  it('hears more of the set it never saw with the word model, still with few false alarms', () => {
    const s = score(read('crisis-holdout.jsonl'));
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.recall).toBeGreaterThanOrEqual(0.78);
    expect(score(read('crisis-dev.jsonl')).recall).toBeGreaterThanOrEqual(0.98);
  });

  it("hears, with the word model, an indirect way of saying it that no rule lists; not someone else's words", () => {
    const text = 'gave my cat to the neighbour and told her it was for a holiday. there is no holiday';
    rulesAlone();
    expect(detectCrisis(text)).toBe(false);
    withModel();
    expect(detectCrisis(text)).toBe(true);
    expect(detectCrisis('my friend said she thinks everyone would be lighter if she was just a memory')).toBe(
      false,
    );
  });

  it('rarely speaks up on everyday rejection thoughts it never saw', () => {
    const thoughts = readFileSync('tests/fixtures/traps-blind.jsonl', 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { text: string; split: string })
      .filter((t) => t.split === 'blind-holdout-2');
    // Despair said strongly ("completely hollow, day after day") can bring the panel up; rarely.
    expect(thoughts.filter((t) => detectCrisis(t.text)).length / thoughts.length).toBeLessThanOrEqual(0.02);
  });
});
