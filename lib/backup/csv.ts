import type { Feeling, Reflection } from '@/lib/db/types';

/**
 * One CSV cell (RFC 4180). Text that a spreadsheet would run as a formula (=, +, -, @) gets a
 * leading apostrophe, so a note can never become a formula on the person's machine.
 */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (string | number | undefined)[][]): string {
  // CRLF per RFC 4180; a BOM so spreadsheet apps read UTF-8 accents right.
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

const iso = (t: number) => new Date(t).toISOString();

/** `label` turns a stored word id into the word the person saw. */
export function feelingsCsv(rows: readonly Feeling[], label: (id: string) => string = (w) => w): string {
  return toCsv(
    ['id', 'date', 'feelings', 'intensity', 'kind', 'note'],
    [...rows]
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((f) => [f.id, iso(f.createdAt), f.words.map(label).join('; '), f.intensity, f.kind, f.note]),
  );
}

export function reflectionsCsv(rows: readonly Reflection[]): string {
  return toCsv(
    ['id', 'date', 'prompt', 'text'],
    [...rows]
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((r) => [r.id, iso(r.createdAt), r.prompt, r.text]),
  );
}
