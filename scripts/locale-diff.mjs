#!/usr/bin/env node
// Compares a locale with English: prints keys missing from it and keys it has that English doesn't.
// Usage: node scripts/locale-diff.mjs [locale]   (default: es). Exits 1 if the two differ.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const locale = process.argv[2] ?? 'es';
const load = (name) =>
  JSON.parse(readFileSync(path.join(root, 'public/_locales', name, 'messages.json'), 'utf8'));

const en = load('en');
const other = load(locale);
const missing = Object.keys(en).filter((k) => !(k in other));
const extra = Object.keys(other).filter((k) => !(k in en));

for (const k of missing) console.log(`missing in ${locale}: ${k}`);
for (const k of extra) console.log(`extra in ${locale}: ${k}`);
if (missing.length || extra.length) {
  console.log(`${missing.length} missing, ${extra.length} extra (${locale} vs en)`);
  process.exit(1);
}
console.log(`${locale}: all ${Object.keys(en).length} keys match en`);
