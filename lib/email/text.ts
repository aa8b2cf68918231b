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

/**
 * Drops quoted replies ("> …", "On … wrote:", "El …, 3 jun …, escribió:", "Mensaje original") and
 * English forwarded history: only this message counts.
 */
export function ownText(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    if (/^\s*>/.test(line)) continue;
    if (
      // Gmail's Spanish header carries a date: "El mar, 3 jun 2025 a las 10:14, Ana escribió:".
      /^\s*(?:on .{4,120} wrote|el .{0,60}\d.{0,80} escribi[oó]):\s*$/i.test(line) ||
      /^-{2,}\s*(?:original message|forwarded message|mensaje original)/i.test(line)
    )
      break;
    out.push(line);
  }
  return out.join('\n');
}
