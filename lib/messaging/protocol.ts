/**
 * Every message between pages, content scripts and the background: its payload and its reply.
 * Types only, so content scripts can import it without pulling in schemas.
 * Add a message here, its schema in ./schemas.ts, and its handler in lib/background/.
 */
export interface Protocol {
  ping: { request: Record<string, never>; response: { ok: true } };
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
