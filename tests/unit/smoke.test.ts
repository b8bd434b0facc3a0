import { SELLER_HOST_PATTERNS } from '../../lib/sites/hosts';

test('every seller host pattern is https-only', () => {
  for (const pattern of SELLER_HOST_PATTERNS) expect(pattern.startsWith('https://')).toBe(true);
});
