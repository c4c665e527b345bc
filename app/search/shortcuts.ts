/** Input types that take no typed text, so a shortcut pressed on them is not a character being typed. */
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'range', 'button', 'submit', 'reset', 'color', 'file', 'image']);

/** True when keys pressed on this element are typed into it: text fields, text areas, selects, editable content. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  // closest() as well, for engines without isContentEditable (jsdom).
  if (target.isContentEditable || target.closest('[contenteditable]:not([contenteditable="false"])')) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(target.type);
}

/** The parts of a key press the shortcut looks at. */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target' | 'defaultPrevented' | 'isComposing'>;

/** True for `/` and Ctrl+K / Cmd+K, unless the reader is typing somewhere or something else took the key. */
export function isSearchShortcut(event: KeyPress): boolean {
  if (event.defaultPrevented || event.isComposing || event.altKey || isTypingTarget(event.target)) return false;
  if (event.key === '/') return !event.ctrlKey && !event.metaKey;
  return event.key.toLowerCase() === 'k' && event.ctrlKey !== event.metaKey;
}

/**
 * What the search box will hold after this key, for keys pressed while the dialog is still loading: typed
 * characters are added and Backspace removes the last one, so a reader who types straight after the shortcut loses
 * nothing. Null for keys that do not edit text (arrows, Tab, shortcuts with Ctrl, Cmd or Alt).
 */
export function typeAhead(text: string, event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'isComposing'>): string | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return null;
  if (event.key === 'Backspace') return text.slice(0, -1);
  // Printable keys have a one-character name (a surrogate pair counts as one); named keys are longer.
  return [...event.key].length === 1 ? text + event.key : null;
}
