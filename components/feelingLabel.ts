import { isVocabularyWord } from '@/lib/feelings/vocabulary';
import { keyFor, t } from '@/lib/i18n';

/** A stored feeling word as the person reads it: vocabulary words localized, their own words as typed. */
export function feelingLabel(id: string): string {
  return isVocabularyWord(id) ? t(keyFor('feeling', id)) : id;
}
