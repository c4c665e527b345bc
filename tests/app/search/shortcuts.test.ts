import { afterEach, describe, expect, it } from 'vitest';
import { isSearchShortcut, isTypingTarget, typeAhead, type KeyPress } from '../../../app/search/shortcuts';

/** A key press on an element, with no modifier unless given. */
function press(key: string, target: EventTarget | null, mods: Partial<KeyPress> = {}): KeyPress {
  return { key, target, ctrlKey: false, metaKey: false, altKey: false, defaultPrevented: false, isComposing: false, ...mods };
}

/** An element attached to the page, built from HTML. */
function element(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body.firstElementChild as HTMLElement;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the search shortcuts', () => {
  it('open search with / and with Ctrl+K or Cmd+K from the page', () => {
    expect(isSearchShortcut(press('/', document.body))).toBe(true);
    expect(isSearchShortcut(press('k', document.body, { ctrlKey: true }))).toBe(true);
    expect(isSearchShortcut(press('K', document.body, { metaKey: true }))).toBe(true);
  });

  it('ignore plain K, Alt, both Ctrl and Cmd, Ctrl+/ and keys another handler already took', () => {
    expect(isSearchShortcut(press('k', document.body))).toBe(false);
    expect(isSearchShortcut(press('/', document.body, { altKey: true }))).toBe(false);
    expect(isSearchShortcut(press('k', document.body, { ctrlKey: true, metaKey: true }))).toBe(false);
    expect(isSearchShortcut(press('/', document.body, { ctrlKey: true }))).toBe(false);
    expect(isSearchShortcut(press('/', document.body, { defaultPrevented: true }))).toBe(false);
    expect(isSearchShortcut(press('/', document.body, { isComposing: true }))).toBe(false);
  });

  it('do not fire while the reader types in a text field, a text area, a select or editable content', () => {
    for (const html of ['<input>', '<input type="search">', '<input type="number">', '<textarea></textarea>', '<select><option>a</option></select>', '<div contenteditable="true"></div>']) {
      const target = element(html);
      expect(isTypingTarget(target), html).toBe(true);
      expect(isSearchShortcut(press('/', target)), html).toBe(false);
      expect(isSearchShortcut(press('k', target, { ctrlKey: true })), html).toBe(false);
    }
  });

  it('still fire from controls that take no text: quiz choices, sliders, buttons and links', () => {
    for (const html of ['<input type="radio">', '<input type="checkbox">', '<input type="range">', '<button>b</button>', '<a href="/">a</a>']) {
      expect(isSearchShortcut(press('/', element(html))), html).toBe(true);
    }
  });
});

describe('typing while the search dialog loads', () => {
  const key = (k: string, mods: Partial<KeyPress> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, isComposing: false, ...mods });

  it('keeps every typed character, in order, and lets Backspace take the last one back', () => {
    let text = '';
    for (const k of ['a', 't', 'e', 'n', 't', 'x', 'Backspace', 'i', 'o', 'n', ' ', 'é', '𝑥']) text = typeAhead(text, key(k)) ?? text;
    expect(text).toBe('atention é𝑥');
    expect(typeAhead('', key('Backspace'))).toBe('');
  });

  it('leaves alone keys that do not edit text: arrows, Tab, Enter, Escape and shortcuts with Ctrl, Cmd or Alt', () => {
    for (const k of ['ArrowDown', 'Tab', 'Enter', 'Escape', 'Shift']) expect(typeAhead('ab', key(k))).toBeNull();
    expect(typeAhead('ab', key('k', { ctrlKey: true }))).toBeNull();
    expect(typeAhead('ab', key('v', { metaKey: true }))).toBeNull();
    expect(typeAhead('ab', key('a', { altKey: true }))).toBeNull();
    expect(typeAhead('ab', key('a', { isComposing: true }))).toBeNull();
  });
});
