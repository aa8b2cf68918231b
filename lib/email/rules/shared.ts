import type { RuleRecord } from '../../detect/rule';

/**
 * The email classifier's record shape. Each file in this folder holds the cues of one email act
 * (a no, an invitation, an offer, a receipt, other mail) or the words that say whether a letter is
 * about a job at all; ../classify.ts builds its cue lists from them, in the order it sums them.
 * Patterns read the normalised text: lower case, straight quotes, "won't" → "will not",
 * "can't"/"cannot" → "can not", other "n't" → " not".
 */
export type EmailAct =
  /** A no to the reader's application: the cues that push towards a rejection. */
  | 'rejection'
  /** An interview or a next stage is coming. */
  | 'invitation'
  /** A test or exercise to take. */
  | 'assessment'
  | 'offer'
  /** The application arrived and is being read. */
  | 'receipt'
  /** News on the application that is not a no (viewed, forwarded, moved on). */
  | 'status'
  /** The reader took the application back. */
  | 'withdrawal'
  /** A recruiter writing first. */
  | 'outreach'
  /** The hiring side's copy of a message it sent someone else, or its notice about a candidate. */
  | 'sent-copy'
  /** No decision about the reader: they turned an offer down, or the search closed unassessed. */
  | 'no-decision'
  /**
   * The reader's own mail (their application, withdrawal or declined offer) or a reply to a CV
   * sent on spec: never their no, unless the email also says a no plainly (a reply on top of the
   * application it quotes).
   */
  | 'own-mail'
  /** A step still open: "you have not yet completed…". */
  | 'reminder'
  /** Passwords, sign-ins, verification codes. */
  | 'account'
  /** Surveys about the hiring process, sent whatever the outcome. */
  | 'survey'
  /** Job alerts and recommendations. */
  | 'alert'
  /** Newsletters, digests, articles. */
  | 'newsletter';

export interface EmailCue extends RuleRecord<EmailAct> {
  /**
   * Other mail only. A firm cue still counts in a sentence that says no ("you have not yet
   * completed the assessment", "unsubscribe" under a rejection); it is skipped only where the
   * sentence withdraws or rescinds something ("we must rescind the offer"). Without it, a cue of
   * other mail is skipped in any negated sentence ("we won't be scheduling a next round").
   */
  firm?: boolean;
}

/** What a context rule decides: a job, not a job, or an application with no word of a job. */
export type ContextLabel = 'job' | 'not-job' | 'applying';

export type ContextRule = RuleRecord<ContextLabel>;
