/**
 * A list of strings → their index, as a hash table the model file carries (the classifier's
 * feature names, the neighbour index's terms and example texts).
 *
 * Why not a `Map`: it would be rebuilt from tens of thousands of strings at every start, and
 * those strings and entries copied by the garbage collector: a third of a short `route`
 * process's run. This table is built once at training time and read as two typed arrays; the
 * strings themselves are not needed to look one up.
 *
 * A name is known by two independent 32-bit FNV-1a hashes of its UTF-16 code units (64 bits
 * together): the first picks the slot (open addressing, linear probing, at most half full), both
 * must match to count as found. Building refuses two strings with the same 64 bits; a string not in
 * the list taken for one in it would need a 64-bit collision (about 1 in 10^15 per lookup).
 */

/** The stored table: `slots[i]` is a list index + 1 (0: empty); `hashes[2k]`, `hashes[2k + 1]` are string k's hashes. */
export interface StringTable {
  slots: Uint32Array;
  hashes: Uint32Array;
}

const FNV_PRIME = 0x01000193;
const BASIS_A = 0x811c9dc5;
const BASIS_B = 0x050c5d1f;

function fnv1a(text: string, basis: number): number {
  let h = basis;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** The table of `strings` (index = position in the list). Throws on a 64-bit hash collision. */
export function buildStringTable(strings: readonly string[]): StringTable {
  let size = 1;
  while (size < strings.length * 2) size *= 2;
  const slots = new Uint32Array(size);
  const hashes = new Uint32Array(strings.length * 2);
  strings.forEach((name, f) => {
    const a = fnv1a(name, BASIS_A);
    const b = fnv1a(name, BASIS_B);
    hashes[2 * f] = a;
    hashes[2 * f + 1] = b;
    let i = a & (size - 1);
    for (; slots[i] !== 0; i = (i + 1) & (size - 1)) {
      const other = slots[i]! - 1;
      if (hashes[2 * other] === a && hashes[2 * other + 1] === b) throw new Error(`string table: ${JSON.stringify(name)} and ${JSON.stringify(strings[other])} share a hash`);
    }
    slots[i] = f + 1;
  });
  return { slots, hashes };
}

/** The index of `name` in the table's list, or -1 when the list does not have it. */
export function indexOfString(table: StringTable, name: string): number {
  const { slots, hashes } = table;
  const mask = slots.length - 1;
  const a = fnv1a(name, BASIS_A);
  const b = fnv1a(name, BASIS_B);
  for (let i = a & mask; slots[i] !== 0; i = (i + 1) & mask) {
    const f = slots[i]! - 1;
    if (hashes[2 * f] === a && hashes[2 * f + 1] === b) return f;
  }
  return -1;
}

/** Whether `table` is well formed for a list of `count` strings (a power-of-two table with room to spare, every slot in range). */
export function isStringTableFor(table: StringTable, count: number): boolean {
  const size = table.slots.length;
  return size > 0 && (size & (size - 1)) === 0 && size > count && table.hashes.length === 2 * count && table.slots.every((s) => s <= count);
}
