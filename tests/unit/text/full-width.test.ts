import { isWideSpace, narrowCode } from '../../../lib/text/full-width';

describe('full-width folding', () => {
  test('every full-width ASCII form narrows to what Unicode NFKC says', () => {
    for (let code = 0xff01; code <= 0xff5e; code++) {
      expect(String.fromCharCode(narrowCode(code))).toBe(String.fromCharCode(code).normalize('NFKC'));
    }
  });

  test('everything else is left alone', () => {
    for (const ch of ['a', '1', '最', '￥', '　', '\uff00', '\uff5f']) expect(narrowCode(ch.charCodeAt(0))).toBe(ch.charCodeAt(0));
  });

  test('the spaces pages pad numbers and words with count as spaces; ordinary space and text do not', () => {
    for (const ch of ['\u00a0', '\u3000', '\u2002', '\u2007', '\u2009', '\u200a', '\u202f']) expect(isWideSpace(ch.charCodeAt(0)), ch).toBe(true);
    for (const ch of [' ', '\u200b', 'a', '一']) expect(isWideSpace(ch.charCodeAt(0)), ch).toBe(false);
  });
});
