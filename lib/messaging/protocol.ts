/**
 * Every message between pages, content scripts and the background: its payload and its reply.
 * Types only, so content scripts can import it without pulling in schemas.
 * Add a message here, its schema in ./schemas.ts, and its handler in lib/<concern>/background.ts.
 */
export interface Protocol {
  ping: { request: Record<string, never>; response: { ok: true } };
  /** Webmail script: an opened email read like a job no. Only a one-way key and the company. */
  'email.noticed': {
    request: { key: string; company: string | null };
    response: { created: boolean; who: string };
  };
  /** "Not a no": the person corrects the classifier; the recorded event goes. */
  'email.notANo': { request: { key: string }; response: { ok: true } };
  /** Job-board script: a card is due here; the background checks again and brings the card in. */
  'jobboard.show': { request: { host: string }; response: { shown: boolean } };
  /** What the card says: the recent no, a reframe, a moment from the inner file. */
  'jobboard.card': {
    request: Record<string, never>;
    response: { who: string; daysAgo: number; reframe: number; moment: string | null } | null;
  };
  'jobboard.stale': { request: Record<string, never>; response: { ok: true } };
  'jobboard.choice': {
    request: { choice: 'not-now' | 'week' | 'never'; host: string };
    response: { ok: true };
  };
  /** Content scripts can't open extension pages themselves. */
  'open.page': { request: { page: 'popup' | 'reframe' | 'step' }; response: { ok: true } };
}

export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = Protocol[T]['request'];
export type ResponseOf<T extends MessageType> = Protocol[T]['response'];

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: RequestOf<T>;
}

export type Reply<T extends MessageType = MessageType> =
  | { ok: true; value: ResponseOf<T> }
  | { ok: false; error: string };
