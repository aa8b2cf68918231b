/**
 * The popup's and the new tab's page module is named in their HTML with this type, which the
 * browser neither fetches nor runs (wxt.config.ts, firstPaintHtml); the boot script starts it,
 * after a painted snapshot has had a frame on screen, or at once when there is none.
 */
export const PAGE_MODULE_TYPE = 'text/x-redirection-page-module';

export function startPageModule(doc: Document): void {
  const named = doc.querySelector(`script[type="${PAGE_MODULE_TYPE}"][src]`);
  const src = named?.getAttribute('src');
  if (!src) return;
  const script = doc.createElement('script');
  script.type = 'module';
  script.crossOrigin = '';
  script.src = src;
  doc.head.append(script);
}
