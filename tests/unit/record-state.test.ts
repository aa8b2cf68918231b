import { describe, expect, it } from 'vitest';
import type { TrapId } from '@/lib/db/types';
import { LIMITS } from '@/lib/limits';
import {
  BELIEF_START,
  crisisField,
  initialState,
  MAX_WORDS,
  type RecordAction,
  type RecordState,
  reducer,
  type Start,
  toThought,
  trapView,
} from '@/lib/reframe/record-state';
import type { RankedTrap, TrapOffers } from '@/lib/traps/offers';

const START: Start = { text: 'Nobody will ever hire me.', cut: true, crisis: true };
const loaded = (patch: Partial<RecordState> = {}): RecordState => ({ ...initialState(START), ...patch });

/** A record with every field filled in, as after a full walk through the steps. */
const FULL = loaded({
  beliefBefore: 80,
  beliefAfter: 30,
  words: ['hurt', 'dismissed'],
  kind: 'job-application',
  choices: { overgeneralizing: 'confirmed', labeling: 'dismissed' },
  evidenceFor: ['Three noes'],
  evidenceAgainst: ['Two interviews'],
  friendAnswer: 'Keep going.',
  reframe: 'I have skills.',
  savedId: 'rec-1',
  status: 'Saved.',
});

describe('initialState', () => {
  it('starts with the hand-off text and the default ratings', () => {
    expect(initialState(START)).toEqual({
      start: START,
      text: START.text,
      beliefBefore: BELIEF_START,
      words: [],
      choices: {},
      evidenceFor: [],
      evidenceAgainst: [],
      friendAnswer: '',
      reframe: '',
      status: '',
    });
  });

  it('is still loading without a start', () => {
    expect(initialState()).toMatchObject({ start: undefined, text: '' });
  });
});

