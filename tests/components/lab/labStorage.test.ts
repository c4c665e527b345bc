import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createGpt } from '../../../engine/gpt/forward';
import { saveModel } from '../../../engine/gpt/serialize';
import { textCorpus } from '../../../components/lab/corpus';
import { labFileText, readLabFile } from '../../../components/lab/labFile';
import { LAB_STORAGE_KEY, MAX_IMPORT_BYTES, writeStoredLab } from '../../../components/lab/modelStore';
import { indexedDbLabStore, LAB_DB_KEY, LAB_DB_NAME, LAB_DB_STORE, readRunRecord, runRecord } from '../../../components/lab/runStore';
import { readShareQuery, shareQuery } from '../../../components/lab/shareLink';
import { DEFAULT_SETTINGS } from '../../../components/lab/labSettings';
import { loadTrainedLabModel } from '../../../components/lab/trainedModel';
import { memoryStorage } from './fakeLabWorker';

const TEXT = 'It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness.';
const asFile = (name: string, text: string) => ({ name, size: new TextEncoder().encode(text).length, text: async () => text });

describe('the Lab run in IndexedDB', () => {
  it('keeps the weights bit for bit with the corpus, seed and loss curve, and reads them back for other pages', async () => {
    const corpus = textCorpus(TEXT, 'text', 'your text');
    const model = createGpt({ vocabSize: corpus.vocabulary.length, layers: 1, heads: 2, width: 16, contextLength: 8, seed: 1240 });
    const store = indexedDbLabStore(new IDBFactory());
    expect(await store.read()).toEqual({ kind: 'empty' });
    const points = [{ step: 5, loss: 3.1 }, { step: 10, loss: 2.9, heldOutLoss: 3.0 }];
    expect(await store.write({
      model, step: 10, learningRate: 3e-3, points, seed: 7, running: true,
      corpus: { kind: 'text', title: 'your text', text: TEXT, vocabulary: [...corpus.vocabulary] },
    })).toBeNull();
    const read = await store.read();
    if (read.kind !== 'model') throw new Error(`expected a model, got ${read.kind}`);
    expect(Array.from(read.lab.model.params.data)).toEqual(Array.from(model.params.data));
    expect(read.lab).toMatchObject({ step: 10, learningRate: 3e-3, points, seed: 7, running: true, corpus: { kind: 'text', text: TEXT } });
    const trained = await loadTrainedLabModel(store);
    expect(trained).toMatchObject({ step: 10, vocabulary: corpus.vocabulary.join(''), boundary: null, corpusName: 'your text' });
  });

  it('reads a model an older Lab left in localStorage once, and drops that copy after the next write', async () => {
    const legacy = memoryStorage();
    const model = createGpt({ vocabSize: 27, layers: 1, heads: 1, width: 16, contextLength: 8 });
    writeStoredLab(legacy, { model, step: 33, learningRate: 1e-2, points: [] });
    const store = indexedDbLabStore(new IDBFactory(), legacy);
    const read = await store.read();
    expect(read.kind === 'model' && read.lab.step).toBe(33);
    expect(await store.write({ model, step: 40, learningRate: 1e-2, points: [] })).toBeNull();
    expect(legacy.getItem(LAB_STORAGE_KEY)).toBeNull();
    expect(await loadTrainedLabModel(store)).toMatchObject({ step: 40, boundary: '.', vocabulary: '.abcdefghijklmnopqrstuvwxyz' });
  });

  it('refuses a broken record with a sentence instead of throwing: wrong version, wrong length, a NaN weight', async () => {
    const model = createGpt({ vocabSize: 27, layers: 1, heads: 1, width: 16, contextLength: 8 });
    const record = runRecord({ model, step: 1, learningRate: 1e-2, points: [] });
    expect(readRunRecord({ ...record, version: 9 })).toEqual({ kind: 'problem', message: expect.stringMatching(/saved in format 9/) });
    expect(readRunRecord({ ...record, weights: new ArrayBuffer(12) })).toEqual({ kind: 'problem', message: expect.stringMatching(/could not be restored/) });
    const nan = new Float32Array(record.weights.slice(0));
    nan[3] = NaN;
    expect(readRunRecord({ ...record, weights: nan.buffer }).kind).toBe('problem');
    // A record written straight into the database (as a corrupt profile might hold) is refused the same way.
    const factory = new IDBFactory();
    const store = indexedDbLabStore(factory);
    await store.read();
    await new Promise<void>((resolve) => {
      const open = factory.open(LAB_DB_NAME, 1);
      open.onsuccess = () => {
        const tx = open.result.transaction(LAB_DB_STORE, 'readwrite');
        tx.objectStore(LAB_DB_STORE).put({ version: 2, weights: 'nope' }, LAB_DB_KEY);
        tx.oncomplete = () => { open.result.close(); resolve(); };
      };
    });
    const fresh = indexedDbLabStore(factory);
    expect(await fresh.read()).toEqual({ kind: 'problem', message: expect.stringMatching(/holds no weights/) });
  });

  it('says so, without throwing, when the browser refuses the database', async () => {
    const refusing = { open: () => { throw new DOMException('blocked', 'SecurityError'); } } as unknown as IDBFactory;
    const store = indexedDbLabStore(refusing);
    expect(await store.read()).toEqual({ kind: 'problem', message: expect.stringMatching(/blocks saved data/) });
    const model = createGpt({ vocabSize: 27, layers: 1, heads: 1, width: 16, contextLength: 8 });
    expect(await store.write({ model, step: 1, learningRate: 1e-2, points: [] })).toMatch(/refused to save/);
  });
});

