/** Plain text from an email body that may be HTML: tags out, entities decoded, whitespace folded. */
export function plainText(body: string): string {
  let s = body;
  if (/<[a-z!/][^>]*>/i.test(s)) {
    s = s
      .replace(/<(script|style|head)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      // Block elements end sentences, so "…candidates</p><p>We…" doesn't run together.
      .replace(/<\/?(p|div|br|li|tr|td|h[1-6]|table|ul|ol|blockquote)\b[^>]*>/gi, '. ')
      .replace(/<[^>]+>/g, ' ');
  }
  return s
    .replace(/&nbsp;|&#160;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&quot;/gi, '"')
    .replace(/&#0?39;|&apos;|&rsquo;|&lsquo;|[\u2018\u2019]/gi, "'")
    .replace(/&[a-z]+;|&#\d+;/gi, ' ')
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[ \t\r\f\v]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n\n')
    .trim();
}

/** Sentences, cut at . ! ? and line breaks; short enough for per-sentence rules. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+|(?<=[.!?])(?=[A-Z])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 1);
}
