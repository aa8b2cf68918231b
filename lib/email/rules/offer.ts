import type { EmailCue } from './shared';

/*
 * Offers. An offer made and its paperwork count against a no even in a negated sentence (firm):
 * "you don't need to do anything before your start date" is still an offer.
 */

export const OFFER: EmailCue[] = [
  {
    id: 'pleased-to-offer',
    labels: ['offer'],
    lang: 'en',
    pattern:
      /\b(?:pleased|happy|delighted|excited|thrilled)\s+to\s+(?:extend|offer|make|present)\s+(?:you\s+)?(?:an?\s+|the\s+|our\s+)?(?:formal\s+|verbal\s+|written\s+|official\s+)?offer\b/,
    weight: -5,
    firm: true,
    example: 'We are delighted to extend you an offer for the role of Product Designer.',
    why: 'An offer made, in so many words.',
  },
  {
    id: 'offer-letter',
    labels: ['offer'],
    lang: 'en',
    pattern: /\boffer letter\b|\boffer of employment\b|\bstart date\b|\bsign(?:ed)? (?:the|your) offer\b/,
    weight: -3,
    firm: true,
    example: 'Your offer letter and start date are attached.',
    why: 'The paperwork of an offer: letter, start date, signing.',
  },
  {
    id: 'congratulations',
    labels: ['offer'],
    lang: 'en',
    pattern: /\bcongratulations\b|\bwelcome (?:to the team|aboard)\b/,
    weight: -2,
    example: 'Congratulations, and welcome to the team!',
    why: 'Good news said outright.',
  },
];