describe('Lab model files', () => {
  it('round-trips a text model with its vocabulary and step', async () => {
    const corpus = textCorpus(TEXT, 'text', 'your text');
    const model = createGpt({ vocabSize: corpus.vocabulary.length, layers: 2, heads: 2, width: 16, contextLength: 8 });
    const file = await readLabFile(asFile('m.json', labFileText(model, 120, corpus)));
    expect(file.step).toBe(120);
    expect(file.vocabulary).toEqual(corpus.vocabulary);
    expect(file.corpus).toEqual({ kind: 'text', title: 'your text' });
    expect(Array.from(file.model.params.data)).toEqual(Array.from(model.params.data));
  });

  it('reads an engine file of the names, and refuses a foreign, broken or mislabelled one', async () => {
    const names = createGpt({ vocabSize: 27, layers: 1, heads: 1, width: 16, contextLength: 8 });
    expect((await readLabFile(asFile('old.json', saveModel(names)))).corpus.kind).toBe('names');
    const wide = createGpt({ vocabSize: 40, layers: 1, heads: 1, width: 16, contextLength: 8 });
    await expect(readLabFile(asFile('w.json', saveModel(wide)))).rejects.toThrow(/40 tokens but does not say which characters/);
    await expect(readLabFile(asFile('x.json', '{"format":"something-else"}'))).rejects.toThrow(/format tag/);
    await expect(readLabFile(asFile('x.json', 'PK\u0003\u0004'))).rejects.toThrow(/not JSON/);
    const corpus = textCorpus(TEXT, 'text', 'your text');
    const good = JSON.parse(labFileText(createGpt({ vocabSize: corpus.vocabulary.length, layers: 1, heads: 1, width: 16, contextLength: 8 }), 1, corpus));
    await expect(readLabFile(asFile('v.json', JSON.stringify({ ...good, vocabulary: good.vocabulary.slice(1) })))).rejects.toThrow(/vocabulary has \d+ characters for a model of/);
    await expect(readLabFile(asFile('v.json', JSON.stringify({ ...good, vocabulary: ['ab', ...good.vocabulary.slice(1)] })))).rejects.toThrow(/distinct single characters/);
    await expect(readLabFile(asFile('v.json', JSON.stringify({ ...good, version: 3 })))).rejects.toThrow(/Lab file version 3/);
    const huge = { name: 'big.json', size: MAX_IMPORT_BYTES + 1, text: async () => { throw new Error('must not be read'); } };
    await expect(readLabFile(huge)).rejects.toThrow(/big\.json is 5\.0 MB/);
  });

  it('fits the largest model, 4 layers of width 128 over 64 characters, under the 5 MB import cap', () => {
    const largest = createGpt({ vocabSize: 27, layers: 4, heads: 4, width: 128, contextLength: 64 });
    const size = new TextEncoder().encode(labFileText(largest, 1, { kind: 'names', title: 'names', vocabulary: Array.from('.abcdefghijklmnopqrstuvwxyz') } as never)).length;
    expect(size).toBeLessThan(MAX_IMPORT_BYTES);
    expect(size).toBeGreaterThan(808_448 * 4);
  });
});

describe('a link to a built-in run', () => {
  it('carries the corpus, every dial and the seed, and reads back the same run', () => {
    const settings = { layers: 3, heads: 2, width: 48, contextLength: 32, learningRate: 3e-3, seed: 42 };
    const query = shareQuery('moby-dick', settings);
    expect(query).toBe('corpus=moby-dick&layers=3&heads=2&width=48&context=32&rate=0.003&seed=42');
    expect(readShareQuery(`?${query}`)).toEqual({ corpus: 'moby-dick', settings, problems: [] });
    expect(readShareQuery('?utm_source=x')).toBeNull();
  });

  it('refuses each value the dials do not offer, naming it, and uses the default there', () => {
    const run = readShareQuery('?corpus=../../etc&layers=9&width=999&rate=NaN&seed=0&context=64');
    expect(run?.settings).toEqual({ ...DEFAULT_SETTINGS, contextLength: 64 });
    expect(run?.corpus).toBe('names');
    expect(run?.problems).toEqual([
      'corpus=../../etc is not names or moby-dick, so the Lab uses names',
      'layers=9 is not one of 1, 2, 3, 4, so the Lab uses 2',
      'width=999 is not a width 4 heads divide (16–128), so the Lab uses 32',
      'rate=NaN is not a learning rate on the dial, so the Lab uses 0.01',
      'seed=0 is not a whole number from 1 to 9999, so the Lab uses 1',
    ]);
  });
});
