/**
 * The router model's file (`dist/router-model.bin`): a small JSON header for the scalars, then
 * the large arrays as raw little-endian sections that become typed arrays without parsing.
 *
 * Why not JSON: `route` is a short-lived process, and reading, parsing and validating 2.7 MB of
 * JSON (weights in base64, 30 000 feature names, postings as nested arrays) took a quarter of
 * its run. Here the weights, postings and lookup tables (string-table.ts) are views on the
 * file's bytes, and a list of strings is decoded only when something reads it (looking a
 * feature, term or example up needs its table only).
 *
 * Layout: `DSRM`, u32 format version, u32 header length, header JSON (the scalars and each
 * section's element type and count), zero padding to 8 bytes, then the sections in header order,
 * each padded to 8 bytes (so every typed-array view is aligned). The decoder checks the magic,
 * the version, that every section lies inside the file, and that the arrays fit one another
 * (weights = features × labels, every label and document index in range); a file that fails any
 * of these is rejected with the reason.
 */
import { endianness } from 'node:os';
import { type StringTable, isStringTableFor } from './string-table.js';
import type { StoredRouterModel } from './model.js';

const MAGIC = 'DSRM';
/** Bumped whenever the layout or the meaning of a section changes. */
export const MODEL_FORMAT_VERSION = 4;

type SectionType = 'strings' | 'i16' | 'u32' | 'i32' | 'f64';
interface SectionHead { name: string; type: SectionType; count: number; bytes: number }

/** What is in the header besides the sections: everything of the model that is not a large array. */
type HeaderFields = Pick<StoredRouterModel, 'graphHash' | 'sources' | 'labels' | 'weightScale' | 'biases' | 'alpha' | 'featureSettings'>;
interface Header extends HeaderFields { sections: SectionHead[] }

const SEPARATOR = '\n';

/** The model as file bytes. Throws when a string holds the list separator (a newline). */
export function encodeRouterModel(model: StoredRouterModel): Buffer {
  if (endianness() !== 'LE') throw new Error('router model: writing needs a little-endian machine');
  const sections: Array<[string, SectionType, Buffer, number]> = [];
  const strings = (name: string, list: readonly string[]): void => {
    const bad = list.find((s) => s.includes(SEPARATOR));
    if (bad !== undefined) throw new Error(`router model: ${name} entry ${JSON.stringify(bad)} holds a newline`);
    sections.push([name, 'strings', Buffer.from(list.join(SEPARATOR), 'utf8'), list.length]);
  };
  const typed = (name: string, type: Exclude<SectionType, 'strings'>, array: Int16Array | Uint32Array | Int32Array | Float64Array): void => {
    sections.push([name, type, Buffer.from(array.buffer, array.byteOffset, array.byteLength), array.length]);
  };
  const table = (name: string, { slots, hashes }: StringTable): void => {
    typed(`${name}Slots`, 'u32', slots);
    typed(`${name}Hashes`, 'u32', hashes);
  };
  strings('features', model.features);
  table('feature', model.featureTable);
  typed('weights', 'i16', model.weights);
  strings('vocabulary', model.vocabulary);
  typed('vocabularyCounts', 'u32', Uint32Array.from(model.vocabularyCounts));
  strings('topicWords', model.topicWords);
  strings('anchors', model.anchors);
  strings('exampleTexts', model.examples.texts);
  typed('exampleLabels', 'u32', model.examples.labels);
  strings('terms', model.postings.terms);
  table('term', model.postings.termTable);
  typed('offsets', 'u32', model.postings.offsets);
  typed('docs', 'u32', model.postings.docs);
  typed('scores', 'f64', model.postings.scores);
  table('exact', model.exact.table);
  typed('exactLabels', 'i32', model.exact.labels);

  const header: Header = {
    graphHash: model.graphHash,
    sources: model.sources,
    labels: model.labels,
    weightScale: model.weightScale,
    biases: model.biases,
    alpha: model.alpha,
    featureSettings: model.featureSettings,
    sections: sections.map(([name, type, bytes, count]) => ({ name, type, count, bytes: bytes.length })),
  };
  const head = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(12);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(MODEL_FORMAT_VERSION, 4);
  prefix.writeUInt32LE(head.length, 8);
  const parts = [prefix, head, padding(12 + head.length)];
  for (const [, , bytes] of sections) parts.push(bytes, padding(bytes.length));
  return Buffer.concat(parts);
}

