import { describe, expect, it } from 'vitest';
import {
  checkText, checkTextFile, MAX_TEXT_BYTES, MIN_TEXT_CHARACTERS, normaliseText, sanitisePrompt, splitText, textTokenizer, visibleCharacter,
} from '../../../engine/lab/text';

const PARAGRAPH = 'The cat sat on the mat. The dog sat on the log. A bird sat on a branch and sang, and the cat looked up at it.';
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('checking a text to train on', () => {
  it('accepts a paragraph and normalises its line endings and byte-order mark', () => {
    const result = checkText(`\uFEFF${PARAGRAPH}\r\nsecond line\rthird`);
    expect(result).toEqual({ ok: true, text: `${PARAGRAPH}\nsecond line\nthird` });
  });

  it('refuses empty, too short, binary-looking and single-character text with a sentence', () => {
    expect(checkText('   \n ')).toEqual({ ok: false, message: 'That text is empty: paste or type some sentences first.' });
    expect(checkText('short')).toEqual({ ok: false, message: `That text has 5 characters; the Lab needs at least ${MIN_TEXT_CHARACTERS} to train on and hold some out.` });
    const withControl = checkText(`${PARAGRAPH}\u0001\u0002`);
    expect(withControl.ok).toBe(false);
    expect(!withControl.ok && withControl.message).toMatch(/^That text holds 2 control characters/);
    expect(checkText('a'.repeat(200))).toEqual({ ok: false, message: 'That text repeats a single character: there is nothing to learn.' });
  });

  it('refuses a text of more than 256 distinct characters, counting whole code points', () => {
    const many = Array.from({ length: 300 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('');
    expect(checkText(many)).toEqual({ ok: false, message: 'That text uses 300 different characters; the Lab\'s models take at most 256.' });
  });

  it('refuses a file over 5 MB before decoding it, naming its size', () => {
    const big = new Uint8Array(6 * 1024 * 1024).fill(97);
    expect(checkTextFile('big.txt', big)).toEqual({ ok: false, message: 'big.txt is 6.0 MB; the Lab trains on text files of at most 5.0 MB.' });
    expect(checkTextFile('edge.txt', new Uint8Array(MAX_TEXT_BYTES + 1).fill(97)).ok).toBe(false);
  });

  it('refuses an empty file, a file with NUL bytes and one that is not UTF-8', () => {
    expect(checkTextFile('empty.txt', new Uint8Array(0))).toEqual({ ok: false, message: 'empty.txt is empty.' });
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(checkTextFile('picture.png', png)).toEqual({ ok: false, message: 'picture.png is a binary file, not plain text (it holds NUL bytes).' });
    const latin1 = Uint8Array.from([...utf8(PARAGRAPH), 0xe9, 0x20, 0x61]);
    expect(checkTextFile('old.txt', latin1)).toEqual({
      ok: false, message: 'old.txt is not UTF-8 plain text (it may be a binary file, or text saved in another encoding).',
    });
  });

  it('decodes a UTF-8 file and passes its text through the same checks', () => {
    expect(checkTextFile('story.txt', utf8(`${PARAGRAPH} Café — naïve.`))).toEqual({ ok: true, text: `${PARAGRAPH} Café — naïve.` });
    expect(checkTextFile('tiny.txt', utf8('hello'))).toEqual({ ok: false, message: `tiny.txt: the text has 5 characters; the Lab needs at least ${MIN_TEXT_CHARACTERS} to train on and hold some out.` });
  });
});

describe('splitting a text into ids', () => {
  it('builds the vocabulary from the text itself and holds out its last tenth', () => {
    const text = normaliseText(PARAGRAPH.repeat(3));
    const split = splitText(text, 16);
    expect(split.vocabulary).toEqual([...new Set(Array.from(text))].sort());
    const total = Array.from(text).length;
    expect(split.train.length + split.heldOut.length).toBe(total);
    expect(split.heldOut.length).toBe(Math.round(total * 0.1));
    const tokenizer = textTokenizer(split.vocabulary);
    expect(tokenizer.decode(split.train) + tokenizer.decode(split.heldOut)).toBe(text);
    expect(tokenizer.decode(split.heldOut)).toBe(text.slice(text.length - split.heldOut.length));
  });

  it('holds out at least one full window, and says when the text is too short for the context', () => {
    const split = splitText(PARAGRAPH + PARAGRAPH, 64);
    expect(split.heldOut.length).toBe(65);
    expect(() => splitText(PARAGRAPH, 64)).toThrow(/needs at least 130/);
  });

  it('keeps a character outside the basic plane as one token', () => {
    const split = splitText(`${'ab🐳'.repeat(40)}`, 8);
    expect(split.vocabulary).toContain('🐳');
    expect(split.train.length + split.heldOut.length).toBe(120);
  });
});

describe('prompts and labels', () => {
  const tokenizer = textTokenizer(Array.from(' Tacehst'));
  it('keeps case, marks unknown characters, and keeps the last characters that fit', () => {
    const prompt = sanitisePrompt('The Cat!', tokenizer, 20);
    expect(prompt.tokens.join('')).toBe('The at');
    expect(prompt.unknownCount).toBe(2);
    expect(prompt.characters.filter((c) => !c.known).map((c) => c.text)).toEqual(['C', '!']);
    const capped = sanitisePrompt('the cat sat', tokenizer, 4);
    expect(capped.tokens.join('')).toBe(' sat');
    expect(capped.truncated).toBe(true);
  });
  it('decodes only ids it has, and names whitespace visibly', () => {
    expect(() => tokenizer.decode([99])).toThrow(/id 99 at index 0/);
    expect([' ', '\n', '\t', 'x'].map(visibleCharacter)).toEqual(['␣', '↵', '⇥', 'x']);
  });
});
