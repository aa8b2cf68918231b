import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RedirectionDB, setDb } from '@/lib/db/db';

// Every test starts with a fresh browser and its own empty database (reach it through db()).
let database: RedirectionDB;
beforeEach(() => {
  fakeBrowser.reset();
  database = new RedirectionDB(`test-${crypto.randomUUID()}`);
  setDb(database);
});
afterEach(async () => {
  await database.delete();
});
