import { describe, expect, it } from 'vitest';
import { trainNlpJs } from '../../src/bench/nlpjs-baseline.js';

const samples = (topic: string) => [
  { text: 'lupa password ams', topic, source: 'test' },
  { text: 'reset password portal ams', topic, source: 'test' },
  { text: 'password ams saya lupa', topic, source: 'test' },
  { text: 'jadwal rapat besok', topic: 'unknown', source: 'test' },
  { text: 'menu makan siang kantin', topic: 'unknown', source: 'test' },
];

describe('the NLP.js baseline', () => {
  it('keeps each trained classifier its own: a second training leaves the first one as it was', async () => {
    const first = await trainNlpJs(samples('forgot-password'));
    expect(await first.classify('lupa password ams')).toBe('forgot-password');
    const second = await trainNlpJs(samples('login'));
    expect(await second.classify('lupa password ams')).toBe('login');
    expect(await first.classify('lupa password ams')).toBe('forgot-password');
  }, 30_000);
});