describe('reducer: each action', () => {
  it.each<[string, Partial<RecordState>, RecordAction, Partial<RecordState>]>([
    ['started', {}, { type: 'started', start: START }, { start: START, text: START.text }],
    ['setText', {}, { type: 'setText', text: 'I failed' }, { text: 'I failed' }],
    ['setBeliefBefore', {}, { type: 'setBeliefBefore', value: 40 }, { beliefBefore: 40 }],
    ['setBeliefAfter', {}, { type: 'setBeliefAfter', value: 25 }, { beliefAfter: 25 }],
    ['addWord', { words: ['hurt'] }, { type: 'addWord', word: 'sad' }, { words: ['hurt', 'sad'] }],
    ['addWord, already there', { words: ['hurt'] }, { type: 'addWord', word: 'hurt' }, { words: ['hurt'] }],
    [
      'addWord, past the cap',
      { words: ['a', 'b', 'c', 'd'] },
      { type: 'addWord', word: 'e' },
      { words: ['a', 'b', 'c', 'd'] },
    ],
    ['removeWord', { words: ['hurt', 'sad'] }, { type: 'removeWord', word: 'hurt' }, { words: ['sad'] }],
    ['setKind', {}, { type: 'setKind', kind: 'romantic' }, { kind: 'romantic' }],
    ['setKind, cleared', { kind: 'romantic' }, { type: 'setKind', kind: undefined }, { kind: undefined }],
    [
      'choose, confirmed',
      {},
      { type: 'choose', trap: 'labeling', choice: 'confirmed' },
      { choices: { labeling: 'confirmed' } },
    ],
    [
      'choose, dismissed beside another choice',
      { choices: { labeling: 'confirmed' } },
      { type: 'choose', trap: 'blaming', choice: 'dismissed' },
      { choices: { labeling: 'confirmed', blaming: 'dismissed' } },
    ],
    [
      'choose, undone',
      { choices: { labeling: 'confirmed' } },
      { type: 'choose', trap: 'labeling', choice: undefined },
      { choices: { labeling: undefined } },
    ],
    [
      'addEvidence for',
      { evidenceFor: ['a'] },
      { type: 'addEvidence', side: 'for', item: 'b' },
      { evidenceFor: ['a', 'b'], evidenceAgainst: [] },
    ],
    [
      'addEvidence against',
      { evidenceAgainst: ['a'] },
      { type: 'addEvidence', side: 'against', item: 'b' },
      { evidenceFor: [], evidenceAgainst: ['a', 'b'] },
    ],
    [
      'removeEvidence, by place so repeats stay',
      { evidenceFor: ['x', 'y', 'x'] },
      { type: 'removeEvidence', side: 'for', index: 2 },
      { evidenceFor: ['x', 'y'] },
    ],
    [
      'removeEvidence against',
      { evidenceAgainst: ['x', 'y'] },
      { type: 'removeEvidence', side: 'against', index: 0 },
      { evidenceAgainst: ['y'] },
    ],
    ['setFriendAnswer', {}, { type: 'setFriendAnswer', text: 'Keep going' }, { friendAnswer: 'Keep going' }],
    ['setReframe', {}, { type: 'setReframe', text: 'One no' }, { reframe: 'One no' }],
    ['addStarter, empty', {}, { type: 'addStarter', starter: 'One no… ' }, { reframe: 'One no… ' }],
    [
      'addStarter, only spaces',
      { reframe: '  ' },
      { type: 'addStarter', starter: 'One no ' },
      { reframe: 'One no ' },
    ],
    [
      'addStarter, after words',
      { reframe: 'It hurts.  \n' },
      { type: 'addStarter', starter: 'One no ' },
      { reframe: 'It hurts. One no ' },
    ],
    ['saved', {}, { type: 'saved', id: 'rec-1' }, { savedId: 'rec-1' }],
    ['status', {}, { type: 'status', status: 'Saved.' }, { status: 'Saved.' }],
  ])('%s', (_, before, action, after) => {
    const state = loaded(before);
    const frozen = structuredClone(state);
    expect(reducer(state, action)).toEqual({ ...state, ...after });
    // Pure: the state it was given is left as it was.
    expect(state).toEqual(frozen);
  });

  it('returns the same state when a word is picked twice, so the picker keeps its list', () => {
    const state = loaded({ words: ['hurt'] });
    expect(reducer(state, { type: 'addWord', word: 'hurt' })).toBe(state);
  });

  it.each([
    ['words', MAX_WORDS, (s: RecordState) => reducer(s, { type: 'addWord', word: `w${s.words.length}` })],
    [
      'evidence',
      LIMITS.evidenceItems,
      (s: RecordState) => reducer(s, { type: 'addEvidence', side: 'for', item: 'x' }),
    ],
  ])('keeps at most the %s a record stores (%i)', (_, max, add) => {
    let state = loaded();
    for (let i = 0; i < max + 3; i++) state = add(state);
    expect(state.words.length + state.evidenceFor.length).toBe(max);
  });
});

describe('reducer: reset', () => {
  it('clears every field, and the hand-off note and crisis flag with the text', () => {
    expect(reducer(FULL, { type: 'reset' })).toEqual(initialState({ text: '', cut: false, crisis: false }));
  });

  it.each<[string, RecordState]>([
    ['after the page has loaded', FULL],
    ['before the hand-off was read', initialState()],
  ])('keeps the page loaded or loading as it was: %s', (_, state) => {
    expect(reducer(state, { type: 'reset' }).start === undefined).toBe(state.start === undefined);
  });
});

const ranked = (trap: TrapId, spans: RankedTrap['spans'] = []): RankedTrap => ({ trap, score: 0.5, spans });
const offers = (shown: RankedTrap[], maybe: RankedTrap[] = [], lang: TrapOffers['lang'] = 'en') => ({
  lang,
  shown,
  maybe,
  ranked: [...shown, ...maybe],
});
const SPAN_A = { start: 0, end: 6 };
const SPAN_B = { start: 10, end: 14 };

