import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The word models are generated from the sets in tests/fixtures/: the shipped files must be exactly
// what the training scripts make from them today (retrain after changing a set).
describe('the shipped word models', () => {
  it.each([
    ['scripts/train-crisis.mjs', 'lib/safety/crisis-model.json'],
    ['scripts/train-traps.mjs', 'lib/traps/trap-model.json'],
    ['scripts/train-email.mjs', 'lib/email/email-model.json'],
  ])('%s reproduces %s', { timeout: 180_000 }, (script, shipped) => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'model-')), 'model.json');
    execFileSync(process.execPath, [script], { env: { ...process.env, MODEL_OUT: out }, stdio: 'ignore' });
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(shipped, 'utf8'));
  });
});
