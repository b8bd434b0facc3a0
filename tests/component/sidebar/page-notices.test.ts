import { createPageNotices } from '../../../components/sidebar/page-notices';

describe('what the page features tell the seller', () => {
  test('a full disk refusing every batch of a capture is one message, and once dismissed it stays away on this page', () => {
    const notices = createPageNotices();
    const changes = vi.fn();
    notices.subscribe(changes);
    for (let batch = 0; batch < 5; batch++) notices.report('capture-storage-full');
    expect(notices.get()).toEqual(['capture-storage-full']);
    expect(changes).toHaveBeenCalledTimes(1);
    notices.dismiss('capture-storage-full');
    notices.report('capture-storage-full');
    expect(notices.get()).toEqual([]);
  });
});
