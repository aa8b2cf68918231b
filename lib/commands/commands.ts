/**
 * Keyboard shortcuts (manifest `commands`), declared once; the background only wires them.
 * wxt.config.ts imports this file: keep any import relative ('@/' doesn't resolve there).
 */
export const COMMANDS = {
  'reframe-selection': { key: 'Alt+Shift+R', descriptionKey: 'commandReframe' },
  'open-journal': { key: 'Alt+Shift+J', descriptionKey: 'commandJournal' },
} as const;
