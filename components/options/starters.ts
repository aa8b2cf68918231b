import type { MemoryKind } from '@/lib/db/types';
import type { MessageKey } from '@/lib/i18n';

/** First-entry nudges, in our own words; each suggests what the moment might show. */
export const STARTERS: { key: MessageKey; kinds: MemoryKind[] }[] = [
  { key: 'options_starterThanked', kinds: ['loved'] },
  { key: 'options_starterFinished', kinds: ['proud'] },
  { key: 'options_starterShowedUp', kinds: ['loved'] },
  { key: 'options_starterLearned', kinds: ['capable'] },
  { key: 'options_starterSolved', kinds: ['capable'] },
  { key: 'options_starterStoodUp', kinds: ['proud'] },
  { key: 'options_starterChosen', kinds: ['loved'] },
  { key: 'options_starterKindness', kinds: ['proud'] },
];
