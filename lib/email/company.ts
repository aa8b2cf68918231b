import {
  BUSINESS_FIRST,
  CONTEXT_PATTERNS,
  DEPARTMENT,
  DEPARTMENT_FIRST,
  FREEMAIL,
  GENERIC_NAME,
  HOSTED,
  LEGAL,
  MAIL_PREFIX,
  NOT_EMPLOYER,
  ORG_WORD,
  SECOND_LEVEL,
  STATED_PATTERNS,
  STOP_START,
} from './company-data';
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
  const via = /^(.+?)\s+(?:via|vía|through)\s+.+$/i.exec(clean);
  if (via?.[1]) return { company: tidy(via[1]), person: false };
  const at = /^(.+?)\s+(?:at|from|@|\||-|–|·)\s+(.+)$/i.exec(clean);
  // "Sam at Acme" names the company second; "Hispalis Farma – Selección" names it first.
  if (at?.[2]) return { company: tidy(at[2]) ?? tidy(at[1] ?? ''), person: false };
  return { company: tidy(clean), person: false };
}

/** The tracking system or mail host a sender's host belongs to; "acme-mail.com" counts as "acme.com". */
function hostedBy(host: string): string | undefined {
  const plain = host.replace(/-(?:mail|email|notificaciones)(?=\.)/, '');
  return HOSTED.find((d) => [host, plain].some((h) => h === d || h.endsWith(`.${d}`)));
}

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
  const hosted = hostedBy(host);
  if (hosted) {
    // A subdomain or the local part often names the tenant: acme.greenhouse.io, acme@myworkday.com.
    const sub = host
      .slice(0, Math.max(0, host.lastIndexOf(hosted.split('.')[0] ?? hosted)))
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

function statedEmployer(text: string): string | null {
  for (const re of STATED_PATTERNS) {
    for (const m of text.matchAll(new RegExp(re.source, 'gu'))) {
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
    const g = new RegExp(re.source, 'gu');
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

const squashed = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]/g, '');

/** The way the text writes a name the domain runs together: "foxglovemedia" → "Foxglove Media". */
function spelledInText(label: string, text: string): string | null {
  const target = squashed(label);
  if (target.length < 3) return null;
  // Small joining words too, as names write them: "Norte y Sur Consultores".
  const words = text.match(/[\p{Lu}0-9][\p{L}\p{N}_&'’-]*|&|\b(?:y|de|del|la|las|los|e|and|of)\b/gu) ?? [];
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
  if (!host || hostedBy(host)) return null;
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
    // Accents and a title too: "Álex Cabello", "Lic. Adriana Solís".
    const plainWords =
      /^(?:(?:Lic|Ing|Dr|Dra|Sr|Sra|Mr|Mrs|Ms)\.? )?\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}\.?)?(?: \p{Lu}[\p{Ll}'’-]+){0,2}$/u.test(
        display.company,
      );
    const host = sender.address.slice(sender.address.indexOf('@') + 1);
    const freemail = FREEMAIL.test(host);
    const business = BUSINESS_FIRST.test(display.company.split(' ')[0] ?? '');
    const person =
      !business &&
      (display.person ||
        (plainWords && (freemail || !sender.address)) ||
        (plainWords && !!own && !own.includes(name.slice(0, 4)) && !name.includes(own)) ||
        // …unless a tracking system's mailbox is named for a tenant of two words or more
        // ("Brindle Home" <brindlehome@myworkday.com>); "Sarah" <sarah@hire.lever.co> is a person.
        (plainWords &&
          name.length > 0 &&
          name === local &&
          (!hostedBy(host) || !/\s/.test(display.company))));
    if (!person) return display.company;
  }
  const text = fromText(body);
  if (text) return text;
  if (label) {
    const spelled = spelledInText(label, body) ?? spelledInText(label, sender.name);
    if (spelled) return tidy(spelled) ?? spelled;
  }
  // A shop writing from a free mailbox named for it: "tiendaincamarket.miraflores@gmail.com".
  const [local = '', host = ''] = sender.address.split('@');
  if (FREEMAIL.test(host))
    for (const part of [local.replace(/[._-]/g, ''), ...local.split(/[._-]/)]) {
      // The person's own name ("jordan.lee") is not a shop's.
      if (part.length < 6 || squashed(sender.name).includes(squashed(part))) continue;
      const spelled = spelledInText(part, body);
      if (spelled) return tidy(spelled) ?? spelled;
    }
  return fromAddress(sender.address);
}
