/**
 * Full-width folding, shared by the number reader (metric cells) and the compliance normaliser:
 * Chinese input methods type ＡＢＣ１２３％，, and back offices pad numbers with ideographic or
 * no-break spaces. Code-unit functions, no tables, so both hot loops can call them.
 */

/** Full-width ASCII (U+FF01–FF5E) → its ASCII twin; any other code unit unchanged. */
export function narrowCode(code: number): number {
  return code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
}

/** Spaces other than U+0020 that pages put between words or digit groups: no-break, ideographic, en/em/thin/figure, narrow no-break. */
export function isWideSpace(code: number): boolean {
  return code === 0x00a0 || code === 0x3000 || (code >= 0x2002 && code <= 0x200a) || code === 0x202f;
}
