import type { EmailCue } from './shared';

/*
 * Interviews and next stages: mail that says the process goes on counts against a no, unless its
 * own sentence is negated ("we won't be scheduling a next round").
 */

export const INVITATION: EmailCue[] = [
  {
    id: 'schedule-a-call',
    labels: ['invitation'],
    lang: 'en',
    pattern:
      /\b(?:schedule|book|arrange|set up|find a time|pick a time|coordinate)\b[^.]{0,50}\b(?:interview|call|chat|conversation|meeting|screen|onsite|on-site)\b/,
    weight: -3,
    example: 'Could we schedule a call with the hiring manager for later this week?',
    why: 'Scheduling an interview, call or meeting.',
  },
  {
    id: 'invited-to-interview',
    labels: ['invitation'],
    lang: 'en',
    pattern:
      /\binvit\w+ you (?:to|for) (?:an? |the |our )?(?:\w+\s+){0,2}?(?:interview|call|conversation|chat|onsite|on-site|assessment|meeting|panel)\b/,
    weight: -3.5,
    example: 'We would like to invite you to an interview at our office.',
    why: 'An invitation to an interview, call or assessment.',
  },
  {
    id: 'your-availability',
    labels: ['invitation'],
    lang: 'en',
    pattern:
      /\b(?:your availability|available times?|availability for|calendar link|calendly|time slots?|select a (?:time|slot)|pick a slot|what times? work|works best for you|zoom link|google meet|teams link|meeting link)\b/,
    weight: -2.5,
    example: 'Please send me your availability for next Tuesday.',
    why: 'Asking for times: availability, calendar links, meeting links.',
  },
  {
    id: 'pleased-to-invite',
    labels: ['invitation'],
    lang: 'en',
    pattern:
      /\b(?:pleased|happy|excited|delighted|thrilled|glad)\s+to\s+(?:invite|move you|advance|let you know that you|inform you that you|share that you|progress)\b/,
    weight: -3.5,
    example: 'We are pleased to invite you to the final stage.',
    why: 'Good news about the process: pleased to invite, advance or move the reader on.',
  },
  {
    id: 'want-to-move-forward-with-you',
    labels: ['invitation'],
    lang: 'en',
    pattern:
      /\b(?:like|love|want|wish|happy|pleased|excited)\s+to\s+(?:move|moving|proceed|continue|progress)\s+(?:forward\s+)?(?:with\s+)?(?:you|your application|your candidacy)\b/,
    weight: -3,
    example: 'We would love to move forward with your application.',
    why: 'Wanting to go on with the reader.',
  },
  {
    id: 'next-step',
    labels: ['invitation'],
    lang: 'en',
    pattern: /\b(?:next|following|final|second|third) (?:step|round|stage)s?\b(?![^.]{0,30}\b(?:not|n't)\b)/,
    weight: -1.2,
    example: 'Here are the next steps in our hiring process.',
    why: 'A next step or round; not when a "not" closely follows.',
  },
  {
    id: 'interview-confirmation',
    labels: ['invitation'],
    lang: 'en',
    pattern: /\binterview (?:details|confirmation|confirmed|is confirmed|reminder|invitation)\b/,
    weight: -2,
    example: 'This is your interview confirmation for Thursday at 10am.',
    why: 'Interview details, confirmations and reminders.',
  },
  {
    id: 'pick-a-new-time',
    labels: ['invitation'],
    lang: 'en',
    pattern:
      /(?<!no need to )\b(?:pick|choose|select|book|find|propose)\s+(?:a\s+)?new\s+(?:time|slot|date)\b|\breschedul(?:e|ing)\s+(?:your|the|our)\s+(?:interview|onsite|loop|call|meeting|assessment|session)\b/,
    weight: -4,
    example:
      "Our interviewer is out sick, so could you pick a new time for Thursday's loop using the link below?",
    why: 'An interview moved, not cancelled for good: "pick a new time", "rescheduling your interview".',
  },
  {
    id: 'es-passed-to-interview',
    labels: ['invitation'],
    lang: 'es',
    pattern:
      /(?<!\bno )\b(?:usted|tu) (?:ha|has) (?:obtenido|alcanzado) la condici[oó]n de apt[oa]\b|(?<!\bno )\b(?:has|ha) resultado apt[oa]\b/,
    weight: -4,
    firm: true,
    example: 'Usted ha obtenido la condición de APTO y pasa a la etapa de entrevista personal.',
    why: 'A results table lists others as "no apto"; the reader passed: "ha obtenido la condición de apto".',
  },
];

// A test to take. It comes after the receipt cues (receipt.ts) in the classifier's list.
export const ASSESSMENT: EmailCue[] = [
  {
    id: 'take-the-assessment',
    labels: ['assessment'],
    lang: 'en',
    pattern:
      /\b(?:complete|take|finish)\s+(?:the|an?|our|this|your)\s+(?:\w+\s+){0,2}?(?:assessment|challenge|take-home|test|exercise|questionnaire)\b|\bhackerrank\b|\bcodility\b|\bcodesignal\b/,
    weight: -2.5,
    example: 'Please complete the online assessment by Friday.',
    why: 'An assessment, challenge or take-home test to take.',
  },
];
