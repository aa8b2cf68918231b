import { describe, expect, it } from 'vitest';
import { crisisCheckLoaded, detectCrisis } from '@/lib/safety/crisis';

// Before the full check loads (a page's first render), direct words already bring resources up.
describe('detectCrisis before the full check loads', () => {
  it.each([
    'I want to kill myself',
    'sometimes I think about suicide',
    'I want to end my life',
    'i wanna die',
    'everyone would be better off without me',
    "I don't want to be alive anymore",
    'thinking about self-harm',
  ])('fires on %j', (text) => {
    expect(crisisCheckLoaded()).toBe(false);
    expect(detectCrisis(text)).toBe(true);
  });

  it.each(['this job is killing me', "I'm going to die alone", 'overdosed on ice cream tonight', ''])(
    'stays quiet on %j',
    (text) => {
      expect(detectCrisis(text)).toBe(false);
    },
  );
});
