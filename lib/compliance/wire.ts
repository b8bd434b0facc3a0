import { COMPILED_TABLES, type CompiledCheck, type CompiledMatcherData, type CompiledRule } from './matcher';

/**
 * The compiled matcher as it crosses `runtime.sendMessage`. Chrome serialises extension messages as
 * JSON, where a typed array becomes an object with one key per element; so the tables travel as one
 * base64 string, and the two 65,536-entry tables (`classOf`: nearly all "in no term"; `fold`: nearly all
 * the code unit itself) as their exceptions only. Pattern rules travel as their regular expressions' source.
 */
export interface MatcherWire {
  format: 3;
  /** base64 of the tables, in `TABLES` order, each 4-byte aligned. */
  tables: string;
  /** Element count of each table in wire order (the sparse tables: the number of pairs). */
  lengths: number[];
  rules: CompiledRule[];
  checks: CompiledCheck[];
}

type SparseKey = 'classOf' | 'fold';
const SPARSE: readonly SparseKey[] = ['classOf', 'fold'];
/** What the untouched entries of a sparse table hold: 0 for classOf, the code unit itself for fold. */
const defaultAt = (key: SparseKey, code: number) => (key === 'classOf' ? 0 : code);
const DENSE = COMPILED_TABLES.filter((entry): entry is Exclude<(typeof COMPILED_TABLES)[number], readonly [SparseKey, unknown]> => !SPARSE.includes(entry[0] as SparseKey));

const align4 = (n: number) => (n + 3) & ~3;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function encodeMatcher(data: CompiledMatcherData): MatcherWire {
  const sparse = SPARSE.map((key) => {
    const pairs: number[] = [];
    const table = data[key];
    for (let code = 0; code < table.length; code++) if (table[code] !== defaultAt(key, code)) pairs.push(code, table[code]!);
    return Uint16Array.from(pairs);
  });
  const parts: ArrayBufferView[] = [...sparse, ...DENSE.map(([key]) => data[key] as ArrayBufferView)];
  const size = parts.reduce((sum, part) => sum + align4(part.byteLength), 0);
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    bytes.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), offset);
    offset += align4(part.byteLength);
  }
  return {
    format: 3,
    tables: toBase64(bytes),
    lengths: [...sparse.map((pairs) => pairs.length / 2), ...DENSE.map(([key]) => (data[key] as ArrayLike<number>).length)],
    rules: data.rules,
    checks: data.checks,
  };
}

/** Back to the typed tables `loadCompiled` checks and uses; throws on a malformed wire. */
export function decodeMatcher(wire: MatcherWire): CompiledMatcherData {
  if (wire?.format !== 3 || !Array.isArray(wire.lengths) || wire.lengths.length !== DENSE.length + SPARSE.length || !Array.isArray(wire.checks)) {
    throw new Error('compiled matcher wire has the wrong shape');
  }
  const bytes = fromBase64(wire.tables);
  let offset = 0;
  const take = <T extends Int32ArrayConstructor | Uint16ArrayConstructor | Uint8ArrayConstructor>(type: T, length: number): InstanceType<T> => {
    const byteLength = length * type.BYTES_PER_ELEMENT;
    if (offset + byteLength > bytes.length) throw new Error('compiled matcher wire is truncated');
    // A copy, so each table owns an aligned buffer of its own.
    const table = new type(bytes.slice(offset, offset + byteLength).buffer) as InstanceType<T>;
    offset += align4(byteLength);
    return table;
  };
  const [classOf, fold] = SPARSE.map((key, i) => {
    const pairs = take(Uint16Array, wire.lengths[i]! * 2);
    const table = new Uint16Array(0x10000);
    if (key === 'fold') for (let code = 0; code < table.length; code++) table[code] = code;
    for (let p = 0; p < pairs.length; p += 2) table[pairs[p]!] = pairs[p + 1]!;
    return table;
  }) as [Uint16Array, Uint16Array];
  const tables = Object.fromEntries(DENSE.map(([key, type], i) => [key, take(type, wire.lengths[i + SPARSE.length]!)]));
  return {
    version: 3,
    classOf,
    fold,
    ...(tables as unknown as Omit<CompiledMatcherData, 'version' | 'classOf' | 'fold' | 'rules' | 'checks'>),
    rules: wire.rules,
    checks: wire.checks,
  };
}
