import { describe, expect, it } from 'vitest';
import { canonicalWords, colloquialBase, routingTerms } from '../../../src/dialogs/router/normalizer.js';

describe('canonicalWords', () => {
  it.each([
    ['Tolonggg, TTE di Nadine gak selesai2 😭', 'tolong tte di nadine tidak selesai'],
    ['lupa pw ams gmn', 'lupa password ams bagaimana'],
    ['udh coba, blm bisa jg', 'sudah coba belum bisa juga'],
    ['kata sandi e-mail', 'password email'],
    ['Terima kasih!!', 'makasih'],
    ['haii', 'halo'],
    ['hp knp yg dgn krn', 'handphone kenapa yang dengan karena'],
    ['ttd / ds / tanda tangan elektronik', 'tte tte tte'],
    ['kata-kata', 'kata'],
    ["I didn't get it, can't log in", 'i did tidak get it tidak bisa login'],
    ['layanan 15.1', 'layanan 15_1'],
    ['pwnya lupa, ttdku gagal', 'password lupa tte gagal'],
    ['tanda tgn elektronik', 'tte'],
    ['SE saya expired', 'sertifikat elektronik saya kedaluwarsa'],
    ['link di mana', 'link dimana'],
    ['lgn ams, pw gnti', 'login ams password ganti'],
    ['matur nuwun', 'makasih'],
    ['ttd basah atasan', 'ttdbasah atasan'],
    ['tanda tangan elektronik', 'tte'],
    ['lupa password kemenkeu id', 'lupa password kemenkeuid'],
    ['nadine muncul anda belum terdaftar', 'nadine muncul anda belumterdaftar'],
    ['ngapain nadine error mulu', 'apa nadine error terus'],
  ])('%j → %j', (text, expected) => {
    expect(canonicalWords(text).join(' ')).toBe(expected);
  });
});

describe('words that are names of object members', () => {
  // The slang lexicon is a plain object: "constructor" once found Object.prototype.constructor
  // and the router threw on it.
  it.each(['constructor', '__proto__', 'constructornya', 'diconstructor', 'constructorin'])('%j is a word like any other', (word) => {
    expect(canonicalWords(`lupa ${word}`).every((w) => typeof w === 'string')).toBe(true);
    expect(routingTerms(word).every((w) => typeof w === 'string' && w.length > 0)).toBe(true);
  });

  it('colloquialBase does not find them in the lexicon', () => {
    expect(colloquialBase('diconstructor')).toBeUndefined();
  });
});

describe('colloquialBase', () => {
  it.each([
    ['masukin', 'masukkan'], ['gantiin', 'ganti'], ['discan', 'scan'], ['diupload', 'upload'],
    ['ngeprint', 'print'], ['keupload', 'upload'], ['ketandatangan', 'tte'], ['direset', 'reset'],
  ])('%j → %j', (word, base) => {
    expect(colloquialBase(word)).toBe(base);
  });

  it('leaves native words and "-in" words that are not "-kan" alone', () => {
    for (const word of ['kemarin', 'mungkin', 'login', 'admin', 'domain', 'ingin', 'dicabut', 'mengirim']) {
      expect(colloquialBase(word), word).toBeUndefined();
    }
  });
});

describe('routingTerms', () => {
  it('drops stop words and long numbers, and stems both languages', () => {
    expect(routingTerms('Saya mau perpanjangan sertifikat, NIP 198503122010011001')).toEqual(['panjang', 'sertifikat', 'nip']);
    expect(routingTerms('My certificates expired')).toEqual(['sertifikat', 'daluwarsa']);
  });

  it('survives empty and odd input', () => {
    expect(routingTerms('')).toEqual([]);
    expect(routingTerms('🙏🙏')).toEqual([]);
    expect(routingTerms('x'.repeat(50_000)).length).toBe(1);
  });
});
