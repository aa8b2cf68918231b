/*
 * The lists company.ts reads to find the employer an email is from: the hosts and tracking systems
 * whose domain is not the employer's, the words that name a department or the sending system, and
 * the patterns that name a company in the text (data only; the reading is in company.ts).
 */

// Mail hosts and applicant tracking systems: their domain is not the employer's.
export const HOSTED = [
  'greenhouse.io',
  'greenhouse-mail.io',
  'lever.co',
  'hire.lever.co',
  'myworkday.com',
  'myworkdayjobs.com',
  'workday.com',
  'smartrecruiters.com',
  'ashbyhq.com',
  'icims.com',
  'linkedin.com',
  'indeed.com',
  'indeedemail.com',
  'glassdoor.com',
  'jobvite.com',
  'taleo.net',
  'successfactors.com',
  'successfactors.eu',
  'sapsf.com',
  'bamboohr.com',
  'workable.com',
  'workablemail.com',
  'breezy.hr',
  'recruitee.com',
  'teamtailor.com',
  'teamtailor-mail.com',
  'applytojob.com',
  'jazzhr.com',
  'personio.de',
  'personio.com',
  'pinpointhq.com',
  'ziprecruiter.com',
  'wellfound.com',
  'angel.co',
  'hibob.com',
  'rippling.com',
  'dover.com',
  'gem.com',
  'oraclecloud.com',
  'avature.net',
  'phenompeople.com',
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'proton.me',
  'protonmail.com',
  'aol.com',
  'gmx.com',
  'gmx.de',
  'web.de',
  'mail.com',
  // Spanish-language job sites: the employer is in the text, not the domain.
  'infojobs.net',
  'bumeran.com',
  'bumeran.com.ar',
  'computrabajo.com',
  'computrabajo-mail.com',
  'laborum.cl',
  'laborum-mail.cl',
  'occ.com.mx',
  'zonajobs.com.ar',
  'elempleo.com',
  'trabajando.cl',
  'workana.com',
  'empleospublicos.cl',
  'multitrabajos.com',
  // Hiring platforms and public job portals that send for many employers.
  'buk.cl',
  'gupy.io',
  'hiringroom.com',
  'upwork.com',
  'tal.net',
  'usajobs.gov',
  'trabajaen.gob.mx',
  'psc-cfp.gc.ca',
];

export const GENERIC_NAME =
  /^(?:no-?reply|do-?not-?reply|donotreply|notifications?|alerts?|jobs?|careers?|recruit(?:ing|ment|er|ers)?|talent(?: acquisition)?|hiring(?: team)?|hr|people(?: team| ops)?|team|support|info|hello|mail|mailer|admin|applications?|apply|candidates?|workday|greenhouse|lever|linkedin|indeed|glassdoor|smartrecruiters|ashby|icims|jobvite|taleo|workable|bamboohr|recruitee|teamtailor|ziprecruiter|wellfound|the team|infojobs|bumeran|computrabajo(?: [a-z]+)?|laborum(?:\.com)?|occ mundial|zonajobs|multitrabajos|elempleo(?:\.com)?|trabajando(?:\.com)?|workana|portal empleos p[uú]blicos|selecci[oó]n|rr\.? ?hh\.?|recursos humanos|talento(?: humano)?|carreras|empleos?|reclutamiento|secretar[ií]a|tiendas|procesos selectivos|atracci[oó]n de talento|gesti[oó]n de personas|personas|bolsas?)$/i;

