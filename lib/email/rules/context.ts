import type { ContextRule } from './shared';

/*
 * Whether a letter is about a job at all. Grants, flats and manuscripts have applications too: a
 * job needs words of its own, and a no about something else must not be taken for a job no. The
 * classifier (jobContext in ../classify.ts) reads these in a fixed order: a subject plainly not
 * about a job, then a not-work domain with no word of employment, then job words, then titles.
 */

export const JOB_CONTEXT: ContextRule = {
  id: 'job-words',
  labels: ['job'],
  lang: 'en',
  pattern:
    /\b(?:candidac(?:y|ies)|candidature|candidates?|position|role|opening|vacancy|vacancies|interview\w*|hiring|hire|recruit\w*|resume|cv|job|employment|employer|talent|shortlist\w*|career|apprentice\w*|internship|traineeship|graduate scheme|contractor|ir35|freelancer?|shift work|trial shift|temp(?:orary)? (?:assignment|cover|role|work|job|booking))s?\b|\b(?:this|the) post\b(?! (?:on|about|from))/,
  weight: 1,
  example: 'Thank you for your interest in the warehouse position.',
  why: 'Grants, flats and manuscripts have applications too: a job needs words of its own.',
};

export const APPLYING: ContextRule = {
  id: 'applying',
  labels: ['applying'],
  lang: 'en',
  pattern: /\bappl(?:y|ying|ied|ications?|icants?)\b/,
  weight: 1,
  example: 'Thank you for applying to Northwind.',
  why: 'An application with no word of what for: more likely a job than not.',
};

export const NOT_JOB: ContextRule = {
  id: 'applied-for-something-else',
  labels: ['not-job'],
  lang: 'en',
  pattern:
    /\b(?:grants?|manuscripts?|rental|tenants?|landlord|proposals?|conference|talks?|scholarships?|admissions?|loan|mortgage|credit card|visa|membership|award|residency|poems?|pitch|vendors?|agency|bid|tender|flat|apartment|property|unit|magazine|journal|publication|adopt\w*|rescue|foster\w*)\b/,
  weight: 1,
  example: 'Thank you for submitting your proposal to the conference.',
  why: 'Other things people apply or submit for, whose no is not a job rejection (fellowships are not here: often paid posts, and the people who label our sets count them as jobs).',
};

export const TITLES: ContextRule = {
  id: 'job-titles',
  labels: ['job'],
  lang: 'en',
  pattern:
    /\b(?:engineer|designer|manager|analyst|developer|assistant|associate|specialist|coordinator|technician|nurse|teacher|lead|intern(?:ship)?|graduate scheme|barista|chef|officer|advisor|adviser|representative|director|consultant|writer|editor|accountant|clerk|cashier|driver|supervisor|administrator|receptionist|scientist|researcher|dispatcher|mechanic|operator|planner|agent|worker|attendant|cook|server|tester|architect|programmer|recruiter|marketer|strategist|producer)s?\b/,
  weight: 1,
  example: 'Thanks for applying to be our next Level Designer.',
  why: 'Job titles also say "job" when nothing else does ("applying to be a Level Designer").',
};

export const NOT_JOB_PLAINLY: ContextRule = {
  id: 'plainly-not-a-job',
  labels: ['not-job'],
  lang: 'en',
  pattern:
    /\b(?:manuscripts?|admissions?|admit you|scholarships?|tenancy|mortgage|loan|visa|grant application|place on (?:the|this|a|our) course|course is (?:now )?(?:fully booked|full))\b/,
  weight: 1,
  example: 'Decision on your manuscript submission.',
  why: 'Decisions on these are never about a job, whatever titles the letter names ("the editor"); in the subject they decide.',
};

export const NOT_JOB_DOMAIN: ContextRule = {
  id: 'not-work-domain',
  labels: ['not-job'],
  lang: 'en',
  pattern:
    /\b(?:volunteer(?:ing|s)?|mentors?|mentees?|bursary|bursaries|fund|funding|grants?|hackathon|hackers?|accelerator|cohort of startups|property|properties|landlord|tenancy|lettings|letting\s+agen\w+|bids?|bidding|membership|club|chorus|choir|awards|entries|judges|competition|squad|trials|coaching staff|rfp|suppliers?|vendors?|procurement|tender)\b/,
  weight: 1,
  example: 'Thanks for signing up to volunteer at the food bank this summer.',
  why: 'Things people apply for that are plainly not work (volunteering, funds, hackathons, lettings, clubs, awards, squads, suppliers), when no word of employment is near.',
};

