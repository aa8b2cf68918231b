import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main, TASKS } from '@/lib/cli/classify';

describe('classify traps (DESIGN.md CLI)', () => {
  it('maps { id, text } to { id, traps }', () => {
    expect(TASKS.traps?.({ id: 'a', text: 'Nobody will ever hire me.' })).toEqual({
      id: 'a',
      traps: expect.arrayContaining(['overgeneralizing', 'fortune-telling']),
    });
    expect(TASKS.traps?.({ id: 7, text: "I didn't get the job." })).toEqual({ id: 7, traps: [] });
    expect(TASKS.traps?.({ id: 'no-text' })).toEqual({ id: 'no-text', traps: [] });
  });

  it('reads JSON Lines and writes one line per item', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const chunks: string[] = [];
    output.on('data', (c) => chunks.push(String(c)));
    input.end(
      `${JSON.stringify({ id: 1, text: "I'm a failure." })}\n\n${JSON.stringify({ id: 2, text: 'I feel sad.' })}\n`,
    );
    expect(await main(['traps'], input, output)).toBe(0);
    const lines = chunks
      .join('')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { id: 1, traps: ['labeling'] },
      { id: 2, traps: [] },
    ]);
  });
});
