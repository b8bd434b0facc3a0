import { serialized } from '../../lib/serialized';

describe('serialized background writes', () => {
  test('a slow first run finishes before a fast second one starts, so the last write wins', async () => {
    const written: string[] = [];
    let call = 0;
    const write = serialized(async () => {
      const mine = ++call;
      await new Promise((r) => setTimeout(r, mine === 1 ? 30 : 0));
      written.push(`run ${mine}`);
    });
    await Promise.all([write(), write()]);
    expect(written).toEqual(['run 1', 'run 2']);
  });

  test('a failed run is reported and the next one still runs', async () => {
    const errors: unknown[] = [];
    let call = 0;
    const write = serialized(async () => {
      if (++call === 1) throw new Error('quota');
    }, (e) => errors.push(e));
    await write();
    await write();
    expect(call).toBe(2);
    expect(errors).toHaveLength(1);
  });
});