export const EMPLOYMENT: ContextRule = {
  id: 'employment-words',
  labels: ['job'],
  lang: 'en',
  pattern:
    /\b(?:position|vacancy|vacancies|job|employment|employer|hiring manager|salary|recruit(?:ment|er|ing)|talent acquisition|graduate (?:programme|program|scheme)|internship|apprenticeship|contract role|freelancer?|temp(?:orary)? (?:role|assignment|cover)|(?:the|this|that) (?:role|post))\b/,
  weight: 1,
  example: 'We are recruiting a paid volunteer coordinator to join our staff.',
  why: 'A word of employment keeps a paid post in a not-work domain ("volunteer coordinator") a job.',
};

/** The Spanish job words: a no next to them is a job no. */
export const JOB_CONTEXT_ES: ContextRule = {
  id: 'job-words-es',
  labels: ['job'],
  lang: 'es',
  pattern:
    /\b(?:candidaturas?|candidat[oa]s?|postulaci(?:[oó]n|ones)|postulantes?|puestos?|vacantes?|proceso de selecci[oó]n|selecci[oó]n de personal|entrevistas?|curr[ií]culum|cv|empleos?|contrataci[oó]n|pr[aá]cticas|pasant[ií]a|oferta de (?:empleo|trabajo)|bolsa de (?:empleo|trabajo)|oposici(?:[oó]n|ones)|plaza|ett|empresa de trabajo temporal|lista (?:provisional|definitiva) de (?:aspirantes )?admitidos|reclutamiento|talento|posici[oó]n|cargos?|concursos?|proceso (?:cas|selectivo)|llamado|convocatoria|orden de m[eé]rito|lista de prelaci[oó]n|freelancer?|trabajo|colaborador(?:a|es)?|red de (?:traductores|colaboradores|profesionales|proveedores))\b/,
  weight: 1,
  example: 'Gracias por tu interés en el puesto de Auxiliar Administrativo.',
  why: 'The words Spanish job mail uses for the job, the application and the process, and for freelance work ("colaboradora", "red de traductores").',
};

/** Spanish mail about things that are not jobs: a no there is not a job no. */
export const NOT_JOB_ES: ContextRule = {
  id: 'not-a-job-es',
  labels: ['not-job'],
  lang: 'es',
  pattern:
    /\b(?:(?:plaza|admisi[oó]n|preinscripci[oó]n|matr[ií]cula) (?:en|a|al|para) (?:el )?m[aá]ster|m[aá]ster (?:universitario|oficial)|grado(?!\s*\d)|admisi[oó]n|escuelas? infantil(?:es)?|guarder[ií]as?|plazas? escolar(?:es)?|matr[ií]cula|alquiler|inquilin[oa]|arrendamiento|idealista|fotocasa|(?:el|este|un) piso (?:de|en|ya)|subvenci[oó]n|ayudas? (?:al estudio|econ[oó]micas?)|beca (?:de estudios|de movilidad|erasmus)|erasmus|concurso literario|manuscrito|ponencia|ponentes?|propuesta de charla|lightning talk|congreso|adopci[oó]n|voluntariado|casting|audici[oó]n(?:es)?|pr[eé]stamo)\b/,
  weight: 0,
  example: 'Lamentamos comunicarte que tu solicitud de admisión al máster no ha sido aceptada.',
  why: 'Admissions, rentals, grants, contests, castings, loans and volunteering say no too, but not to a job.',
};

/** In the order jobContext first reads them. */
export const CONTEXT_RULES: ContextRule[] = [
  NOT_JOB_PLAINLY,
  NOT_JOB_DOMAIN,
  EMPLOYMENT,
  NOT_JOB_ES,
  JOB_CONTEXT,
  JOB_CONTEXT_ES,
  TITLES,
  NOT_JOB,
  APPLYING,
];
