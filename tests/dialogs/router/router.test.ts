import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../src/dialogs/router/router.js';
import { miniGraph } from '../support/mini-graph.js';

const router = createRouter(miniGraph());

describe('createRouter (small graph)', () => {
  it.each([
    ['lupa pw ams', 'forgot-password'],
    ['Tolonggg, TTE di Nadine gak selesai2', 'signing-stuck'],
    ['gmn cara perpanjang sertif yg udh expired', 'renewal'],
    ['sertifkat saya kadaluwarsa', 'renewal'],
    ['How do I log in to AMS?', 'login'],
    ['lupa pin ttd', 'reset-passphrase'],
  ])('routes %j to %s', (text, topic) => {
    expect(router.route(text).topic).toBe(topic);
  });

  it('recognises greetings and thanks, alone', () => {
    expect(router.route('halo').topic).toBe('greeting');
    expect(router.route('Selamat pagi!').topic).toBe('greeting');
    expect(router.route('hi').topic).toBe('greeting');
    expect(router.route('makasih').topic).toBe('thanks');
    expect(router.route('thx').topic).toBe('thanks');
    expect(router.route('terima kasih banyak ya').topic).toBe('thanks');
  });

  it('keeps a few stray words around a greeting or thanks social', () => {
    expect(router.route('halo admin bot').topic).toBe('greeting');
    expect(router.route('ok siap makasih infonya').topic).toBe('thanks');
    expect(router.route('how much is my salary this month').topic).toBe('unknown');
  });

  it('greets only with a greeting: an opener and a time of day together', () => {
    expect(router.route('selamat malam').topic).toBe('greeting');
    expect(router.route('good morning').topic).toBe('greeting');
    for (const text of ['selamat ulang tahun pak', 'good night', 'good job', 'makan siang dimana']) {
      expect(router.route(text).topic, text).toBe('unknown');
    }
  });

  it.each(['kirim', 'lanjut', 'menu', 'ok', 'sudah', 'test', 'p', 'wkwk'])(
    'never makes a lone conversation word %j a guide topic', (text) => {
      expect(router.route(text).topic).toBe('unknown');
    });

  it('reads a doubled letter as a typo ("amss")', () => {
    expect(router.route('lupaa passwrd amss gmn caranyaa??').topic).toBe('forgot-password');
  });

  it('routes a greeting followed by a question to the question', () => {
    expect(router.route('selamat pagi, saya lupa password AMS').topic).toBe('forgot-password');
  });

  it.each(['jadwal rapat besok jam berapa', 'kapan gaji cair', 'cuaca hari ini', 'lupa password wifi kantor'])(
    'sends out-of-scope %j to unknown', (text) => {
      expect(router.route(text).topic).toBe('unknown');
    });

  it('survives empty, emoji-only, huge and binary input', () => {
    for (const text of ['', '   ', '😭😭😭', 'x'.repeat(100_000), '\u0000\u0001\uffff']) {
      const result = router.route(text);
      expect(result.topic).toBe('unknown');
      expect(result.confidence).toBeGreaterThanOrEqual(0);
    }
  });

  it('gives a confidence in 0..1 with two decimals', () => {
    const { confidence } = router.route('saya lupa password AMS');
    expect(confidence).toBeGreaterThan(0.5);
    expect(confidence).toBeLessThanOrEqual(1);
    expect(Math.round(confidence * 100) / 100).toBe(confidence);
  });
});
