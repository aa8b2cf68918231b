import { describe, expect, it } from 'vitest';
import { detectCrisis } from '@/lib/safety/crisis';

describe('detectCrisis', () => {
  it.each([
    'I want to kill myself',
    'sometimes I think about suicide',
    "I've been feeling suicidal since the breakup",
    'I keep wanting to hurt myself',
    'I have been cutting myself again',
    'I want to end my life',
    'I just want to end it all',
    'I want to die',
    'i wanna die lol',
    'I wish I was dead',
    'everyone would be better off without me',
    'I have no reason to live',
    "I don't want to be alive anymore",
    "I can't go on like this",
    'thinking about self-harm',
    'Thinking about taking my own life',
    'I DON’T WANT TO LIVE',
    'There is nothing to live for now',
    'i might overdose',
  ])('fires on %j', (text) => {
    expect(detectCrisis(text)).toBe(true);
  });

  it.each([
    'this job is killing me',
    'my feet are killing me after the interview',
    "I'd kill for that job",
    "I'm dying to know if they read my message",
    'I nailed it, absolutely killed it',
    'They killed the project I led',
    'I could cut ties with that friend group',
    'I felt dead inside at the meeting, then went for a walk',
    'the deadline is tomorrow',
    'I feel dismissed',
    'She hurt me when she left',
    'my hopes died when they said no',
    '',
  ])('stays quiet on %j', (text) => {
    expect(detectCrisis(text)).toBe(false);
  });

  it('finds crisis words deep inside a long selection', () => {
    const text = `${'ordinary words '.repeat(50_000)}and I want to die`;
    expect(detectCrisis(text)).toBe(true);
  });
});
