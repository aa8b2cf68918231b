import type { EmailCue } from './shared';

/*
 * Words that go with a no, but also with kinder mail; they tip a close call. They count next to a
 * plain no (rejection.ts), or when many come together.
 */

export const REJECTION_SOFT: EmailCue[] = [
  {
    id: 'after-careful-consideration',
    labels: ['rejection'],
    lang: 'en',
    pattern: /\bafter (?:careful|much|thorough|long|further) (?:consideration|review|thought|deliberation)\b/,
    weight: 1,
    example: 'After careful consideration, we have made our decision.',
    why: 'The usual lead-in to a decision; kinder mail uses it too.',
  },
  {
    id: 'unfortunately',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\bunfortunately\b|\bregrettably\b|\bsadly\b|\bregret\b|\b(?:difficult|disappointing|bad|sad) news\b/,
    weight: 1,
    example: 'Unfortunately, we have some difficult news to share.',
    why: 'Words of bad news that tip a close call.',
  },
  {
    id: 'wish-you-well',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\b(?:wish|wishing) you (?:the (?:very )?best|all the best|luck|every success|success|well)\b|\bbest of luck\b|\bgood luck\b/,
    weight: 0.8,
    example: 'We wish you the very best in your job search.',
    why: 'The send-off at the end of a no, also at the end of kinder mail.',
  },
  {
    id: 'future-endeavours',
    labels: ['rejection'],
    lang: 'en',
    pattern: /\bfuture (?:endeavou?rs|opportunities|openings|roles|search)\b|\byour (?:job )?search\b/,
    weight: 0.8,
    example: 'Good luck in your future endeavours.',
    why: 'Pointing the reader to their future search.',
  },
  {
    id: 'apply-again',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\bencourage you to (?:apply|keep an eye|check|look)\b|\bapply (?:again|for other|to other|in the future)\b/,
    weight: 0.8,
    example: 'We encourage you to apply for other roles at our company.',
    why: 'An invitation to apply again, which mostly follows a no.',
  },
  {
    id: 'keep-on-file',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\bkeep (?:your|you|the)\s+(?:\w+\s+){0,2}?(?:on file|in mind|in our (?:database|system|talent))\b/,
    weight: 0.6,
    example: 'We will keep your details on file for future openings.',
    why: 'Keeping the reader on file: a consolation after a no.',
  },
  {
    id: 'difficult-decision',
    labels: ['rejection'],
    lang: 'en',
    pattern: /\b(?:difficult|tough|hard|close) (?:decision|call|choice)\b/,
    weight: 1,
    example: 'This was a difficult decision for the whole panel.',
    why: 'A decision called hard or close.',
  },
  {
    id: 'many-applicants',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\b(?:large|high|significant|great|overwhelming) (?:number|volume) of (?:\w+\s+)?(?:applications|applicants|candidates)\b|\bhighly competitive\b/,
    weight: 0.6,
    example: 'We received a large number of applications for this role.',
    why: 'The competition named as the reason.',
  },
  {
    id: 'decided-or-decision',
    labels: ['rejection'],
    lang: 'en',
    pattern: /\bdecided\b|\bdecision\b/,
    weight: 0.5,
    example: 'The panel has now reached a decision.',
    why: 'A decision mentioned at all: a light hint.',
  },
  {
    id: 'feedback',
    labels: ['rejection'],
    lang: 'en',
    pattern: /\bfeedback\b/,
    weight: 0.3,
    example: 'I am happy to share some feedback from the interviewers.',
    why: 'Feedback is offered more often after a no: the lightest hint.',
  },
];
