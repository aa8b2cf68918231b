/**
 * A pseudo-locale for layout testing: every message accented and about 40% longer, with its
 * placeholders intact, so a build with it shows where longer translations would break a layout.
 */
const ACCENTS: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ö',
  u: 'ü',
  c: 'ç',
  n: 'ñ',
  y: 'ý',
  A: 'Á',
  E: 'É',
  I: 'Í',
  O: 'Ö',
  U: 'Ü',
  C: 'Ç',
  N: 'Ñ',
  Y: 'Ý',
};

export function pseudoLocalize(message: string): string {
  // Placeholders ($WORD$, $1) and Chrome's $$ escape pass through untouched.
  const parts = message.split(/(\$[A-Za-z0-9_]+\$|\$\d|\$\$)/);
  const accented = parts
    .map((p, i) => (i % 2 ? p : p.replace(/[A-Za-z]/g, (ch) => ACCENTS[ch] ?? ch)))
    .join('');
  const pad = Math.ceil(message.length * 0.4);
  // Padding as words, so lines can still wrap where real translations would.
  const filler = Array.from({ length: pad }, (_, i) => (i % 6 === 5 ? ' ' : '~'))
    .join('')
    .trimEnd();
  return `⟦${accented}${filler ? ` ${filler}` : ''}⟧`;
}

type Messages = Record<string, { message: string; placeholders?: unknown; description?: string }>;

export function pseudoMessages(messages: Messages): Messages {
  return Object.fromEntries(
    Object.entries(messages).map(([key, m]) => [
      key,
      // The extension's name stays readable in browser menus.
      { ...m, message: key === 'extName' ? m.message : pseudoLocalize(m.message) },
    ]),
  );
}
