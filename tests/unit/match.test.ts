import { describe, expect, it } from 'vitest';
import { editDistance, matchFeelings, scoreMatch } from '@/lib/feelings/match';
import { FEELING_FAMILIES, FEELING_WORDS, familyOf } from '@/lib/feelings/vocabulary';

const candidates = FEELING_WORDS.map((id) => ({ id, label: id.replace(/-/g, ' ') }));
const top = (q: string) => matchFeelings(q, candidates)[0]?.id;

describe('feeling vocabulary', () => {
  it('holds at least 60 distinct words in families', () => {
    expect(new Set(FEELING_WORDS).size).toBe(FEELING_WORDS.length);
    expect(FEELING_WORDS.length).toBeGreaterThanOrEqual(60);
    expect(Object.keys(FEELING_FAMILIES).length).toBeGreaterThanOrEqual(6);
  });
  it.each([
    'dismissed',
    'unwanted',
    'rejected',
    'hurt',
    'ashamed',
    'embarrassed',
    'betrayed',
    'abandoned',
    'invisible',
    'lonely',
    'jealous',
    'angry',
    'resentful',
    'confused',
    'numb',
    'anxious',
    'exposed',
    'humiliated',
    'grieving',
    'disappointed',
    'relieved',
    'hopeful',
  ])('includes %s', (word) => {
    expect(familyOf(word)).toBeDefined();
  });
});

describe('matchFeelings', () => {
  it.each([
    ['dism', 'dismissed'],
    ['DISM', 'dismissed'],
    ['dsim', 'dismissed'],
    ['rejcted', 'rejected'],
    ['embarased', 'embarrassed'],
    ['humilated', 'humiliated'],
    ['lonley', 'lonely'],
    ['out', 'left-out'],
    ['heartbrok', 'heartbroken'],
    ['abandonned', 'abandoned'],
    ['betraid', 'betrayed'],
    ['ghost', 'ghosted'],
    ['not good', 'not-good-enough'],
  ])('%j → %s', (query, expected) => {
    expect(top(query)).toBe(expected);
  });

  it.each(['', '   ', 'zzzz', 'qx'])('offers nothing for %j', (query) => {
    expect(matchFeelings(query, candidates)).toEqual([]);
  });

  it('ranks prefix matches above typo matches', () => {
    expect(scoreMatch('hur', 'hurt')).toBeLessThan(scoreMatch('hur', 'her'));
  });

  it('caps the edit distance', () => {
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('ab', 'ba', 1)).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});