describe('trapView', () => {
  it.each<[string, TrapOffers, RecordState['choices'], Partial<ReturnType<typeof trapView>>]>([
    [
      'marks the likely traps and starts the starters from them',
      offers([ranked('overgeneralizing', [SPAN_A]), ranked('fortune-telling', [SPAN_B])]),
      {},
      { spans: [SPAN_A, SPAN_B], inPlay: ['overgeneralizing', 'fortune-telling'], confirmed: [], added: [] },
    ],
    [
      'drops a dismissed trap from the marks and the starters',
      offers([ranked('overgeneralizing', [SPAN_A]), ranked('fortune-telling', [SPAN_B])]),
      { overgeneralizing: 'dismissed' },
      { spans: [SPAN_B], inPlay: ['fortune-telling'] },
    ],
    [
      'confirmed traps come first, in the full list order',
      offers([ranked('overgeneralizing')]),
      { blaming: 'confirmed', labeling: 'confirmed' },
      { confirmed: ['labeling', 'blaming'], inPlay: ['labeling', 'blaming', 'overgeneralizing'] },
    ],
    [
      'a maybe counts only once kept, and is never marked',
      offers([], [ranked('should-statements', [SPAN_A]), ranked('labeling')]),
      { 'should-statements': 'confirmed' },
      { spans: [], inPlay: ['should-statements'], added: [] },
    ],
    [
      'a trap kept from the full list, not offered, is added',
      offers([ranked('overgeneralizing')], [ranked('labeling')]),
      { 'mind-reading': 'confirmed', overgeneralizing: 'confirmed', labeling: 'confirmed' },
      { added: ['mind-reading'] },
    ],
    ['a language it does not read', offers([], [], 'other'), {}, { unread: true, hits: [], maybe: [] }],
  ])('%s', (_, o, choices, expected) => {
    expect(trapView('Nobody will ever hire me.', o, choices)).toMatchObject(expected);
  });

  it.each([
    ['en', 'I failed', false],
    ['other', 'Je suis nul', true],
    ['other', '   ', false],
  ] as const)('unread for lang %s and %j: %s', (lang, text, unread) => {
    expect(trapView(text, offers([], [], lang), {}).unread).toBe(unread);
  });
});

const RISK = 'RISK';
const detect = (text: string) => text.includes(RISK);

describe('crisisField', () => {
  it.each<[string, Partial<RecordState>, ReturnType<typeof crisisField>]>([
    ['nothing', {}, undefined],
    ['the hand-off flagged the full selection', { start: { ...START, crisis: true } }, 'text'],
    ['the thought', { text: `I ${RISK}` }, 'text'],
    ['a feeling word', { words: ['hurt', RISK] }, 'text'],
    ['evidence for', { evidenceFor: [RISK] }, 'evidence'],
    ['evidence against', { evidenceAgainst: ['x', RISK] }, 'evidence'],
    ['the friend answer', { friendAnswer: RISK }, 'friend'],
    ['the reframe', { reframe: RISK }, 'reframe'],
    ['the first field wins', { evidenceFor: [RISK], friendAnswer: RISK, reframe: RISK }, 'evidence'],
    ['the thought before the rest', { text: RISK, reframe: RISK }, 'text'],
  ])('%s', (_, patch, field) => {
    expect(
      crisisField(loaded({ start: { ...START, crisis: false }, text: 'I failed', ...patch }), detect),
    ).toBe(field);
  });
});

describe('toThought', () => {
  it('stores every field, with only the confirmed traps in the full list order', () => {
    expect(toThought(FULL)).toEqual({
      text: START.text,
      beliefBefore: 80,
      beliefAfter: 30,
      traps: ['overgeneralizing'],
      words: ['hurt', 'dismissed'],
      kind: 'job-application',
      evidenceFor: ['Three noes'],
      evidenceAgainst: ['Two interviews'],
      friendView: 'Keep going.',
      reframe: 'I have skills.',
    });
  });

  it.each<[string, number | undefined, string, number | undefined]>([
    ['the second slider was moved', 30, '', 30],
    ['moved, with a reframe', 30, 'I have skills.', 30],
    ['not moved, with a reframe: the first rating counts', undefined, 'I have skills.', 80],
    ['not moved, no reframe', undefined, '', undefined],
    ['not moved, a reframe of spaces', undefined, '   ', undefined],
  ])('belief after: %s', (_, beliefAfter, reframe, stored) => {
    expect(toThought(loaded({ beliefBefore: 80, beliefAfter, reframe })).beliefAfter).toBe(stored);
  });
});
