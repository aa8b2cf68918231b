/**
 * The UI language as a BCP 47 tag, for `<html lang>`. Without the browser polyfill, so the boot
 * scripts stay small (Chrome's `chrome`, Firefox's `browser`: the same call).
 */
export function uiLanguage(): string {
  type I18n = { i18n?: { getUILanguage?: () => string } };
  const g = globalThis as { browser?: I18n; chrome?: I18n };
  return ((g.browser ?? g.chrome)?.i18n?.getUILanguage?.() || 'en').replace('_', '-');
}
