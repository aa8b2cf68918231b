import * as v from 'valibot';
import type { Browser } from 'wxt/browser';
import type { MessageType, Reply, RequestOf, ResponseOf } from './protocol';
import { requestSchemas } from './schemas';

export type Sender = Browser.runtime.MessageSender;
export type Handlers = {
  [T in MessageType]?: (payload: RequestOf<T>, sender: Sender) => Promise<ResponseOf<T>> | ResponseOf<T>;
};

/**
 * Turns typed handlers into one runtime.onMessage listener. Unknown or malformed messages get
 * an error reply; nothing reaches a handler unvalidated.
 */
export function createMessageListener(handlers: Handlers) {
  return (message: unknown, sender: Sender): Promise<Reply> | undefined => {
    if (!message || typeof message !== 'object' || !('type' in message)) return undefined;
    const type = (message as { type: unknown }).type;
    if (typeof type !== 'string' || !Object.hasOwn(requestSchemas, type)) return undefined;
    const handler = handlers[type as MessageType] as
      | ((payload: unknown, sender: Sender) => unknown)
      | undefined;
    if (!handler) return undefined;
    const parsed = v.safeParse(
      requestSchemas[type as MessageType],
      (message as { payload?: unknown }).payload,
    );
    if (!parsed.success) {
      return Promise.resolve({ ok: false, error: `Malformed ${type} message` });
    }
    return Promise.resolve()
      .then(() => handler(parsed.output, sender))
      .then(
        (value) => ({ ok: true, value }) as Reply,
        (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
  };
}
