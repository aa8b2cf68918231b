import type { EmailCue } from './shared';

/*
 * Received confirmations and status updates that are not a no: the application arrived, is being
 * read, was viewed or moved on.
 */

export const RECEIPT: EmailCue[] = [
  {
    id: 'application-received',
    labels: ['receipt'],
    lang: 'en',
    pattern:
      /\b(?:received|receipt of|submitted|got) your (?:application|resume|cv|submission)\b|\bapplication (?:has been |was )?(?:received|submitted|sent|complete)\b/,
    weight: -2,
    example: 'We have received your application for the Sales Associate role.',
    why: 'A confirmation that the application arrived.',
  },
  {
    id: 'will-review',
    labels: ['receipt'],
    lang: 'en',
    pattern:
      /\b(?:will|we'll|shall|is going to|are going to)\s+(?:now\s+|carefully\s+|soon\s+)?(?:review|be reviewing|be in touch|reach out|contact you|get back to you|be contacting)\b|\b(?:is|are) (?:currently |now )?(?:reviewing|under review|being reviewed)\b/,
    weight: -2,
    example: 'Our team will review your application and get back to you soon.',
    why: 'The application is still being read: "we will review", "under review".',
  },
  {
    id: 'application-status',
    labels: ['receipt'],
    lang: 'en',
    pattern: /\b(?:application status|track your application|check (?:the )?status)\b/,
    weight: -0.4,
    example: 'You can track your application in the candidate portal.',
    why: 'Also the subject of many a no ("Application status update"): a light hint.',
  },
  {
    id: 'application-viewed',
    labels: ['status'],
    lang: 'en',
    pattern:
      /\b(?:application|profile|resume) was (?:viewed|seen|sent|forwarded|shared)\b|\bforwarded (?:your|it) to\b|\bmov\w+ (?:you )?(?:forward )?to the next\b/,
    weight: -3,
    example: 'Your application was viewed by the hiring team at Acme.',
    why: 'Status updates that are not a no: viewed, forwarded, moved on to the next stage.',
  },
  {
    id: 'status-still-open',
    labels: ['receipt'],
    lang: 'en',
    pattern:
      /\bstatus(?: is now| has changed to| has been updated to)?:? (?:not yet reviewed|(?:application )?under review|in review|being reviewed)\b|\b(?:has been|was) referred to the (?:hiring|selecting) (?:official|manager)\b/,
    weight: -3.5,
    firm: true,
    example: 'Your application status is now: Application Under Review',
    why: 'A portal status that is still open ("not yet reviewed", "under review", referred to the hiring official): a negation inside it is part of the status, not a no.',
  },
];
