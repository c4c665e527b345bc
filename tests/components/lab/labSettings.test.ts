import { describe, expect, it } from 'vitest';
import { createGpt } from '../../../engine/gpt/forward';
import { saveModel } from '../../../engine/gpt/serialize';
import { fitWidth, lowerRate, settingsFromConfig, widthChoices } from '../../../components/lab/labSettings';
import { LAB_STORAGE_KEY, MAX_IMPORT_BYTES, readModelFile, readStoredLab, writeStoredLab } from '../../../components/lab/modelStore';
import { memoryStorage } from './fakeLabWorker';

describe('the Lab dials', () => {
  it('offers only widths from 16 to 128 that the heads divide, in coarser steps past 64', () => {
    expect(widthChoices(4)).toEqual([16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128]);
    expect(widthChoices(3)).toEqual([24, 36, 48, 60, 72, 96, 120]);
    expect(fitWidth(32, 3)).toBe(36);
  });

  it('offers a diverged run the next lower rate, and the lowest rate at the bottom', () => {
    expect(lowerRate(1e-2)).toBe(3e-3);
    expect(lowerRate(3e-4)).toBe(3e-4);
  });

  it('reads dials back from a saved config, and refuses a shape the dials cannot show', () => {
    const model = createGpt({ vocabSize: 27, layers: 3, heads: 2, width: 48, contextLength: 12 });
    expect(settingsFromConfig(model.config, 3e-3)).toEqual({ layers: 3, heads: 2, width: 48, contextLength: 12, learningRate: 3e-3, seed: 1 });
    expect(settingsFromConfig({ ...model.config, seed: 1233 + 42 }, 3e-3)?.seed).toBe(42);
    expect(settingsFromConfig({ ...model.config, layers: 6 }, 3e-3)).toBeNull();
    // The vocabulary belongs to the corpus: a 65-character model fits the dials, and the Lab checks it against the text.
    expect(settingsFromConfig({ ...model.config, vocabSize: 65 }, 3e-3)?.layers).toBe(3);
  });
});

describe('keeping the Lab model', () => {
  const model = createGpt({ vocabSize: 27, layers: 1, heads: 2, width: 16, contextLength: 8 });

  it('stores and restores the model, its step and its finite loss points only', () => {
    const storage = memoryStorage();
    expect(writeStoredLab(storage, { model, step: 40, learningRate: 3e-3, points: [{ step: 5, loss: 3 }, { step: 10, loss: NaN }] })).toBeNull();
    const read = readStoredLab(storage);
    if (read.kind !== 'model') throw new Error(`expected a model, got ${read.kind}`);
    expect(read.lab.step).toBe(40);
    expect(read.lab.points).toEqual([{ step: 5, loss: 3 }]);
    expect(Array.from(read.lab.model.params.data)).toEqual(Array.from(model.params.data));
  });

  it('refuses a stored model of another format version with a sentence', () => {
    const storage = memoryStorage({ [LAB_STORAGE_KEY]: JSON.stringify({ version: 99, model: saveModel(model) }) });
    expect(readStoredLab(storage)).toEqual({ kind: 'problem', message: expect.stringMatching(/saved in format 99/) });
  });

  it('says so when the browser refuses to store the model', () => {
    expect(writeStoredLab(memoryStorage({}, true), { model, step: 1, learningRate: 1e-2, points: [] })).toMatch(/refused to save/);
  });

  it('refuses an import over the size cap before reading it', async () => {
    const huge = { name: 'big.json', size: MAX_IMPORT_BYTES + 1, text: async () => { throw new Error('must not be read'); } };
    await expect(readModelFile(huge)).rejects.toThrow(/big\.json is 5\.0 MB; a Lab model file is at most 5 MB/);
  });

  it('refuses an import holding a non-finite weight', async () => {
    const saved = JSON.parse(saveModel(model));
    saved.weights = 'AADAfw' + saved.weights.slice(6); // the first float32 becomes NaN (bytes 00 00 c0 7f)
    const text = JSON.stringify(saved);
    await expect(readModelFile({ name: 'nan.json', size: text.length, text: async () => text })).rejects.toThrow(/finite numbers/);
  });
});
