// @vitest-environment jsdom
import { readPageContext } from '../../../entrypoints/content/page-context';

describe('readPageContext', () => {
  test('a page off the seller hosts is a user-added site (its script runs this same file), named by its host', () => {
    // jsdom's page is http://localhost:3000/: no adapter owns it.
    document.body.replaceChildren(Object.assign(document.createElement('h2'), { textContent: 'Coupon list' }));
    expect(readPageContext('en')).toMatchObject({ platform: `custom:${location.origin}`, platformName: location.host, pageType: 'campaign' });
    expect(readPageContext('en')?.currency).toBeUndefined();
  });
});
