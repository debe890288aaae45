/**
 * The router as the bot uses it: the shipped model (dist/router-model.bin, trained by
 * `npm run build` on the flows and src/kb/corpus) on the compiled guide. These are behaviour
 * checks on everyday questions, not an accuracy measure: accuracy is measured by cross-validation
 * (`npm run router:cv`) and once on the frozen set (tests/dialogs/router/frozen-set.test.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGraph, type Graph } from '../../../src/dialogs/graph.js';
import { SHIPPED_MODEL_PATH, createRouter, graphTrainingHash, loadShippedModel } from '../../../src/dialogs/router/index.js';

const GRAPH = new URL('../../../dist/graph.json', import.meta.url);
const built = existsSync(GRAPH) && existsSync(SHIPPED_MODEL_PATH);

describe.skipIf(!built)('router with the shipped model (skipped without `npm run build`)', () => {
  const graph: Graph = parseGraph(JSON.parse(readFileSync(GRAPH, 'utf8')));
  const router = createRouter(graph);

  it('was trained on this graph', () => {
    expect(loadShippedModel()?.graphHash).toBe(graphTrainingHash(graph));
  });

  it.each([
    ['lupa pw ams', 'forgot-password'],
    ['Tolonggg, TTE di Nadine gak selesai2', 'signing-stuck'],
    ['gmn cara perpanjang sertif yg udh expired', 'renewal'],
    ['How do I log in to AMS?', 'login'],
    ['lupa pin ttd', 'reset-passphrase'],
    ['sampai kapan sertifikat saya berlaku', 'check-status'],
    ['nik di ams beda sama ktp', 'nik-mismatch'],
    ['surat rekomendasi download dimana', 'recommendation-letter'],
    ['email bssn ga masuk2 udh seminggu', 'no-email'],
    ['scan barcode di google authenticator gagal', 'otp-setup'],
  ])('routes %j to %s', (text, topic) => {
    expect(router.route(text).topic).toBe(topic);
  });

  it('corrects typos to known words', () => {
    expect(router.route('lupaa passwrd amss gmn caranyaa??').topic).toBe('forgot-password');
    expect(router.route('sertifkat sy kadaluars').topic).toBe('renewal');
  });

  it('recognises greetings and thanks', () => {
    for (const text of ['halo', 'Selamat pagi!', 'hi']) expect(router.route(text).topic, text).toBe('greeting');
    for (const text of ['makasih', 'thx', 'terima kasih banyak ya']) expect(router.route(text).topic, text).toBe('thanks');
  });

  it.each(['jadwal rapat besok jam berapa', 'kapan gaji cair', 'cuaca hari ini', 'lupa password wifi kantor', 'kode otp tokopedia tidak masuk'])(
    'sends out-of-scope %j to unknown', (text) => {
      expect(router.route(text).topic).toBe('unknown');
    });

  it('survives empty, emoji-only, huge and binary input', () => {
    for (const text of ['', '   ', '😭😭😭', 'x'.repeat(100_000), '\u0000\u0001\uffff']) {
      const result = router.route(text);
      expect(result.confidence).toBeGreaterThanOrEqual(0);
      expect(result.confidence).toBeLessThanOrEqual(1);
    }
    expect(router.route('').topic).toBe('unknown');
  });

  it('gives a confidence in 0..1 and at most three guide topics as candidates, best first', () => {
    const result = router.route('saya lupa password AMS');
    expect(result.confidence).toBeGreaterThan(0.5);
    expect(result.confidence).toBeLessThanOrEqual(1);
    expect(result.candidates.length).toBeLessThanOrEqual(3);
    expect(result.candidates[0]?.topic).toBe('forgot-password');
    const scores = result.candidates.map((c) => c.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const c of result.candidates) expect(['greeting', 'thanks', 'unknown']).not.toContain(c.topic);
  });

  it('is unsure about a vague question and offers likely topics', () => {
    const result = router.route('sertifikat');
    expect(result.unsure).toBe(true);
    expect(result.candidates.length).toBeGreaterThan(1);
  });

  it('routes the same text the same way every time', () => {
    const text = 'passphrase ds saya salah terus di nadine';
    expect(router.route(text)).toEqual(createRouter(graph).route(text));
  });

  it('explains its answer with the evidence per label', () => {
    const evidence = router.explain('lupa password ams');
    expect(evidence.classifier.length).toBe(router.labels.length);
    const best = router.labels[[...Array.from(evidence.classifier).keys()].sort((a, b) => evidence.classifier[b]! - evidence.classifier[a]!)[0]!];
    expect(best).toBe('forgot-password');
  });
});

describe.skipIf(!built)('router for a graph the model was not trained on', () => {
  const graph: Graph = parseGraph(JSON.parse(readFileSync(GRAPH, 'utf8')));

  it("uses the draft's own examples at once (nearest neighbours), without retraining", () => {
    const phrase = 'zebra kuning menari di atap kantor';
    expect(createRouter(graph).route(phrase).topic).toBe('unknown');
    const draft: Graph = {
      ...graph,
      topics: { ...graph.topics, login: { ...graph.topics.login!, examples: { ...graph.topics.login!.examples, id: [...graph.topics.login!.examples.id, phrase] } } },
    };
    expect(createRouter(draft).route(phrase).topic).toBe('login');
  });

  it('never answers with a topic the graph does not have', () => {
    const { 'renewal': _gone, ...topics } = graph.topics;
    const without: Graph = { ...graph, topics, menu: graph.menu.filter((t) => t !== 'renewal') };
    const result = createRouter(without).route('cara perpanjang sertifikat ds yang sudah expired');
    expect(result.topic).not.toBe('renewal');
    expect(result.candidates.map((c) => c.topic)).not.toContain('renewal');
  });
});
