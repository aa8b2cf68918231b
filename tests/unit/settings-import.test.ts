import { describe, expect, it } from 'vitest';
import { settingsAfterImport } from '@/lib/backup/import';
import { DEFAULT_SETTINGS } from '@/lib/settings';

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