/** The model in `bytes` (a file written by {@link encodeRouterModel}); throws saying what is wrong. */
export function decodeRouterModel(bytes: Uint8Array): StoredRouterModel {
  // Typed-array views read in the machine's byte order; the file is little-endian.
  if (endianness() !== 'LE') throw new Error('router model: this machine is big-endian, the file is little-endian');
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (file.length < 12 || file.toString('latin1', 0, 4) !== MAGIC) throw new Error('router model: not a router model file');
  const version = file.readUInt32LE(4);
  if (version !== MODEL_FORMAT_VERSION) throw new Error(`router model: format ${version}, expected ${MODEL_FORMAT_VERSION} (run \`npm run build\`)`);
  const headLength = file.readUInt32LE(8);
  if (12 + headLength > file.length) throw new Error('router model: header runs past the end of the file');
  const header = JSON.parse(file.toString('utf8', 12, 12 + headLength)) as Header;
  if (!Array.isArray(header.labels) || !Array.isArray(header.biases) || !Array.isArray(header.sections)) throw new Error('router model: header lacks labels, biases or sections');

  let at = 12 + headLength + padding(12 + headLength).length;
  const found = new Map<string, { head: SectionHead; start: number }>();
  for (const head of header.sections) {
    if (at + head.bytes > file.length) throw new Error(`router model: section ${head.name} runs past the end of the file`);
    found.set(head.name, { head, start: at });
    at += head.bytes + padding(head.bytes).length;
  }
  const section = (name: string, type: SectionType): { head: SectionHead; start: number } => {
    const s = found.get(name);
    if (!s || s.head.type !== type) throw new Error(`router model: no ${type} section ${name}`);
    return s;
  };
  const count = (name: string): number => found.get(name)?.head.count ?? 0;
  const strings = (name: string): string[] => {
    const { head, start } = section(name, 'strings');
    const list = head.count === 0 ? [] : file.toString('utf8', start, start + head.bytes).split(SEPARATOR);
    if (list.length !== head.count) throw new Error(`router model: ${name} has ${list.length} entries, the header says ${head.count}`);
    return list;
  };
  /** A list decoded on first use: looking a string up needs only its table, not the strings. */
  const lazyStrings = (name: string): (() => string[]) => {
    section(name, 'strings');
    let list: string[] | undefined;
    return () => (list ??= strings(name));
  };
  const view = <T>(name: string, type: Exclude<SectionType, 'strings'>, make: (buffer: ArrayBuffer, offset: number, length: number) => T, size: number): T => {
    const { head, start } = section(name, type);
    if (head.bytes !== head.count * size) throw new Error(`router model: ${name} is ${head.bytes} bytes for ${head.count} values`);
    const offset = file.byteOffset + start;
    // A view needs an aligned offset; a buffer the caller sliced may not give one, so copy then.
    if (offset % size === 0) return make(file.buffer as ArrayBuffer, offset, head.count);
    return make(new Uint8Array(file.subarray(start, start + head.bytes)).buffer as ArrayBuffer, 0, head.count);
  };
  const u32 = (name: string): Uint32Array => view(name, 'u32', (b, o, n) => new Uint32Array(b, o, n), 4);
  const table = (name: string, entries: number): StringTable => {
    const t = { slots: u32(`${name}Slots`), hashes: u32(`${name}Hashes`) };
    if (!isStringTableFor(t, entries)) throw new Error(`router model: the ${name} table does not fit its ${entries} entries`);
    return t;
  };

  const labels = header.labels;
  const featureCount = count('features');
  const features = lazyStrings('features');
  const featureTable = table('feature', featureCount);
  const weights = view('weights', 'i16', (b, o, n) => new Int16Array(b, o, n), 2);
  if (weights.length !== featureCount * labels.length) throw new Error(`router model: ${weights.length} weights for ${featureCount} features × ${labels.length} labels`);
  if (header.biases.length !== labels.length) throw new Error(`router model: ${header.biases.length} biases for ${labels.length} labels`);
  const vocabulary = strings('vocabulary');
  const vocabularyCounts = Array.from(u32('vocabularyCounts'));
  if (vocabularyCounts.length !== vocabulary.length) throw new Error('router model: vocabulary and its counts differ in length');
  const exampleCount = count('exampleTexts');
  const exampleTexts = lazyStrings('exampleTexts');
  const exampleLabels = u32('exampleLabels');
  if (exampleLabels.length !== exampleCount) throw new Error('router model: examples and their labels differ in length');
  if (exampleLabels.some((l) => l >= labels.length)) throw new Error('router model: an example has a label the model does not have');
  const termCount = count('terms');
  const terms = lazyStrings('terms');
  const termTable = table('term', termCount);
  const offsets = u32('offsets');
  const docs = u32('docs');
  const scores = view('scores', 'f64', (b, o, n) => new Float64Array(b, o, n), 8);
  if (offsets.length !== termCount + 1 || offsets[termCount] !== docs.length || scores.length !== docs.length) throw new Error('router model: postings of unequal lengths');
  if (docs.some((d) => d >= exampleCount)) throw new Error('router model: a posting names an example the model does not have');
  const exactLabels = view('exactLabels', 'i32', (b, o, n) => new Int32Array(b, o, n), 4);
  const exactTable = table('exact', exactLabels.length);
  if (exactLabels.some((l) => l >= labels.length)) throw new Error('router model: an exact example has a label the model does not have');

  return {
    graphHash: header.graphHash,
    sources: header.sources,
    labels,
    get features() { return features(); },
    featureTable,
    weights,
    weightScale: header.weightScale,
    biases: header.biases,
    alpha: header.alpha,
    featureSettings: header.featureSettings,
    vocabulary,
    vocabularyCounts,
    topicWords: strings('topicWords'),
    anchors: strings('anchors'),
    examples: { get texts() { return exampleTexts(); }, labels: exampleLabels },
    postings: { get terms() { return terms(); }, termTable, offsets, docs, scores },
    exact: { table: exactTable, labels: exactLabels },
  };
}

/** Zero bytes that bring `length` to a multiple of 8. */
function padding(length: number): Buffer {
  return Buffer.alloc((8 - (length % 8)) % 8);
}
