import { onCheckInAlarm } from './checkin/background';
import { onCommand } from './commands/background';
import { onMenuClick } from './menus/background';

declare global {
  interface ImportMetaEnv {
    /** True only in e2e builds (REDIRECTION_TEST_HOOKS=1, see wxt.config.ts); false when shipped. */
    readonly REDIRECTION_TEST_HOOKS: boolean;
  }
}

/**
 * Paths the e2e tests drive in the background as a person would, but can't from a test: a
 * context-menu click, a key press, the daily alarm at its time of day.
 */
const hooks = {
  redirectionMenuClick: onMenuClick,
  redirectionCommand: onCommand,
  redirectionCheckIn: () => onCheckInAlarm(),
};

export type TestHooks = typeof hooks;

/**
 * Call only behind `if (import.meta.env.REDIRECTION_TEST_HOOKS)`, so the shipped build drops this
 * module (tests/e2e/manifest.e2e.ts checks its background.js for these names).
 */
export function exposeTestHooks(): void {
  Object.assign(globalThis, hooks);
}
