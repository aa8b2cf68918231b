import { plainText } from './text';

interface Sender {
  name: string;
  address: string;
}

/** `"Acme Recruiting" <jobs@acme.com>`, `Acme <jobs@acme.com>`, `jobs@acme.com` or just a name. */
export function parseSender(from: string): Sender {
  const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  if (m) return { name: (m[1] ?? '').trim(), address: (m[2] ?? '').trim().toLowerCase() };
  const t = from.trim();
  return /^[^\s@]+@[^\s@]+$/.test(t) ? { name: '', address: t.toLowerCase() } : { name: t, address: '' };
}

// Mail hosts and applicant tracking systems: their domain is not the employer's.
const HOSTED = [
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
];

const GENERIC_NAME =
  /^(?:no-?reply|do-?not-?reply|donotreply|notifications?|alerts?|jobs?|careers?|recruit(?:ing|ment|er|ers)?|talent(?: acquisition)?|hiring(?: team)?|hr|people(?: team| ops)?|team|support|info|hello|mail|mailer|admin|applications?|apply|candidates?|workday|greenhouse|lever|linkedin|indeed|glassdoor|smartrecruiters|ashby|icims|jobvite|taleo|workable|bamboohr|recruitee|teamtailor|ziprecruiter|wellfound|the team)$/i;

