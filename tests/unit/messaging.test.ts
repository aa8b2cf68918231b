import { describe, expect, it, vi } from 'vitest';
import { createMessageListener } from '@/lib/messaging/server';

const sender = {};

describe('message listener', () => {
  it('answers a valid message through its handler', async () => {
    const ping = vi.fn(() => ({ ok: true as const }));
    const listen = createMessageListener({ ping });
    expect(await listen({ type: 'ping', payload: {} }, sender)).toEqual({ ok: true, value: { ok: true } });
    expect(ping).toHaveBeenCalledOnce();
  });

  it.each([
    [null],
    ['ping'],
    [{ type: 'nope', payload: {} }],
    [{ type: '__proto__', payload: {} }],
    [{ payload: {} }],
  ])('ignores %j', (message) => {
    const listen = createMessageListener({ ping: () => ({ ok: true }) });
    expect(listen(message, sender)).toBeUndefined();
  });

  it('rejects a malformed payload without calling the handler', async () => {
    const ping = vi.fn(() => ({ ok: true as const }));
    const listen = createMessageListener({ ping });
    expect(await listen({ type: 'ping', payload: { extra: 1 } }, sender)).toEqual({
      ok: false,
      error: 'Malformed ping message',
    });
    expect(ping).not.toHaveBeenCalled();
  });

  it('turns a handler error into an error reply', async () => {
    const listen = createMessageListener({
      ping: () => {
        throw new Error('boom');
      },
    });
    expect(await listen({ type: 'ping', payload: {} }, sender)).toEqual({ ok: false, error: 'boom' });
  });
});
