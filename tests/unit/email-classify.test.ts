import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyEmail, setEmailModel } from '@/lib/email/classify';
import { extractCompany, parseSender } from '@/lib/email/company';
import weights from '@/lib/email/email-model.json';
import type { EmailModel } from '@/lib/email/model';
import { type LabelledEmail, parseEmailSet, scoreEmails } from '@/lib/email/score';
import { plainText } from '@/lib/email/text';

const set: LabelledEmail[] = parseEmailSet(readFileSync('tests/fixtures/emails-dev.jsonl', 'utf8'));

const sameCompany = (a: string | null, b: string | null) =>
  (a ?? '').toLowerCase().replace(/^the /, '') === (b ?? '').toLowerCase().replace(/^the /, '');

// Sets written blind by other team members (tests/fixtures/emails-blind.jsonl); the holdout was
// never tuned nor trained on. With the word model, as the webmail script runs it.
describe('email classifier on the blind sets', () => {
  const blind = parseEmailSet(readFileSync('tests/fixtures/emails-blind.jsonl', 'utf8'));
  afterAll(() => setEmailModel(undefined));

  it.each([
    ['blind-dev', false, 0.95, 0.93],
    ['blind-dev', true, 0.95, 0.95],
    ['blind-dev-2', true, 0.95, 0.95],
    ['blind-dev-3', true, 0.95, 0.95],
    ['blind-holdout', false, 0.85, 0.6],
    ['blind-holdout', true, 0.88, 0.72],
    ['blind-holdout-2', false, 0.85, 0.7],
    ['blind-holdout-2', true, 0.9, 0.87],
    ['blind-dev-4', true, 0.92, 0.95],
    ['blind-holdout-3', true, 0.9, 0.85],
  ] as const)('%s (word model %s): precision ≥ %s, recall ≥ %s', (split, model, p, r) => {
    setEmailModel(model ? (weights as EmailModel) : undefined);
    const s = scoreEmails(blind.filter((e) => e.split === split));
    expect(s.n).toBeGreaterThanOrEqual(140);
    expect(s.precision).toBeGreaterThanOrEqual(p);
    expect(s.recall).toBeGreaterThanOrEqual(r);
  });

  it('keeps the team set as it was with the word model on', () => {
    setEmailModel(weights as EmailModel);
    expect(scoreEmails(set.filter((e) => e.split === 'holdout')).precision).toBeGreaterThanOrEqual(0.95);
    expect(scoreEmails(set.filter((e) => e.split === 'dev')).recall).toBeGreaterThanOrEqual(0.97);
  });
});

describe('email classifier on the team-written set', () => {
  it('has at least 200 emails with every category the issue lists', () => {
    expect(set.length).toBeGreaterThanOrEqual(200);
    const cats = new Set(set.map((r) => r.category));
    for (const c of [
      'greenhouse',
      'lever',
      'workday',
      'smartrecruiters',
      'ashby',
      'icims',
      'linkedin',
      'position-filled',
      'on-hold',
      'soft-thanks',
      'after-interview',
      'html',
      'received',
      'interview',
      'offer',
      'outreach',
      'alert',
      'newsletter',
      'account',
      'personal',
    ])
      expect(cats, c).toContain(c);
  });

  // Floors above the keyword lists job trackers use (~95% precision, ~92% recall).
  it.each([
    ['dev', 0.97, 0.97],
    ['holdout', 0.95, 0.95],
  ] as const)('%s split: precision ≥ %s, recall ≥ %s', (split, p, r) => {
    const s = scoreEmails(set.filter((e) => e.split === split));
    expect(s.precision).toBeGreaterThanOrEqual(p);
    expect(s.recall).toBeGreaterThanOrEqual(r);
  });

  // Per-class floors, so one kind of mail can't hide behind the others.
  const byCategory = new Map<string, LabelledEmail[]>();
  for (const e of set) byCategory.set(e.category, [...(byCategory.get(e.category) ?? []), e]);
  it.each([...byCategory.keys()])('%s: at least 80%% right', (cat) => {
    const rows = byCategory.get(cat) ?? [];
    const right = rows.filter((e) => classifyEmail(e).rejection === (e.label === 'rejection')).length;
    expect(right / rows.length).toBeGreaterThanOrEqual(0.8);
  });

  it('finds the company of at least 90% of rejections', () => {
    const rej = set.filter((e) => e.label === 'rejection');
    const right = rej.filter((e) => sameCompany(classifyEmail(e).company, e.company)).length;
    expect(right / rej.length).toBeGreaterThanOrEqual(0.9);
  });

  it('gives a score between 0 and 1 on the same side as the verdict', () => {
    for (const e of set) {
      const v = classifyEmail(e);
      expect(v.score).toBeGreaterThanOrEqual(0);
      expect(v.score).toBeLessThanOrEqual(1);
      expect(v.score >= 0.5).toBe(v.rejection);
    }
  });
});

