import { describe, expect, it } from 'vitest';
import { csvCell, feelingsCsv, reflectionsCsv } from '@/lib/backup/csv';
import { toMarkdown } from '@/lib/backup/markdown';
import { periodStart, trends } from '@/lib/feelings/trends';
import { makeRow } from './rows';

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['@me', "'@me"],
    [7, '7'],
    [undefined, ''],
  ])('cell %j → %s', (value, out) => {
    expect(csvCell(value)).toBe(out);
  });

  it('writes feelings and reflections with a header, oldest first', () => {
    const csv = feelingsCsv([makeRow.feelings(5), makeRow.feelings(1)], (w) => w.toUpperCase());
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('id,date,feelings,intensity,kind,note');
    expect(lines[1]).toContain('HURT,1,job-application');
    expect(csv).toContain('"Note 5: ""quoted"", with commas\nand a new line — café ✓"');
    expect(reflectionsCsv([makeRow.reflections(0)]).split('\r\n')[0]).toBe('\uFEFFid,date,prompt,text');
  });
});

describe('Markdown', () => {
  it('writes the inner file and journal for a notes app, quoting the person’s words', () => {
    const md = toMarkdown(
      {
        memories: [{ ...makeRow.memories(0), text: '# not a heading\nsecond line', pinned: 1 }],
        reflections: [makeRow.reflections(1)],
        thoughts: [makeRow.thoughts(2)],
      },
      {
        title: 'My record',
        innerFile: 'Inner file',
        journal: 'Journal',
        thoughts: 'Thought records',
        kind: (k) => k,
        people: 'People',
        tags: 'Tags',
        pinned: 'pinned',
        friendView: 'What I would tell a friend',
        reframe: 'A kinder way to see it',
        evidenceFor: 'For',
        evidenceAgainst: 'Against',
      },
    );
    expect(md).toContain('# My record');
    expect(md).toContain('### 2020-01-01 · loved · pinned');
    expect(md).toContain('> # not a heading\n> second line');
    expect(md).toContain('Tags: #tag0');
    expect(md).toContain('## Journal');
    expect(md).toContain('- two offers last year');
  });
});

describe('trends', () => {
  const now = new Date(2026, 10, 27, 12).getTime();
  it('starts weeks on Monday and months on the 1st', () => {
    expect(new Date(periodStart(now, 'week')).getDay()).toBe(1);
    expect(new Date(periodStart(now, 'month')).getDate()).toBe(1);
  });

  it('sums feelings by period, family and kind', () => {
    const day = 86_400_000;
    const f = (t: number, words: string[], intensity?: number, kind?: 'romantic') => ({
      ...makeRow.feelings(0),
      createdAt: t,
      words,
      intensity,
      kind,
    });
    const out = trends(
      [
        f(now, ['hurt'], 6, 'romantic'),
        f(now - day, ['lonely'], 3),
        f(now - 40 * day, ['my word']),
        f(now - 999 * day, ['hurt']),
      ],
      [{ ...makeRow.rejections(0), at: now, kind: 'romantic' }],
      { now, unit: 'month', count: 3 },
    );
    expect(out.periods).toHaveLength(3);
    const last = out.periods[2];
    expect(last?.count).toBe(2);
    expect(last?.intensity).toBe(4.5);
    expect(last?.families.hurt).toBe(1);
    expect(last?.families.sadness).toBe(1);
    expect(out.periods[1]?.families.own).toBe(1);
    expect(out.periods[1]?.intensity).toBeNull();
    expect(out.kinds).toEqual([{ kind: 'romantic', feelings: 1, events: 1 }]);
  });
});
