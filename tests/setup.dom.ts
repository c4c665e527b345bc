import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// Lazy routes and lessons load through dynamic imports; on a busy machine that can take longer than the default 1 s.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no layout: charts measure their container through ResizeObserver, so report a fixed, non-zero size.
class FixedSizeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const rect = { width: 640, height: 360, top: 0, left: 0, bottom: 360, right: 640, x: 0, y: 0, toJSON: () => ({}) };
    this.callback([{ target, contentRect: rect } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}
if (!('ResizeObserver' in globalThis)) globalThis.ResizeObserver = FixedSizeResizeObserver as unknown as typeof ResizeObserver;

// jsdom lacks matchMedia; the theme code asks it for the system colour scheme.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({ matches: false, media: query, onchange: null, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {}, dispatchEvent: () => false }) as MediaQueryList;
}

// jsdom does not implement scrolling; navigation calls it.
window.scrollTo = () => {};
Element.prototype.scrollIntoView = function scrollIntoView() {};

// CodeMirror measures text with Range rectangles, which jsdom does not lay out.
if (typeof Range !== 'undefined' && !Range.prototype.getClientRects) {
  Range.prototype.getClientRects = () => ({ length: 0, item: () => null, [Symbol.iterator]: [][Symbol.iterator] }) as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = () => ({ x: 0, y: 0, width: 0, height: 0, top: 0, left: 0, right: 0, bottom: 0, toJSON: () => ({}) }) as DOMRect;
}
