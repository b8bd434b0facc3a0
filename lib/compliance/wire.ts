import { COMPILED_TABLES, type CompiledMatcherData, type CompiledRule } from './matcher';

/**
 * The compiled matcher as it crosses `runtime.sendMessage`. Chrome serialises extension messages as
 * JSON, where a typed array becomes an object with one key per element; so the tables travel as one
 * base64 string, and `classOf` (65,536 entries, nearly all "in no term") as its non-zero entries only.
 */
export interface MatcherWire {
  format: 1;
  /** base64 of the tables, in `TABLES` order, each 4-byte aligned. */
  tables: string;
  /** Element count of each table in `TABLES` order (classOf: the number of sparse pairs). */
  lengths: number[];
  rules: CompiledRule[];
}

// classOf travels as sparse pairs; every other table as it is.
const TABLES = COMPILED_TABLES.filter((entry): entry is Exclude<(typeof COMPILED_TABLES)[number], readonly ['classOf', unknown]> => entry[0] !== 'classOf');

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
  const pairs: number[] = [];
  for (let code = 0; code < data.classOf.length; code++) if (data.classOf[code] !== 0) pairs.push(code, data.classOf[code]!);
  const sparse = Uint16Array.from(pairs);
  const parts: ArrayBufferView[] = [sparse, ...TABLES.map(([key]) => data[key] as ArrayBufferView)];
  const size = parts.reduce((sum, part) => sum + align4(part.byteLength), 0);
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    bytes.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), offset);
    offset += align4(part.byteLength);
  }
  return {
    format: 1,
    tables: toBase64(bytes),
    lengths: [pairs.length / 2, ...TABLES.map(([key]) => (data[key] as ArrayLike<number>).length)],
    rules: data.rules,
  };
}

/** Back to the typed tables `loadCompiled` checks and uses; throws on a malformed wire. */
export function decodeMatcher(wire: MatcherWire): CompiledMatcherData {
  if (wire?.format !== 1 || !Array.isArray(wire.lengths) || wire.lengths.length !== TABLES.length + 1) {
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
  const sparse = take(Uint16Array, wire.lengths[0]! * 2);
  const classOf = new Uint16Array(0x10000);
  for (let i = 0; i < sparse.length; i += 2) classOf[sparse[i]!] = sparse[i + 1]!;
  const tables = Object.fromEntries(TABLES.map(([key, type], i) => [key, take(type, wire.lengths[i + 1]!)]));
  return { version: 1, classOf, ...(tables as Omit<CompiledMatcherData, 'version' | 'classOf' | 'rules'>), rules: wire.rules };
}
