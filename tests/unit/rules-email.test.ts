import { describe, expect, it } from 'vitest';
import { duplicateIds } from '@/lib/detect/rule';
import { classifyEmail, cueWeight, emailJobContext, subjectHint } from '@/lib/email/classify';
import { CONTEXT_RULES } from '@/lib/email/rules/context';
import { ASSESSMENT, INVITATION } from '@/lib/email/rules/invitation';
import { OFFER } from '@/lib/email/rules/offer';
import { DIGEST, OTHER_MAIL } from '@/lib/email/rules/other';
import { RECEIPT } from '@/lib/email/rules/receipt';
import { REJECTION_PLAIN } from '@/lib/email/rules/rejection';
import { OTHER_ES, REJECTION_ES } from '@/lib/email/rules/rejection-es';
import { REJECTION_OTHER_WORDS } from '@/lib/email/rules/rejection-other-words';
import { REJECTION_SOFT } from '@/lib/email/rules/rejection-soft';
import type { ContextLabel } from '@/lib/email/rules/shared';
import { SUBJECT_CUES } from '@/lib/email/rules/subject';
import { sentences } from '@/lib/email/text';

// Every record's example, run through the classifier's own reading: a cue counts in its one-sentence
// example with its full weight, past the guards for quotes, conditionals, third parties, negation
// and withdrawals, and pushes the right way; a context rule's example gets the context it decides.
const REJECTION = [...REJECTION_PLAIN, ...REJECTION_OTHER_WORDS, ...REJECTION_SOFT, ...REJECTION_ES];
const OTHER = [...INVITATION, ...ASSESSMENT, ...OFFER, ...RECEIPT, ...OTHER_MAIL, ...DIGEST, ...OTHER_ES];
const CUES = [...REJECTION, ...OTHER];
const ALL = [...CUES, ...SUBJECT_CUES, ...CONTEXT_RULES];

describe('email rule records', () => {
  it('have unique ids, kebab-case, with an example and a reason', () => {
    expect(duplicateIds(ALL)).toEqual([]);
    for (const r of ALL) {
      expect(r.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(r.example.length).toBeGreaterThan(10);
      expect(r.why.length).toBeGreaterThan(10);
      expect(r.labels.length).toBeGreaterThan(0);
    }
  });

  it('label rejection exactly the cues in the rejection files', () => {
    for (const r of REJECTION) expect(r.labels).toEqual(['rejection']);
    for (const r of OTHER) expect(r.labels).not.toContain('rejection');
  });

  it.each(REJECTION.map((r) => [r.id, r] as const))('%s: counts towards a no in its example', (_, r) => {
    expect(sentences(r.example)).toHaveLength(1);
    expect(r.weight).toBeGreaterThan(0);
    expect(cueWeight(r, r.example)).toBe(r.weight);
  });

  const ownMail = (r: { labels: readonly string[] }) => r.labels.includes('own-mail');
  it.each(OTHER.filter((r) => !ownMail(r)).map((r) => [r.id, r] as const))(
    '%s: counts against a no in its example',
    (_, r) => {
      expect(sentences(r.example)).toHaveLength(1);
      expect(r.weight).toBeLessThan(0);
      expect(cueWeight(r, r.example)).toBe(r.weight);
    },
  );

  // The reader's own mail decides alone: its example is never a no, but a plain no written above
  // it (a reply on top of the application it quotes) still is.
  const plainNo: Record<string, string> = {
    en: 'Unfortunately, we have decided not to move forward with your application for the role.',
    es: 'Lamentablemente, no has sido seleccionada para el puesto.',
  };
  it.each(OTHER.filter(ownMail).map((r) => [r.id, r] as const))(
    "%s: the reader's own mail is not a no, unless a plain no is above it",
    (_, r) => {
      const mail = (body: string) => ({ subject: 'Re: application', from: 'A <a@example.com>', body });
      expect(r.pattern.test(r.example.toLowerCase())).toBe(true);
      expect(classifyEmail(mail(r.example)).rejection).toBe(false);
      expect(classifyEmail(mail(`${plainNo[r.lang]}\n\n${r.example}`)).rejection).toBe(true);
    },
  );

  it.each(SUBJECT_CUES.map((r) => [r.id, r] as const))('%s: hints in its example subject', (_, r) => {
    expect(subjectHint(r.example, 0)).toBe(r.weight);
    expect(Math.sign(r.weight)).toBe(r.labels.includes('rejection') ? 1 : -1);
  });

  const decides: Record<ContextLabel, number> = { job: 1, 'not-job': 0, applying: 0.8 };
  it.each(CONTEXT_RULES.map((r) => [r.id, r] as const))('%s: decides its example', (_, r) => {
    expect(r.labels).toHaveLength(1);
    expect(r.pattern.test(r.example.toLowerCase())).toBe(true);
    const email = { subject: r.example, from: '', body: '' };
    expect(emailJobContext(email)).toBe(decides[r.labels[0] as ContextLabel]);
  });
});
