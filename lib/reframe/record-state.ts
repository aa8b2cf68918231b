import type { NewThought } from '../db/thoughts';
import { type RejectionKind, TRAP_IDS, type TrapId } from '../db/types';
import { LIMITS } from '../limits';
import type { Span } from '../traps/detect';
import type { RankedTrap, TrapOffers } from '../traps/offers';

/** What the page opened with: the context menu's hand-off, or `?text=`. */
export interface Start {
  text: string;
  /** The selection was longer than the hand-off carries, and was cut. */
  cut: boolean;
  /** Crisis language anywhere in the full selection, including a part that was cut. */
  crisis: boolean;
}

export type TrapChoice = 'confirmed' | 'dismissed' | undefined;
export type EvidenceSide = 'for' | 'against';

export interface RecordState {
  /** Undefined until the hand-off has been read; the page shows "Loading" until then. */
  start?: Start;
  text: string;
  beliefBefore: number;
  /** Undefined until the second slider is moved: it shows beliefBefore until then. */
  beliefAfter?: number;
  words: string[];
  kind?: RejectionKind;
  choices: Partial<Record<TrapId, TrapChoice>>;
  evidenceFor: string[];
  evidenceAgainst: string[];
  friendAnswer: string;
  reframe: string;
  /** Set by the first save, so later saves update that record instead of adding another. */
  savedId?: string;
  status: string;
}

export type RecordAction =
  | { type: 'started'; start: Start }
  | { type: 'setText'; text: string }
  | { type: 'setBeliefBefore'; value: number }
  | { type: 'setBeliefAfter'; value: number }
  | { type: 'addWord'; word: string }
  | { type: 'removeWord'; word: string }
  | { type: 'setKind'; kind: RejectionKind | undefined }
  | { type: 'choose'; trap: TrapId; choice: TrapChoice }
  | { type: 'addEvidence'; side: EvidenceSide; item: string }
  | { type: 'removeEvidence'; side: EvidenceSide; index: number }
  | { type: 'setFriendAnswer'; text: string }
  | { type: 'setReframe'; text: string }
  | { type: 'addStarter'; starter: string }
  | { type: 'saved'; id: string }
  | { type: 'status'; status: string }
  | { type: 'reset' };

export const BELIEF_START = 70;
/** As many feeling words as a record keeps; the picker ignores more. */
export const MAX_WORDS = 4;
const NO_START: Start = { text: '', cut: false, crisis: false };

export function initialState(start?: Start): RecordState {
  return {
    start,
    text: start?.text ?? '',
    beliefBefore: BELIEF_START,
    words: [],
    choices: {},
    evidenceFor: [],
    evidenceAgainst: [],
    friendAnswer: '',
    reframe: '',
    status: '',
  };
}

const evidenceKey = (side: EvidenceSide) => (side === 'for' ? 'evidenceFor' : 'evidenceAgainst');

export function reducer(state: RecordState, action: RecordAction): RecordState {
  switch (action.type) {
    case 'started':
      return { ...state, start: action.start, text: action.start.text };
    case 'setText':
      return { ...state, text: action.text };
    case 'setBeliefBefore':
      return { ...state, beliefBefore: action.value };
    case 'setBeliefAfter':
      return { ...state, beliefAfter: action.value };
    case 'addWord':
      if (state.words.includes(action.word)) return state;
      return { ...state, words: [...state.words, action.word].slice(0, MAX_WORDS) };
    case 'removeWord':
      return { ...state, words: state.words.filter((w) => w !== action.word) };
    case 'setKind':
      return { ...state, kind: action.kind };
    case 'choose':
      return { ...state, choices: { ...state.choices, [action.trap]: action.choice } };
    case 'addEvidence': {
      const key = evidenceKey(action.side);
      return { ...state, [key]: [...state[key], action.item].slice(0, LIMITS.evidenceItems) };
    }
    case 'removeEvidence': {
      const key = evidenceKey(action.side);
      return { ...state, [key]: state[key].filter((_, i) => i !== action.index) };
    }
    case 'setFriendAnswer':
      return { ...state, friendAnswer: action.text };
    case 'setReframe':
      return { ...state, reframe: action.text };
    case 'addStarter': {
      const r = state.reframe;
      return { ...state, reframe: r.trim() ? `${r.trimEnd()} ${action.starter}` : action.starter };
    }
    case 'saved':
      return { ...state, savedId: action.id };
    case 'status':
      return { ...state, status: action.status };
    case 'reset':
      // The page stays loaded, but the hand-off's cut note and crisis flag belonged to its text.
      return initialState(state.start && NO_START);
  }
}

/** The traps to show, from the offers and the person's choices. */
export interface TrapView {
  /** Offered as likely. */
  hits: RankedTrap[];
  /** Offered quietly below the likely ones. */
  maybe: RankedTrap[];
  /** The text is in a language trap spotting doesn't read: say so, and open the full list. */
  unread: boolean;
  /** Kept from the full list, though not offered. */
  added: TrapId[];
  confirmed: TrapId[];
  /** Words to mark in the thought: those of the likely traps not dismissed. */
  spans: Span[];
  /** Confirmed, then likely and not dismissed, then kept maybes: what the starters answer. */
  inPlay: TrapId[];
}

export function trapView(text: string, offers: TrapOffers, choices: RecordState['choices']): TrapView {
  const hits = offers.shown;
  const maybe = offers.maybe;
  const detected = new Set([...hits, ...maybe].map((h) => h.trap));
  const confirmed = TRAP_IDS.filter((id) => choices[id] === 'confirmed');
  const added = confirmed.filter((id) => !detected.has(id));
  const offered = hits.filter((h) => choices[h.trap] !== 'dismissed');
  // A "maybe" counts once the person keeps it.
  const keptMaybe = maybe.filter((h) => choices[h.trap] === 'confirmed');
  return {
    hits,
    maybe,
    unread: offers.lang === 'other' && text.trim() !== '',
    added,
    confirmed,
    spans: offered.flatMap((h) => h.spans),
    inPlay: [...new Set([...confirmed, ...offered.map((h) => h.trap), ...keptMaybe.map((h) => h.trap)])],
  };
}

export type CrisisField = 'text' | 'evidence' | 'friend' | 'reframe';

/** The first field whose words call for the crisis panel, so it is shown where the person is. */
export function crisisField(state: RecordState, detect: (text: string) => boolean): CrisisField | undefined {
  if (state.start?.crisis || detect([state.text, ...state.words].join('\n'))) return 'text';
  if (detect([...state.evidenceFor, ...state.evidenceAgainst].join('\n'))) return 'evidence';
  if (detect(state.friendAnswer)) return 'friend';
  if (detect(state.reframe)) return 'reframe';
  return undefined;
}

/** The record to store. */
export function toThought(state: RecordState): NewThought {
  return {
    text: state.text,
    beliefBefore: state.beliefBefore,
    // The slider shows the first rating until moved; once there is a reframe, that rating counts.
    beliefAfter: state.beliefAfter ?? (state.reframe.trim() ? state.beliefBefore : undefined),
    traps: TRAP_IDS.filter((id) => state.choices[id] === 'confirmed'),
    words: state.words,
    kind: state.kind,
    evidenceFor: state.evidenceFor,
    evidenceAgainst: state.evidenceAgainst,
    friendView: state.friendAnswer,
    reframe: state.reframe,
  };
}