const mail = (body: string, subject = 'Your application', from = 'Acme <jobs@acme.com>') => ({
  subject,
  from,
  body,
});

describe('the structure the classifier reads', () => {
  it.each([
    [
      'plain no',
      "Unfortunately, we've decided to move forward with other candidates for the Designer role.",
      true,
    ],
    [
      'conditional',
      'Thanks for applying to the Designer role. If you are not selected, we will let you know.',
      false,
    ],
    [
      'no after a conditional clause elsewhere',
      "We won't be moving forward with your application. If you have questions, reply to this email.",
      true,
    ],
    ['third party', 'Candidates who are not selected for the role will be notified by email.', false],
    [
      'quoted in an article',
      'How to answer "we have decided to pursue other candidates" after an interview. Read more.',
      false,
    ],
    [
      'single quotes are quotes, apostrophes are not',
      "We've decided to pursue other candidates for the Designer role. We're grateful for your time.",
      true,
    ],
    [
      'a friend quoting a no',
      "My last place told me 'we've decided to pursue other candidates' after three rounds. It's not you.",
      false,
    ],
    [
      'interview invite',
      'We would like to invite you to an interview for the Designer role. Please share your availability.',
      false,
    ],
    ['offer', 'We are delighted to offer you the Designer position! Your offer letter is attached.', false],
    ['not a job', 'We regret to inform you that your grant application was unsuccessful.', false],
    [
      'position on hold',
      'The Designer position has been put on hold, so we are not able to move forward with your candidacy.',
      true,
    ],
    [
      'position filled',
      'Thank you for applying for the Designer role. The position has now been filled.',
      true,
    ],
    ['contraction', "We aren't able to move ahead with your application for the Designer role.", true],
    ['passing on it', 'The hiring team has decided to pass on your application for the Designer role.', true],
    ['status line', 'Your application status for Designer: Rejected', true],
    [
      'news of a hiring freeze',
      'Acme announced a hiring freeze this week, affecting open roles across engineering.',
      false,
    ],
    [
      'regret, about a time',
      'We regret that we have to reschedule your interview for the Designer role. Please pick a new time.',
      false,
    ],
    [
      'our hiring freeze',
      'Thank you for applying to the Designer role. We are in a hiring freeze and are not able to move forward.',
      true,
    ],
    [
      'rescheduling, unfortunately',
      'Unfortunately, our interviewer is unavailable, so we need to reschedule your interview. Please pick a new time.',
      false,
    ],
    [
      'saved job closing',
      'The job you saved, Designer at Acme, is closing soon. Apply now before it closes.',
      false,
    ],
    [
      'a job no in a French turn of phrase',
      'After review, your application for the Data Analyst position was not retained for the next step.',
      true,
    ],
    [
      'an offer taken back',
      'Following a hiring freeze, we must rescind the offer of employment for the Research Associate position.',
      true,
    ],
    [
      'a supplier not chosen',
      "After a lot of discussion, we've chosen another supplier for our HRIS.",
      false,
    ],
    [
      'a recruiter "letting" the reader know is not a letting agent',
      "Thanks for letting me put you forward for the Business Analyst contract with my client. They've decided to go with another contractor, so this one won't be going ahead for you.",
      true,
    ],
    ['a bursary', 'Unfortunately, your application for the Access Bursary was not successful.', false],
    [
      'an interview after "not able to progress every candidate"',
      "We received over 300 applications and unfortunately we're not able to progress every candidate. However, we'd like to invite you to a 30-minute video interview for the Member Experience Lead role.",
      false,
    ],
    [
      "the reader's own withdrawal",
      "Unfortunately, I've decided to withdraw my application for the Platform Engineer role. I've accepted another offer.",
      false,
    ],
    [
      'a portal saying the employer will not go on with the reader',
      'Clínica Los Arrayanes finalizó la revisión de tu CV para el aviso «Tecnólogo Médico» y decidió no continuar contigo en este proceso.',
      true,
    ],
    [
      'a Spanish offer taken back, though its words name the offer',
      'Te escribimos respecto de la propuesta de contratación que te enviamos para el cargo de Jefe de Tienda. Lamentablemente debemos dejar sin efecto la propuesta y no podremos concretar tu incorporación.',
      true,
    ],
    [
      'a late application turned away, though "not assessed"',
      'Unfortunately we are unable to consider your application, which has not been assessed because it was received after the closing date. Your application has been unsuccessful.',
      true,
    ],
    [
      'an offer that may be withdrawn later is still an offer',
      'Congratulations! We are delighted to offer you the role of Analyst. Your offer letter is attached. Please note we reserve the right to withdraw this offer should your references not be satisfactory.',
      false,
    ],
    [
      'a reply on top of the application it quotes',
      'Unfortunately we have decided not to proceed with your application.\n\nFrom: Sam\nSent: Monday\nDear Hiring Manager, I am writing to apply for the Junior Developer role. Please find attached my CV.',
      true,
    ],
    [
      'a no with a footer about unsolicited CVs',
      'Unfortunately, we have decided not to move forward with your application for the Designer role. Acme does not accept unsolicited resume submissions from recruitment agencies.',
      true,
    ],
    [
      'a Spanish no inviting a CV on spec',
      'Hola Ana, tu candidatura no ha sido seleccionada para el puesto de cajera. Te animamos a registrar una candidatura espontánea en nuestro portal.',
      true,
    ],
    [
      'a portal relaying a plain Spanish no',
      'Gracias por tu interés en el puesto de Desarrollador Backend en Kumbra. Lamentablemente, no continuaremos con tu solicitud.',
      true,
    ],
    [
      "a hiring manager's own no, in the first person",
      'Thank you for interviewing with us. I have decided not to proceed with your application for the Kitchen Porter role.',
      true,
    ],
    [
      "a hiring manager's own no, in Spanish",
      'Gracias por la entrevista. Tras valorarlo, he decidido rechazar tu candidatura para el puesto de camarera.',
      true,
    ],
    [
      'a reply to a Spanish CV sent on spec',
      'Gracias por tu candidatura espontánea. En este momento no tenemos vacantes, pero guardaremos tu CV.',
      false,
    ],
    [
      'a reply to a speculative CV',
      "Thank you for your speculative CV. We don't have any vacancies in the warehouse at present, but we'll keep your CV on file.",
      false,
    ],
    [
      "the reader's own Spanish reply declining an offer",
      'Muchas gracias por la oferta para el puesto de Responsable de Compras. Después de pensarlo mucho, he decidido no aceptarla: lamento no poder sumarme al equipo.',
      false,
    ],
  ])('%s', (_name, body, want) => {
    expect(classifyEmail(mail(body)).rejection).toBe(want);
  });

  // As the webmail script runs it: cues and the word model.
  it.each([
    [
      'said plainly',
      'Tom - appreciate you coming by. We went another way on the tech job. Good luck out there.',
      true,
    ],
    [
      'a cook, by text',
      'you got good hands but i need someone with more pasta experience on the line so im not gonna bring you on right now',
      true,
      'line cook',
    ],
    [
      "a hiring team's copy of a no it sent",
      'This is a confirmation that the following email was sent to Jordan Lee on your behalf. Hi Jordan, we have decided not to move forward with your application for the Designer role.',
      false,
    ],
    [
      "the tracking system's notice to a hiring manager about a candidate",
      'The following candidate for your requisition has been moved to a closed status. Disposition: Not Selected - Other candidates more qualified. A candidate notification email will be sent automatically in 48 hours.',
      false,
    ],
    [
      'an offer the reader turned down',
      "Thanks for letting me know. I'm disappointed, but I understand why the role at the agency was the better fit for you. We'll withdraw the offer paperwork on our side.",
      false,
    ],
    [
      'an offer the reader turned down, in Spanish',
      'Lamentamos mucho que hayas decidido no aceptar nuestra oferta, pero entendemos que la otra propuesta encaja mejor contigo. Mucho éxito en tu nuevo reto.',
      false,
      'Re: Oferta Analista de Marketing',
    ],
    [
      'a vacancy withdrawn before anyone was assessed',
      'Following an internal restructure we have taken the decision to withdraw this vacancy. No applications have been assessed and no appointment will be made.',
      false,
    ],
    [
      'a selection process called off, in Spanish',
      'Hemos decidido cancelar el proceso de selección. No se ha tomado ninguna decisión sobre las candidaturas ni se va a contratar a nadie para este puesto por ahora.',
      false,
      'Actualización sobre el proceso de Jefe/a de Tienda',
    ],
    [
      'a newsletter quoting Spanish noes in «»',
      '¿Cuántas veces has leído «Lamentablemente, su candidatura no ha sido seleccionada» o «Hemos decidido continuar con otros perfiles»? Esta semana una seleccionadora nos cuenta qué hay detrás de esas frases.',
      false,
      'Newsletter semanal: qué significan los correos de rechazo',
    ],
    [
      'a call to an exam that says who will be left out',
      'Se le convoca a la realización del primer ejercicio el sábado 7 de junio. Quien no comparezca al llamamiento quedará excluido del proceso.',
      false,
      'Convocatoria al primer ejercicio',
    ],
    [
      'a plain Spanish no: the profile does not fit',
      'Hemos valorado su candidatura para el puesto de Tramitador de Siniestros. Le comunicamos que, en esta ocasión, su perfil no se ajusta a los requisitos del puesto.',
      true,
      'Su candidatura',
    ],
    [
      'a scholarship, in a letter that reads like a job no',
      'Thank you for applying for the Harrington Foundation Scholarship. After careful consideration, we regret to inform you that we are unable to offer you a scholarship this year.',
      false,
    ],
    [
      'an admissions no, never a job no',
      'The Admissions Committee has completed its review of your application to the MSc programme. We regret to inform you that we are unable to offer you admission.',
      false,
    ],
  ])('%s (with the word model)', (_name, body, want, subject = 'Your application') => {
    setEmailModel(weights as EmailModel);
    try {
      expect(classifyEmail(mail(body, subject)).rejection).toBe(want);
    } finally {
      setEmailModel(undefined);
    }
  });

  it('hears "we went another way" with the cues alone', () => {
    expect(classifyEmail(mail('We went another way on the tech job.')).rejection).toBe(true);
  });

  it('reads HTML as text and ignores quoted replies', () => {
    const text = plainText('<p>Hi&nbsp;Sam,</p><p>We&rsquo;ve decided</p>');
    expect(text).toContain('Hi Sam,');
    expect(text).toContain("We've decided");
    expect(text).not.toContain('<');
    const reply = mail(
      'Thanks, noted!\n\nOn Tue, Acme wrote:\n> we will not be moving forward with your application for the role',
    );
    expect(classifyEmail(reply).rejection).toBe(false);
  });
});

