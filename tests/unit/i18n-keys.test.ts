import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { EDITABLE, HISTORY_TABLES } from '@/components/options/historyRows';
import { STARTERS } from '@/components/options/starters';
import { IMPORT_ERROR_CODES } from '@/lib/backup/import';
import { MEMORY_KINDS, REJECTION_KINDS, TABLE_NAMES, TRAP_IDS } from '@/lib/db/types';
import { FAMILY_IDS, FEELING_WORDS } from '@/lib/feelings/vocabulary';
import { keyFor } from '@/lib/i18n';
import { SPANISH_FORMS } from '@/lib/i18n-forms';
import { PROMPTS, promptKey } from '@/lib/newtab/prompts';
import { SUGGESTIONS, suggestionKey } from '@/lib/newtab/steps';
import en from '../../public/_locales/en/messages.json';

const ROOT = path.resolve(__dirname, '../..');
const SOURCE_DIRS = ['entrypoints', 'components', 'lib'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(tsx?|html)$/.test(name) ? [p] : [];
  });
}
const sources = SOURCE_DIRS.flatMap((d) => files(path.join(ROOT, d))).map((p) => ({
  path: path.relative(ROOT, p),
  text: readFileSync(p, 'utf8'),
}));
const keys = Object.keys(en);
/** Attributes a person reads or hears; their text must come from messages.json. */
const READ_ALOUD = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'placeholder',
  'title',
  'alt',
  'label',
]);
const messages = en as Record<string, { message: string; placeholders?: Record<string, unknown> }>;

/** Keys built at run time from id lists (`keyFor(prefix, id)` and the like). */
const DYNAMIC: Record<string, readonly string[]> = {
  feeling: FEELING_WORDS,
  family: FAMILY_IDS,
  kind: REJECTION_KINDS,
};
const dynamicKeys: string[] = [
  ...Object.entries(DYNAMIC).flatMap(([prefix, ids]) => ids.map((id) => keyFor(prefix, id))),
  ...TRAP_IDS.flatMap((id) => ['', '_what', '_q1', '_q2'].map((part) => `${keyFor('trap', id)}${part}`)),
  ...PROMPTS.map((p) => promptKey(p.id)),
  ...SUGGESTIONS.map((s) => suggestionKey(s.id)),
  // The options page.
  ...MEMORY_KINDS.map((k) => keyFor('options_memoryKind', k)),
  ...TABLE_NAMES.flatMap((n) =>
    ['options_table', 'options_count', 'options_countOne'].map((p) => keyFor(p, n)),
  ),
  ...HISTORY_TABLES.flatMap((n) => (EDITABLE[n] as string[]).map((f) => `options_field_${n}_${f}`)),
  ...[...IMPORT_ERROR_CODES, 'unknown', 'write'].map((c) => `backup_error_${c}`),
  ...['system', 'light', 'dark'].map((th) => `options_theme_${th}`),
  ...SPANISH_FORMS.map((f) => `settings_spanishForm_${f}`),
  ...STARTERS.map((s) => s.key),
];

describe('UI strings (public/_locales/en/messages.json)', () => {
  it('has every key the code asks for with t()', () => {
    const used = sources.flatMap((s) => [...s.text.matchAll(/\bt\(\s*'([A-Za-z0-9_@]+)'/g)].map((m) => m[1]));
    expect(used.filter((k) => k && !keys.includes(k))).toEqual([]);
  });

  it('has a message for every id shown through keyFor()', () => {
    expect(dynamicKeys.filter((k) => !keys.includes(k))).toEqual([]);
  });

  it('has no unused key', () => {
    const all =
      sources.map((s) => s.text).join('\n') + readFileSync(path.join(ROOT, 'wxt.config.ts'), 'utf8');
    const unused = keys.filter(
      (k) => !dynamicKeys.includes(k) && !all.includes(`'${k}'`) && !all.includes(`__MSG_${k}__`),
    );
    expect(unused).toEqual([]);
  });

  it('keeps keys sorted, so parallel work merges cleanly', () => {
    expect(keys).toEqual([...keys].sort());
  });

  it('declares every placeholder a message names', () => {
    const wrong = keys.filter((key) => {
      const m = messages[key];
      const named = [...(m?.message ?? '').matchAll(/\$([A-Za-z_]+)\$/g)].map((x) => x[1]?.toLowerCase());
      return (
        Object.keys(m?.placeholders ?? {})
          .sort()
          .join() !== [...new Set(named)].sort().join()
      );
    });
    expect(wrong).toEqual([]);
  });

  it('components and pages have no hard-coded words in JSX text or read-aloud attributes', () => {
    const offenders: string[] = [];
    for (const s of sources.filter((f) => f.path.endsWith('.tsx'))) {
      const file = ts.createSourceFile(s.path, s.text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
      const visit = (node: ts.Node) => {
        const where = () => `${s.path}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        if (ts.isJsxText(node) && /\p{L}{2,}/u.test(node.text))
          offenders.push(`${where()}: ${node.text.trim()}`);
        if (
          ts.isJsxAttribute(node) &&
          READ_ALOUD.has(node.name.getText()) &&
          node.initializer &&
          ts.isStringLiteral(node.initializer) &&
          /\p{L}{2,}/u.test(node.initializer.text)
        ) {
          offenders.push(`${where()}: ${node.getText()}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
    }
    expect(offenders).toEqual([]);
  });
});

describe('other locales', () => {
  const locales = readdirSync(path.join(ROOT, 'public/_locales')).filter((l) => l !== 'en');

  it('include a full Spanish translation', () => {
    expect(locales).toContain('es');
  });

  it.each(locales)('%s has every English key, no others, and the same placeholders', (locale) => {
    const other = JSON.parse(
      readFileSync(path.join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8'),
    ) as typeof messages;
    expect(Object.keys(other)).toEqual(keys);
    const wrong = keys.filter((key) => {
      const names = (m: string) => [...new Set(m.match(/\$[A-Za-z_]+\$/g) ?? [])].sort().join();
      return (
        names(other[key]?.message ?? '') !== names(messages[key]?.message ?? '') ||
        JSON.stringify(other[key]?.placeholders) !== JSON.stringify(messages[key]?.placeholders)
      );
    });
    expect(wrong).toEqual([]);
  });

  it('keeps the store description within 132 characters in every locale', () => {
    for (const locale of ['en', ...locales]) {
      const m = JSON.parse(readFileSync(path.join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8'));
      expect(m.extDescription.message.length, locale).toBeLessThanOrEqual(132);
    }
  });
});
