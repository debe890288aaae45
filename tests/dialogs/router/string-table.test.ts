/** The hash table that finds a feature, term or example text without a Map built at start-up. */
import { describe, expect, it } from 'vitest';
import { buildStringTable, indexOfString, isStringTableFor } from '../../../src/dialogs/router/string-table.js';

describe('string table', () => {
  const strings = Array.from({ length: 5000 }, (_, i) => `c:#${i.toString(36)}#`).concat(['w:sertifikat', 'b:lupa_pin', 'w:kadaluwarsa', 'x:len4+', 'w:ñandú']);
  const table = buildStringTable(strings);

  it('finds every string at its index', () => {
    strings.forEach((s, i) => expect(indexOfString(table, s)).toBe(i));
  });

  it('finds nothing for strings not in the list, near ones included', () => {
    for (const s of ['', 'w:sertifika', 'w:sertifikatt', 'W:sertifikat', 'c:#zzzzz#', 'w:nandu', 'b:lupa pin']) expect(indexOfString(table, s)).toBe(-1);
  });

  it('works for an empty list', () => {
    const empty = buildStringTable([]);
    expect(indexOfString(empty, 'w:any')).toBe(-1);
    expect(isStringTableFor(empty, 0)).toBe(true);
  });

  it('tells a table that fits its list from one that does not', () => {
    expect(isStringTableFor(table, strings.length)).toBe(true);
    expect(isStringTableFor(table, strings.length + 1)).toBe(false);
    expect(isStringTableFor({ slots: new Uint32Array(3), hashes: new Uint32Array(2) }, 1)).toBe(false);
    expect(isStringTableFor({ slots: Uint32Array.from([0, 9]), hashes: new Uint32Array(2) }, 1)).toBe(false);
  });

  it('refuses a list with the same string twice (it could never be found at both)', () => {
    expect(() => buildStringTable(['w:pin', 'w:otp', 'w:pin'])).toThrow(/share a hash/);
  });
});