// Words that name a department or the sending system rather than the company.
const DEPARTMENT =
  /\s*(?:[-–|:,]\s*)?\b(?:(?:university|graduate|campus|early careers?|student)(?: recruit(?:ing|ment))?|recruit|store\s*#?\d+|recrutement|recrutamento|reclutamiento|talent acquisition|talent team|talent|recruiting(?: team)?|recruitment(?: team)?|careers?(?: team)?|hiring(?: team)?|people(?: team| ops| operations)?|human resources|hr(?: team)?|jobs?|team|notifications?|no-?reply)\s*$/i;

const LEGAL =
  /,?(?<!&)\s+(?:inc|llc|llp|lp|ltd|limited|gmbh|plc|corp|corporation|co|s\.?a|ag|bv|b\.v|pty(?: ltd)?|sas|srl)\.?$/i;

const STOP_START =
  /^(?:the|our|we|you|your|this|that|it|a|an|thank|thanks|unfortunately|dear|hi|hello|regards|best|sincerely|please|if|as|at|in|on|for|and|but|i|linkedin|indeed|glassdoor|greenhouse|lever|workday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

// The same, written first: "Recursos Humanos Grupo Almar".
const DEPARTMENT_FIRST =
  /^(?:recursos humanos|rrhh|ressources humaines|personalabteilung|human resources|talent acquisition|recruitment|recruiting|careers)\s*(?:[-–|:,]\s*)?(?=\S)/i;

function tidy(name: string): string | null {
  let n = name
    .replace(/^[\s"'“(]+|[\s"'”),.:;!?]+$/g, '')
    .replace(/^the\s+/i, '')
    .replace(DEPARTMENT_FIRST, '')
    .trim();
  for (let i = 0; i < 3; i++) n = n.replace(DEPARTMENT, '').replace(LEGAL, '').trim();
  n = n.replace(/[\s,.:;-]+$/, '');
  if (!n || n.length > 60 || GENERIC_NAME.test(n)) return null;
  const first = n.split(/\s+/)[0] ?? '';
  if (STOP_START.test(first)) return null;
  return n;
}

/** The employer's name as the sender shows it: "Acme Recruiting" → Acme, "Sam at Acme" → Acme. */
function fromDisplayName(name: string): { company: string | null; person: boolean } {
  const clean = name.replace(/\s*\((?:via|from) [^)]*\)\s*$/i, '').trim();
  // "Tomás Rivera (Kestrel AI)": a person, and their company in brackets.
  const bracket = /^.+?\s*\(([^)]+)\)$/.exec(clean);
  if (bracket?.[1]) return { company: tidy(bracket[1]), person: false };
  const via = /^(.+?)\s+(?:via|through)\s+.+$/i.exec(clean);
  if (via?.[1]) return { company: tidy(via[1]), person: false };
  const at = /^.+?\s+(?:at|from|@|\||-|–)\s+(.+)$/i.exec(clean);
  if (at?.[1]) return { company: tidy(at[1]), person: false };
  return { company: tidy(clean), person: false };
}

const FREEMAIL =
  /^(?:gmail|googlemail|outlook|hotmail|live|yahoo|icloud|me|proton|protonmail|aol|gmx|web|mail|fastmail)\./;

// Second-level public suffixes common in job mail, so acme.co.uk gives "acme".
const SECOND_LEVEL = /^(?:co|com|org|net|ac|gov|edu|nhs|sch|police|ltd|plc)$/;
const MAIL_PREFIX =
  /^(?:mail|email|e|em|m|news|info|careers?|jobs?|talent|hr|recruiting|recruitment|notifications?|notify|send|bounce|reply|hello|apply|people|workday)$/;

function capitalise(label: string): string {
  return label
    .split(/[-_]/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** The company a sender address belongs to, or for ATS mail the tenant it names (acme@myworkday.com). */
function fromAddress(address: string): string | null {
  const at = address.lastIndexOf('@');
  if (at < 0) return null;
  const local = address.slice(0, at);
  const host = address.slice(at + 1);
  const hosted = HOSTED.find((d) => host === d || host.endsWith(`.${d}`));
  if (hosted) {
    // A subdomain or the local part often names the tenant: acme.greenhouse.io, acme@myworkday.com.
    const sub = host
      .slice(0, host.length - hosted.length)
      .replace(/\.$/, '')
      .split('.')
      .pop();
    for (const label of [sub, local]) {
      if (!label || MAIL_PREFIX.test(label) || GENERIC_NAME.test(label) || /\d{3,}|[.+]/.test(label))
        continue;
      if (/^(?:gmail|outlook|hotmail|yahoo|icloud|me|proton|aol|gmx)/.test(hosted)) return null;
      return tidy(capitalise(label));
    }
    return null;
  }
  const labels = host.split('.');
  if (labels.length < 2) return null;
  let i = labels.length - 2;
  if (labels.length >= 3 && SECOND_LEVEL.test(labels[i] ?? '') && (labels[i + 1] ?? '').length === 2) i--;
  const label = labels[i] ?? '';
  if (!label || MAIL_PREFIX.test(label)) return null;
  return tidy(capitalise(label));
}

// A capitalised name of a few words on one line; a dot only inside a word (Booking.com), not at its end.
const WORD = String.raw`[A-Z0-9](?:[\w&'’+-]|\.(?=\w))*`;
const NAME = String.raw`(${WORD}(?:[ \t]+(?:${WORD}|&|and|of|de|du|la|für)(?=[ \t]|$|[^\w]))*)`;
const CONTEXT_PATTERNS: RegExp[] = [
  // "Your application to Product Designer at Acme", "the Engineer role at Acme"
  new RegExp(
    String.raw`\b(?:position|role|job|opening|vacancy|opportunity|opportunities|application|candidacy|team|career|careers|interview|here|everyone|us|all)\s+(?:at|with)\s+${NAME}`,
  ),
  // "interest in Acme", "applying to Acme", "joining Acme", "on behalf of Acme"
  new RegExp(
    String.raw`\b(?:interest in(?: joining| working (?:at|with|for))?|applying (?:to|at|with)|applied (?:to|at|with)|application to|join(?:ing)?|considering|consideration at|[Oo]n behalf of|[Uu]pdate from|[Nn]ews from|[Mm]essage from|work(?:ing)? (?:at|for|with))\s+(?:the\s+)?${NAME}`,
  ),
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
const STATED_PATTERNS: RegExp[] = [
  new RegExp(
    String.raw`(?:^|\n)[ \t]*(?:Employer|Hiring (?:organi[sz]ation|company|agency)|Agency|Organi[sz]ation|Company|Client|Department)[ \t]*:[ \t]*${NAME}[ \t]*(?:\n|$)`,
  ),
  new RegExp(
    String.raw`\b(?:[Hh]eard back from|[Ff]eedback from|[Nn]ews from|(?:[Tt]he )?message (?:below )?from|[Aa]n? (?:update|answer|response) from)(?: the)?[ \t]+${NAME}`,
  ),
  new RegExp(
    String.raw`(?:^|[.!?\n][ \t]*|[-–][ \t]+)${NAME}[ \t]+(?:have|has)[ \t]+(?:come back|got back|gotten back|gone with|decided|chosen|filled)\b`,
  ),
];
// Teams and departments inside a company, not the company: "Department: Engineering".
const NOT_EMPLOYER =
  /^(?:engineering|marketing|sales|finance|operations|product|design|it|hr|legal|research|support|programme team|program team|hiring team|hiring manager|the client|client|our client|panel|interview panel|interviewers?|committee|selection committee|board|team|manager)$/i;

function statedEmployer(text: string): string | null {
  for (const re of STATED_PATTERNS) {
    for (const m of text.matchAll(new RegExp(re.source, 'g'))) {
      const raw = m[1];
      if (!raw) continue;
      const words = raw
        .split(/\s+/)
        .slice(0, 5)
        .join(' ')
        .replace(/\s+(?:programme|program|hiring|recruitment|project)\s+team$/i, '')
        .replace(/\s+(?:about|on|this|today|for)$/i, '');
      const name = tidy(words);
      if (name && !NOT_EMPLOYER.test(name)) return name;
    }
  }
  return null;
}

function fromText(text: string): string | null {
  for (const re of CONTEXT_PATTERNS) {
    const g = new RegExp(re.source, 'g');
    for (const m of text.matchAll(g)) {
      const raw = m[1];
      if (!raw) continue;
      // Stop at words that start a new clause.
      const cut = raw.split(/\s+(?:and|for|of|de|du|la|&)$/)[0] ?? raw;
      const words = cut.split(/\s+/).slice(0, 4).join(' ');
      const name = tidy(words);
      // "interest in the Junior Accountant vacancy" names a job, not the employer.
      const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 20);
      if (name && !/^\s+(?:position|role|vacancy|opportunity|job|opening|post|posting|team)\b/i.test(after))
        return name;
    }
  }
  return null;
}

const ORG_WORD =
  /^(?:Foundation|Group|Health|Labs?|Studios?|Media|Bank|Insurance|Energy|Foods|Partners|Consulting|Capital|Trust|Society|Institute|University|College|School|District|Council|Hospital|Clinic|Systems|Technologies|Solutions)$/;

const squashed = (s: string) =>
  s
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]/g, '');

/** The way the text writes a name the domain runs together: "foxglovemedia" → "Foxglove Media". */
function spelledInText(label: string, text: string): string | null {
  const target = squashed(label);
  if (target.length < 3) return null;
  const words = text.match(/[A-Z0-9][\w&'’-]*|&/g) ?? [];
  for (let i = 0; i < words.length; i++) {
    let joined = '';
    for (let j = i; j < Math.min(words.length, i + 5); j++) {
      joined += squashed(words[j] ?? '');
      if (joined === target) {
        const next = words[j + 1] ?? '';
        return words.slice(i, j + (ORG_WORD.test(next) ? 2 : 1)).join(' ');
      }
      // A domain that shortens the last word: "corvidsec" for "Corvid Security".
      if (j > i && target.length >= 6 && joined.startsWith(target) && joined.length - target.length <= 6)
        return words.slice(i, j + 1).join(' ');
      if (!target.startsWith(joined)) break;
    }
  }
  return null;
}

function registrableLabel(address: string): string | null {
  const host = address.slice(address.lastIndexOf('@') + 1);
  if (!host || HOSTED.some((d) => host === d || host.endsWith(`.${d}`))) return null;
  const labels = host.split('.');
  let i = labels.length - 2;
  if (labels.length >= 3 && SECOND_LEVEL.test(labels[i] ?? '') && (labels[i + 1] ?? '').length === 2) i--;
  return labels[i] ?? null;
}

/** The employer an email is from: sender name, then the text, then the sender's own domain. */
export function extractCompany(email: { subject: string; from: string; body: string }): string | null {
  const sender = parseSender(email.from);
  const body = `${plainText(email.subject)}\n${plainText(email.body)}`;
  const label = registrableLabel(sender.address);
  const stated = statedEmployer(body);
  if (stated) return stated;
  const display = sender.name ? fromDisplayName(sender.name) : { company: null, person: false };
  if (display.company) {
    const name = squashed(display.company);
    const own = label ? squashed(label) : '';
    const local = squashed(sender.address.split('@')[0] ?? '');
    // "Marco <marco@tavolaroma.com>": a first name on a company domain is a person.
    const plainWords = /^[A-Z][a-z'’-]+(?: [A-Z]\.?)?(?: [A-Z][a-z'’-]+){0,2}$/.test(display.company);
    const host = sender.address.slice(sender.address.indexOf('@') + 1);
    const freemail = FREEMAIL.test(host);
    const person =
      display.person ||
      (plainWords && (freemail || !sender.address)) ||
      (plainWords && !!own && !own.includes(name.slice(0, 4)) && !name.includes(own)) ||
      (plainWords && name.length > 0 && name === local);
    if (!person) return display.company;
  }
  const text = fromText(body);
  if (text) return text;
  if (label) {
    const spelled = spelledInText(label, body) ?? spelledInText(label, sender.name);
    if (spelled) return tidy(spelled) ?? spelled;
  }
  return fromAddress(sender.address);
}
