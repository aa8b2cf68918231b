import { describe, expect, it } from 'vitest';
import { EDITABLE, HISTORY_TABLES } from '@/components/options/History';
import { STARTERS } from '@/components/options/starters';
import { IMPORT_ERROR_CODES, settingsAfterImport } from '@/lib/backup/import';
import { MEMORY_KINDS, TABLE_NAMES } from '@/lib/db/types';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import messages from '../../public/_locales/en/messages.json';

// Keys the options page builds from ids at run time; a missing one would show as its raw key.
const dynamicKeys = [
  ...MEMORY_KINDS.map((k) => `options_memoryKind_${k}`),
  ...TABLE_NAMES.flatMap((n) => [`options_table_${n}`, `options_count_${n}`, `options_countOne_${n}`]),
  ...HISTORY_TABLES.flatMap((n) => (EDITABLE[n] as string[]).map((f) => `options_field_${n}_${f}`)),
  ...[...IMPORT_ERROR_CODES, 'unknown', 'write'].map((c) => `backup_error_${c}`),
  ...['system', 'light', 'dark'].map((th) => `options_theme_${th}`),
  ...STARTERS.map((s) => s.key),
];

describe('options page messages', () => {
  it.each(dynamicKeys)('%s exists', (key) => {
    expect(messages).toHaveProperty([key, 'message']);
  });
});

describe('settings after an import', () => {
  it('takes the file’s settings but leaves permission-gated features as they are here', () => {
    const here = { ...DEFAULT_SETTINGS, emailNoticing: false, jobBoardPrompt: false };
    const file = {
      ...DEFAULT_SETTINGS,
      theme: 'dark' as const,
      emailNoticing: true,
      jobBoardPrompt: true,
      jobBoardDays: 14,
    };
    expect(settingsAfterImport(here, file)).toEqual({ ...file, emailNoticing: false, jobBoardPrompt: false });
  });
});
