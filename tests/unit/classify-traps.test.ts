import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main, TASKS } from '@/lib/cli/classify';
import { TRAP_IDS } from '@/lib/db/types';

// docs/ARCHITECTURE.md, "Classifier CLI": `traps` (shown as likely), `maybe`, every trap ranked.
describe('classify traps', () => {
  it('maps { id, text } to the traps shown, the maybes, and every trap ranked', () => {
    const out = TASKS.traps?.({ id: 'a', text: 'Nobody will ever hire me.' }) as {
      traps: string[];
      maybe: string[];
      ranked: { trap: string; score: number }[];
      lang: string;
    };
    expect(out).toMatchObject({ id: 'a', lang: 'en' });
    expect(out.traps).toEqual(expect.arrayContaining(['overgeneralizing', 'fortune-telling']));
    expect(out.ranked.map((r) => r.trap).sort()).toEqual([...TRAP_IDS].sort());
    expect(out.ranked.slice(0, out.traps.length).map((r) => r.trap)).toEqual(out.traps);
    expect(TASKS.traps?.({ id: 'no-text' })).toEqual({
      id: 'no-text',
      traps: [],
      maybe: [],
      ranked: [],
      lang: 'en',
    });
  });

  it('reads JSON Lines and writes one line per item', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const chunks: string[] = [];
    output.on('data', (c) => chunks.push(String(c)));
    input.end(
      `${JSON.stringify({ id: 1, text: "I'm a failure." })}\n\n${JSON.stringify({ id: 2, text: 'Je suis triste.' })}\n`,
    );
    expect(await main(['traps'], input, output)).toBe(0);
    const lines = chunks
      .join('')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ id: 1, lang: 'en' });
    expect(lines[0].traps).toContain('labeling');
    expect(lines[1]).toEqual({ id: 2, traps: [], maybe: [], ranked: [], lang: 'other' });
  });
});
