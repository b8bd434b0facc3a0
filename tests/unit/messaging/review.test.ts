import { openDatabase } from '../../../lib/db/schema';
import { reviewHandlers } from '../../../lib/messaging/handlers/review';

const SENDER = { id: 'x', url: 'https://sycm.taobao.com/cc/item_rank' };

test('the sidebar’s review link opens Options → Campaign review on that run, and only for a campaign run', async () => {
  const db = openDatabase(`review-${Math.random().toString(36).slice(2)}`);
  const base = { templateVersion: 1, dates: { burstStart: '2026-11-11' }, targets: {}, createdAt: 1, archived: false };
  await db.runs.bulkPut([
    { ...base, id: 'run/1 双11', templateId: 'campaign', name: '双11 2026' },
    { ...base, id: 'launch', templateId: 'store-launch', name: '开店' },
  ]);
  const opened: string[] = [];
  const handlers = reviewHandlers(db, async (path) => opened.push(path));
  await expect(handlers['review/open']({ runId: 'run/1 双11' }, SENDER)).resolves.toEqual({ opened: true });
  expect(opened).toEqual(['/options.html#campaign-review?run=run%2F1%20%E5%8F%8C11']);
  await expect(handlers['review/open']({ runId: 'launch' }, SENDER)).rejects.toThrow('No campaign run launch.');
  await expect(handlers['review/open']({ runId: 'gone' }, SENDER)).rejects.toThrow('No campaign run gone.');
  expect(opened).toHaveLength(1);
});
