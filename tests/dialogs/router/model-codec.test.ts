/**
 * The model file: what the build writes is what the router reads back (every array, every
 * scalar), and a damaged or foreign file is refused with a reason instead of being half-read.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHIPPED_MODEL_PATH, decodeRouterModel, encodeRouterModel, loadShippedModel } from '../../../src/dialogs/router/index.js';
import type { StoredRouterModel } from '../../../src/dialogs/router/model.js';
import { buildStringTable } from '../../../src/dialogs/router/string-table.js';
import { computeExactExamples, computePostings } from '../../../src/dialogs/router/knn.js';

/** A small model by hand: two labels, three features, three examples. */
function smallModel(): StoredRouterModel {
  const features = ['w:lupa', 'c:#lu', 'b:lupa_password'];
  const texts = ['lupa password', 'rapat besok', 'lupa pin'];
  const labels = Uint32Array.from([0, 1, 0]);
  return {
    graphHash: 'abc',
    sources: { flow: 3 },
    labels: ['forgot-password', 'unknown'],
    features,
    featureTable: buildStringTable(features),
    weights: Int16Array.from([1, -2, 300, 4, -32767, 32767]),
    weightScale: 0.001,
    biases: [0.25, -0.125],
    alpha: 0.07,
    featureSettings: { wordWeight: 1, pairWeight: 0.5, charWeight: 1, ownerWeight: 1, anchorWeight: 1, lengthWeight: 1, twoEditsFrom: 8 },
    vocabulary: ['lupa', 'password', 'sertifikat'],
    vocabularyCounts: [10, 7, 3],
    topicWords: ['lupa', 'password'],
    anchors: ['password'],
    examples: { texts, labels },
    postings: computePostings(texts),
    exact: computeExactExamples(texts, labels),
  };
}

/** The model as plain values (getters read, typed arrays as arrays) for comparison. */
function plain(model: StoredRouterModel): unknown {
  return JSON.parse(JSON.stringify({ ...model, examples: { texts: model.examples.texts, labels: model.examples.labels }, postings: { ...model.postings, terms: model.postings.terms } },
    (_k, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as unknown as ArrayLike<number>) : v)));
}

describe('router model file', () => {
  it('reads back exactly what it wrote', () => {
    const model = smallModel();
    expect(plain(decodeRouterModel(encodeRouterModel(model)))).toEqual(plain(model));
  });

  it('reads a file whose bytes do not start on an aligned offset', () => {
    const bytes = encodeRouterModel(smallModel());
    const shifted = Buffer.alloc(bytes.length + 1);
    bytes.copy(shifted, 1);
    expect(plain(decodeRouterModel(shifted.subarray(1)))).toEqual(plain(smallModel()));
  });

  it('refuses a file that is not a model, of another format version, or cut short', () => {
    const bytes = encodeRouterModel(smallModel());
    expect(() => decodeRouterModel(Buffer.from('{"labels": []}'))).toThrow(/not a router model/);
    const other = Buffer.from(bytes);
    other.writeUInt32LE(1, 4);
    expect(() => decodeRouterModel(other)).toThrow(/format 1/);
    expect(() => decodeRouterModel(bytes.subarray(0, bytes.length - 9))).toThrow(/runs past the end/);
  });

  it('refuses arrays that do not fit one another', () => {
    const model = smallModel();
    expect(() => decodeRouterModel(encodeRouterModel({ ...model, weights: model.weights.subarray(0, 5) }))).toThrow(/5 weights for 3 features × 2 labels/);
    expect(() => decodeRouterModel(encodeRouterModel({ ...model, biases: [1] }))).toThrow(/1 biases for 2 labels/);
    expect(() => decodeRouterModel(encodeRouterModel({ ...model, examples: { ...model.examples, labels: Uint32Array.from([0, 5, 0]) } }))).toThrow(/label the model does not have/);
  });

  it('refuses a list entry that holds its separator', () => {
    expect(() => encodeRouterModel({ ...smallModel(), vocabulary: ['a\nb'] })).toThrow(/holds a newline/);
  });

  it.skipIf(!existsSync(SHIPPED_MODEL_PATH))('round-trips the shipped model', () => {
    const shipped = loadShippedModel()!;
    expect(plain(decodeRouterModel(encodeRouterModel(shipped)))).toEqual(plain(shipped));
  });
});
