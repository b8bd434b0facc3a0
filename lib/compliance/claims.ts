import type { Severity } from './types';

/** What joining needs of a finding (the matcher's Finding has these; typed apart so this file does not import the matcher). */
interface Claim {
  start: number;
  end: number;
  term: string;
  category: string;
  severity: Severity;
}

/**
 * One claim, one mark. Sellers write claim words of one kind as one phrase: 抗皱紧致, 杀菌消炎, 祛斑美白,
 * `#1 Best Seller`, `C.U.R.E.S Arthritis`. The labelling policy (tests/fixtures/compliance-eval/POLICY.md §1)
 * and the regulator read such a phrase as one claim, and two marks side by side on it read as two problems
 * to fix. So findings of the same category that touch, or stand apart only by a space or a separator slipped
 * between characters (抗 皱 紧 致, 杀~菌~消~炎), become one finding covering the phrase, reported with its
 * strictest rule. Findings of different categories stay apart (顶级 修护 抗敏 are three claims), and so do
 * findings apart by sentence punctuation, an enumeration comma or a line break (降血脂、降血压 are two).
 *
 * One pass over the findings, which come sorted by start; no allocation unless two join.
 */

/** The most characters a gap may have and still join two findings into one phrase. */
const MAX_GAP = 3;
const SEVERITY_RANK: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

/** Characters that may sit between two claim words of one phrase: spaces and the separators sellers slip in. */
function isJoiner(code: number): boolean {
  return (
    code === 0x20 || // space
    code === 0x3000 || // ideographic space
    code === 0xa0 ||
    code === 0x2a || // *
    code === 0x2e || // .
    code === 0x5f || // _
    code === 0x7e || // ~
    code === 0x2d || // -
    code === 0xb7 || // ·
    code === 0x2022 || // •
    code === 0x2f || // /
    code === 0x200b ||
    code === 0x200c ||
    code === 0x200d ||
    code === 0xfeff
  );
}

const isSpace = (code: number) => code === 0x20 || code === 0x3000 || code === 0xa0;
const isHan = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);

/** Categories whose claim is a whole offer or contact line: `Sale price $14.99 (reg. $24.99)`, `Call us at 1-888-…`. */
const PHRASE_CATEGORIES: ReadonlySet<string> = new Set(['promotional', 'contact']);
/** The most characters between two words of one offer or contact line. */
const MAX_PHRASE_GAP = 20;
/** What ends a clause or starts a new item: a second offer or a second contact detail is a second claim. */
const CLAUSE_BREAK = /[\n,;!?，。；！？、]|\.\s+[A-Z]|\b(?:or|and)\b|[&或和及]/;

/**
 * An offer or a contact line is one claim with its words: `Free shipping on orders over $35`, `Save 20% with
 * coupon`, `Follow us on Instagram @shop`. Findings of one such category and one severity in one clause, a few
 * words apart, join; a comma, a sentence end or an "or"/"and" between them keeps two offers or two details apart.
 */
function sameOffer(text: string, a: Claim, b: Claim): boolean {
  if (!PHRASE_CATEGORIES.has(a.category) || a.category !== b.category || a.severity !== b.severity) return false;
  if (b.start < a.end || b.start - a.end > MAX_PHRASE_GAP) return false;
  // Words, not Chinese text: there a contact pattern covers the whole detail already (加微信 mm5678), and 薇信 加V信 are two.
  for (let i = a.end; i < b.start; i++) if (isHan(text.charCodeAt(i))) return false;
  // One character of the next finding too: a full stop ends a sentence only before a capital.
  return !CLAUSE_BREAK.test(text.slice(a.end, b.start + 1));
}

function joinable(text: string, a: Claim, b: Claim): boolean {
  // Most neighbours stand too far apart for either kind of joining: told by their offsets alone.
  const gap = b.start - a.end;
  if (gap < 0 || gap > Math.max(MAX_GAP, MAX_PHRASE_GAP)) return false;
  if (sameOffer(text, a, b)) return true;
  if (a.category !== b.category || b.start < a.end || b.start - a.end > MAX_GAP) return false;
  // Amazon's promotional rules differ by severity (rank commentary warns, an offer blocks): `Best Seller Free
  // Shipping` is two claims.
  if (a.category === 'promotional' && a.severity !== b.severity) return false;
  let spaced = false;
  for (let i = a.end; i < b.start; i++) {
    const code = text.charCodeAt(i);
    if (!isJoiner(code)) return false;
    if (isSpace(code)) spaced = true;
    // A full stop and a space end a sentence (`Free shipping. Sale`); dots inside a word spell it out (C.U.R.E.S).
    if (code === 0x2e && isSpace(text.charCodeAt(i + 1)) && i + 1 < b.start) return false;
  }
  // In Chinese a space between words separates keywords (祛湿 排毒 瘦身 in a title are three claims); it joins
  // only words that are themselves spelled out with spaces (抗 皱 紧 致).
  if (spaced && (isHan(text.charCodeAt(a.end - 1)) || isHan(text.charCodeAt(b.start)))) return /\s/.test(a.term) || /\s/.test(b.term);
  return true;
}

/** Findings of one phrase joined into one (see the file comment); `findings` sorted by start, not overlapping. */
export function joinClaims<F extends Claim>(text: string, findings: F[]): F[] {
  let out: F[] | undefined;
  for (let i = 1; i < findings.length; i++) {
    const prev = out ? out[out.length - 1]! : findings[i - 1]!;
    const next = findings[i]!;
    if (!joinable(text, prev, next)) {
      out?.push(next);
      continue;
    }
    if (!out) out = findings.slice(0, i - 1);
    else out.pop();
    const lead = SEVERITY_RANK[next.severity] < SEVERITY_RANK[prev.severity] ? next : prev;
    out.push({ ...lead, start: prev.start, end: next.end, term: text.slice(prev.start, next.end) });
  }
  return out ?? findings;
}
