import Dexie from 'dexie';
import { isStorageFull, requestPersistentStorage } from '../../../lib/db/storage-errors';
import { createRouter } from '../../../lib/messaging/router';
import { openDatabase } from '../../../lib/db/schema';
import { routerOptions } from '../../support/router';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('a full disk is told to the seller, never swallowed', () => {
  test.each([
    ['IndexedDB’s own error', quota(), true],
    ['Dexie’s wrapper of it', new Dexie.AbortError('Transaction aborted', quota()), true],
    ['any other failure', new Error('no run "r1"'), false],
  ])('%s: storage full is %s', (_name, error, full) => {
    expect(isStorageFull(error)).toBe(full);
  });

  test('the background answers a write the browser refused for space with its own code', async () => {
    const db = openDatabase(`quota-${Math.random().toString(36).slice(2)}`);
    const handlers = { 'sidebar/set': async () => Promise.reject(new Dexie.AbortError('Transaction aborted', quota())) };
    const route = createRouter(handlers as never, routerOptions('own', db));
    expect(await route({ type: 'sidebar/set', payload: { host: 'sycm.taobao.com', open: false } }, { id: 'own' })).toMatchObject({
      ok: false,
      error: { code: 'storage-full' },
    });
  });
});

describe('persistent storage', () => {
  test('asked for once not yet granted; not asked again once granted', async () => {
    const asked: string[] = [];
    const storage = (persisted: boolean, grant: boolean) => ({
      persisted: async () => (asked.push('persisted'), persisted),
      persist: async () => (asked.push('persist'), grant),
    });
    expect(await requestPersistentStorage(storage(false, true))).toBe('granted');
    expect(await requestPersistentStorage(storage(false, false))).toBe('denied');
    expect(asked).toEqual(['persisted', 'persist', 'persisted', 'persist']);
    asked.length = 0;
    expect(await requestPersistentStorage(storage(true, false))).toBe('granted');
    expect(asked).toEqual(['persisted']);
    expect(await requestPersistentStorage(undefined)).toBe('unsupported');
  });
});
