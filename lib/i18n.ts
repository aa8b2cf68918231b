import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';
import { inForm, type SpanishForm } from './i18n-forms';

export type MessageKey = keyof typeof en;

let form: SpanishForm = 'both';

/** The form Spanish words about the person take (from the settings; pages set it on load). */
export function setSpanishForm(next: SpanishForm): void {
  form = next;
}

/** Every UI string comes through here, so each has a key in public/_locales. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  // Dynamic keys (built from ids) are checked by the i18n key test.
  const text =
    (browser.i18n.getMessage as (k: string, s?: string | string[]) => string)(key, substitutions) || key;
  // The form's own labels show both forms as examples, whatever is chosen.
  return form === 'both' || key.startsWith('settings_spanishForm') ? text : inForm(text, form);
}

/** Message key for a dynamic id such as a feeling word or a rejection kind. */
export function keyFor(prefix: string, id: string): MessageKey {
  return `${prefix}_${id.replace(/[^A-Za-z0-9]/g, '_')}` as MessageKey;
}

export { uiLanguage } from './ui-language';
