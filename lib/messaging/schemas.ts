import * as v from 'valibot';
import type { MessageType } from './protocol';

type Schema = v.GenericSchema<unknown, unknown>;

/** Payload schemas: the background checks every message before acting on it. */
export const requestSchemas: { [T in MessageType]: Schema } = {
  ping: v.strictObject({}),
};
