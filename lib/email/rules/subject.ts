import type { EmailCue } from './shared';

/*
 * A subject that names the outcome is a hint either way, on top of the cues in the letter. The
 * hint of other mail counts only while the letter holds no plain no: "Regarding your offer" over
 * a plain no in the letter, the letter says what happened.
 */

export const SUBJECT_OUTCOME: EmailCue = {
  id: 'subject-names-a-no',
  labels: ['rejection'],
  lang: 'en',
  pattern:
    /\b(?:unsuccessful|regret|not selected|not moving forward|position (?:filled|closed|on hold)|outcome|decision)\b/,
  weight: 0.5,
  example: 'Update on your application: outcome',
  why: 'Many a no is titled with its outcome ("Application outcome", "Position filled").',
};

export const SUBJECT_OTHER_MAIL: EmailCue = {
  id: 'subject-names-other-mail',
  labels: ['invitation', 'offer', 'assessment', 'reminder', 'alert', 'newsletter', 'account'],
  lang: 'en',
  pattern:
    /\b(?:invitation|invite|offer|next steps?|schedul\w*|assessment|alerts?|digest|newsletter|password|verify|reminder|confirmed)\b/,
  weight: -1,
  example: 'Interview invitation: Product Designer at Acme',
  why: 'Invitations, offers, assessments, alerts and account mail say so in the subject.',
};

export const SUBJECT_CUES: EmailCue[] = [SUBJECT_OUTCOME, SUBJECT_OTHER_MAIL];
