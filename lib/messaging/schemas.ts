import * as v from 'valibot';
import type { MessageType } from './protocol';

type Schema = v.GenericSchema<unknown, unknown>;

/** Payload schemas: the background checks every message before acting on it. */
export const requestSchemas: { [T in MessageType]: Schema } = {
  ping: v.strictObject({}),
  'email.noticed': v.strictObject({
    key: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
    company: v.nullable(v.pipe(v.string(), v.maxLength(120))),
  }),
  'email.notANo': v.strictObject({ key: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)) }),
  'jobboard.show': v.strictObject({ host: v.pipe(v.string(), v.maxLength(253)) }),
  'jobboard.card': v.strictObject({}),
  'jobboard.stale': v.strictObject({}),
  'jobboard.choice': v.strictObject({
    choice: v.picklist(['not-now', 'week', 'never']),
    host: v.pipe(v.string(), v.maxLength(253)),
  }),
  'open.page': v.strictObject({ page: v.picklist(['popup', 'reframe', 'step']) }),
};