// Words that name a department or the sending system rather than the company.
export const DEPARTMENT =
  /\s*(?:[-–|:,]\s*)?\b(?:(?:university|graduate|campus|early careers?|student)(?: recruit(?:ing|ment))?|recruit|store\s*#?\d+|recrutement|recrutamento|reclutamiento|talent acquisition|talent team|talent|recruiting(?: team)?|recruitment(?: team)?|careers?(?: team)?|hiring(?: team)?|people(?: team| ops| operations)?|human resources|hr(?: team)?|jobs?|team|notifications?|no-?reply|talento(?: humano)?|rr\.? ?hh\.?|recursos humanos)\s*$|\s*[-–|:,·]\s*(?:personas|selecci[oó]n|bolsas?)\s*$/i;

export const LEGAL =
  /,?(?<!&)\s+(?:inc|llc|llp|lp|ltd|limited|gmbh|plc|corp|corporation|co|s\.?a|ag|bv|b\.v|pty(?: ltd)?|sas|srl)\.?$/i;

export const STOP_START =
  /^(?:the|our|we|you|your|this|that|it|a|an|thank|thanks|unfortunately|dear|hi|hello|regards|best|sincerely|please|if|as|at|in|on|for|and|but|i|linkedin|indeed|glassdoor|greenhouse|lever|workday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

// The same, written first: "Recursos Humanos Grupo Almar".
// Not before "de": "Secretaría de Salud" is the employer's name.
export const DEPARTMENT_FIRST =
  /^(?:recursos humanos|rr\.? ?hh\.?|ressources humaines|personalabteilung|human resources|talent acquisition|recruitment|recruiting|careers|reclutamiento|atracci[oó]n de talento|talento humano|talento joven|talento|gesti[oó]n humana|gesti[oó]n de (?:personas|proveedores|talento)|sede electr[oó]nica)\s*(?:[-–|:,]\s*)?(?=\S)(?!(?:de|del|y)\s)/i;

export const FREEMAIL =
  /^(?:gmail|googlemail|outlook|hotmail|live|yahoo|icloud|me|proton|protonmail|aol|gmx|web|mail|fastmail)\./;

// Second-level public suffixes common in job mail, so acme.co.uk gives "acme".
export const SECOND_LEVEL = /^(?:co|com|org|net|ac|gov|edu|nhs|sch|police|ltd|plc)$/;

export const MAIL_PREFIX =
  /^(?:mail|email|e|em|m|news|info|careers?|jobs?|talent|hr|recruiting|recruitment|notifications?|notify|send|bounce|reply|hello|apply|people|workday|notificaciones|avisos|mensajes|postulaciones|empleos?|no-?responder|seleccion|rrhh|talento|reclutamiento|candidatos|convocatorias)$/;

// A capitalised name of a few words on one line; a dot only inside a word (Booking.com), not at its end.
const WORD = String.raw`[\p{Lu}0-9](?:[\p{L}\p{N}_&'’+-]|\.(?=[\p{L}\p{N}]))*`;
const NAME = String.raw`(${WORD}(?:[ \t]+(?:${WORD}|&|and|of|de|del|du|la|las|los|y|für)(?=[ \t]|$|[^\w]))*)`;
// Read with the u flag (company.ts): names start with any capital, Ñ and Á too.
export const CONTEXT_PATTERNS: RegExp[] = [
  // "Your application to Product Designer at Acme", "the Engineer role at Acme"
  new RegExp(
    String.raw`\b(?:position|role|job|opening|vacancy|opportunity|opportunities|application|candidacy|team|career|careers|interview|here|everyone|us|all)\s+(?:at|with)\s+${NAME}`,
  ),
  // "interest in Acme", "applying to Acme", "joining Acme", "on behalf of Acme"
  new RegExp(
    String.raw`\b(?:interest in(?: joining| working (?:at|with|for))?|applying (?:to|at|with)|applied (?:to|at|with)|application to|join(?:ing)?|considering|consideration at|[Oo]n behalf of|[Uu]pdate from|[Nn]ews from|[Mm]essage from|work(?:ing)? (?:at|for|with))\s+(?:the\s+)?${NAME}`,
  ),
  // "tu postulación en Distribuidora Norte", "tu proceso con Cooperativa Financiera del Valle"
  new RegExp(
    String.raw`\b(?:postulaci[oó]n|candidatura|proceso|solicitud|entrevista|inter[eé]s)\s+(?:en|con)\s+(?:la empresa\s+)?${NAME}`,
  ),
  // "La empresa Textiles Arbe ha actualizado…" (job sites relaying the employer, in Spanish)
  new RegExp(String.raw`\b[Ll]a empresa\s+${NAME}`),
  // "Atlas Freight has reviewed your application" (job sites relaying the employer)
  new RegExp(String.raw`(?:^|\n)${NAME}\s+(?:has|have)\s+(?:reviewed|viewed|received|decided|sent)\b`),
  // Sign-offs: "The Acme Recruiting Team", "Acme Talent Acquisition" (on one line: a name above a
  // "Talent Partner" line is a person's).
  new RegExp(
    String.raw`(?:^|[\n.!][ \t]*|\b[Tt]he[ \t]+)${NAME}[ \t]+(?:Recruiting|Recruitment|Talent(?: Acquisition)?|Hiring|People|HR|Careers|Human Resources)(?:[ \t]+Team)?\b`,
  ),
  // A signature line "Talent Partner, Lattice Robotics", "People Team, Lumen Dental".
  new RegExp(
    String.raw`(?:^|\n)[ \t]*(?:[A-Z][\w'’-]*[ \t]+){0,4}(?:Partner|Manager|Team|Recruiter|Director|Officer|Lead|Coordinator|Specialist|Advisor|Adviser|Head|Administrator|Assistant|Department[ \t]+of[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*),[ \t]+${NAME}[ \t]*(?:\n|$)`,
  ),
];

// Said outright: a job site's "Employer: …" line, or a recruiter passing on a client's answer
// ("heard back from Northwind", "Halden Partners have come back"). These name the employer even
// when the sender is a job board or an agency.
export const STATED_PATTERNS: RegExp[] = [
  new RegExp(
    String.raw`(?:^|\n)[ \t]*(?:Employer|Hiring (?:organi[sz]ation|company|agency)|Agency|Organi[sz]ation|Company|Client|Department|Empresa|Empleador|Entidad|Organismo)[ \t]*:[ \t]*${NAME}[ \t]*\.?[ \t]*(?:\n|$)`,
  ),
  new RegExp(
    String.raw`\b(?:[Hh]eard back from|[Ff]eedback from|[Nn]ews from|(?:[Tt]he )?message (?:below )?from|[Aa]n? (?:update|answer|response) from|[Mm]ensaje (?:nuevo )?de|[Rr]espuesta de)(?: the)?[ \t]+${NAME}`,
  ),
  new RegExp(
    String.raw`(?:^|[.!?\n][ \t]*|[-–][ \t]+)${NAME}[ \t]+(?:have|has)[ \t]+(?:come back|got back|gotten back|gone with|decided|chosen|filled)\b`,
  ),
];

// Teams and departments inside a company, not the company: "Department: Engineering".
export const NOT_EMPLOYER =
  /^(?:engineering|marketing|sales|finance|operations|product|design|it|hr|legal|research|support|programme team|program team|hiring team|hiring manager|the client|client|our client|panel|interview panel|interviewers?|committee|selection committee|board|team|manager)$/i;

export const ORG_WORD =
  /^(?:Foundation|Group|Health|Labs?|Studios?|Media|Bank|Insurance|Energy|Foods|Partners|Consulting|Capital|Trust|Society|Institute|University|College|School|District|Council|Hospital|Clinic|Systems|Technologies|Solutions)$/;

// A business's own first word: "Talleres Arrieta" or "Bar El Puerto" is a shop, not a person.
export const BUSINESS_FIRST =
  /^(?:Bar|Restaurante|Cafeter[ií]a|Panader[ií]a|Poller[ií]a|Ferreter[ií]a|Carpinter[ií]a|Bodeg[oó]n|Talleres|Taller|Tienda|Zapater[ií]a|Farmacia|Cl[ií]nica|Hotel|Grupo|Estudio|Consultora|Fundaci[oó]n|Colegio|Academia|Distribuidora|Constructora|Transportes|Laboratorios|Banco|Seguros|Hospital|Inmobiliaria|Agencia|Asociaci[oó]n|Cooperativa|Servicio|Municipalidad|Ayuntamiento|Universidad|Librer[ií]a|Peluquer[ií]a|Hostal|Supermercado|Almac[eé]n|Gestor[ií]a|Despacho|Bufete)$/;