describe('company extraction', () => {
  it.each([
    ['Acme Recruiting <no-reply@acme.com>', 'hi', 'Acme'],
    ['Sam from Kestrel Labs <sam@kestrellabs.org>', 'hi', 'Kestrel Labs'],
    ['Northwind via Greenhouse <no-reply@greenhouse.io>', 'hi', 'Northwind'],
    ['tidewaterbank@myworkday.com', 'hi', 'Tidewaterbank'],
    [
      'LinkedIn <jobs-noreply@linkedin.com>',
      'Thank you for your interest in the Analyst position at Juniper Learning.',
      'Juniper Learning',
    ],
    ['Helen Park <helen@foxglovemedia.com>', 'Best, Helen\nFoxglove Media', 'Foxglove Media'],
    ['Jordan Lee <jordan.lee@gmail.com>', 'hey there', null],
    ['no-reply@greenhouse.io', 'The Copperleaf Recruiting Team', 'Copperleaf'],
    ['careers@harbor.co.uk', 'hi', 'Harbor'],
    ['Tomás Rivera (Kestrel AI) <no-reply@ashbyhq.com>', 'hi', 'Kestrel AI'],
    ['Recursos Humanos Grupo Almar <rrhh@grupoalmar.es>', 'hola', 'Grupo Almar'],
    ['Irene Castaño · Lumbre Analytics <irene@lumbre.teamtailor-mail.com>', 'hola', 'Lumbre Analytics'],
    ['Cervecería Pampa vía Gupy <no-reply@gupy.io>', 'hola', 'Cervecería Pampa'],
    ['Brindle Home Careers <brindlehome@myworkday.com>', 'hi', 'Brindle Home'],
    ['Banco Cantábrico Talento <bancocantabrico@myworkday.com>', 'hola', 'Banco Cantábrico'],
    ['Comercial Andino – Personas <notificaciones@buk.cl>', 'hola', 'Comercial Andino'],
    [
      'NHS Jobs <no-reply@jobs.nhs.uk>',
      'Job title: Staff Nurse\nEmployer: Wessex Coast NHS Foundation Trust\n\nThank you for your application.',
      'Wessex Coast NHS Foundation Trust',
    ],
    [
      'Zara at Brightstaff <zara.m@brightstaff.com.au>',
      'Quick one - Halden Partners have come back and gone with another temp for the reception cover.',
      'Halden Partners',
    ],
    [
      'Ravi Menon <ravi@stackpointtalent.co.uk>',
      'Had feedback from the Home Office programme team this morning on the DevOps contract.',
      'Home Office',
    ],
    // Spanish mail: the company before its department, relayed by job sites, shops on free mail.
    ['Hispalis Farma – Selección <hispalisfarma-noreply@successfactors-mail.com>', 'Hola', 'Hispalis Farma'],
    [
      'InfoJobs <noreply@infojobs.net>',
      'La empresa Textiles Arbe ha actualizado el estado de tu candidatura.',
      'Textiles Arbe',
    ],
    [
      'InfoJobs <noreply@infojobs.net>',
      'Oferta: Dependiente/a\nEmpresa: Calzados Ribera S.L.\nEstado: Descartado',
      'Calzados Ribera S.L',
    ],
    [
      'ZonaJobs <avisos@zonajobs.com.ar>',
      'Hay novedades sobre tu postulación en Distribuidora Norte.',
      'Distribuidora Norte',
    ],
    [
      'Florencia Rinaldi <frinaldi@norteysur-consultores.com.ar>',
      'Saludos,\nFlor\nSelección · Norte y Sur Consultores',
      'Norte y Sur Consultores',
    ],
    ['Talleres Arrieta <talleresarrieta@gmail.com>', 'Hola, ya cubrimos la plaza.', 'Talleres Arrieta'],
    [
      'Rosa Quispe <tiendaincamarket.miraflores@gmail.com>',
      'Gracias!\nTienda Inca Market',
      'Tienda Inca Market',
    ],
    ['Álex Cabello <alex.cabello@nubeteca.io>', 'Un saludo', 'Nubeteca'],
    ['Secretaría de Salud <rh@salud.gob.mx>', 'Hola', 'Secretaría de Salud'],
    ['Talento Grupo Tezcal <grupotezcal@myworkday-mail.com>', 'Hola', 'Grupo Tezcal'],
  ])('%s', (from, body, want) => {
    expect(extractCompany({ subject: 'Your application', from, body })).toBe(want);
  });

  it('parses senders with and without a display name', () => {
    expect(parseSender('"Acme, Inc." <Jobs@Acme.com>')).toEqual({
      name: 'Acme, Inc.',
      address: 'jobs@acme.com',
    });
    expect(parseSender('jobs@acme.com')).toEqual({ name: '', address: 'jobs@acme.com' });
  });
});
