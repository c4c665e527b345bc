/** Keys that could reach an object's prototype if untrusted data were ever merged; they are dropped on reading. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Parses untrusted JSON, dropping `__proto__`, `constructor` and `prototype` keys at every depth; throws on bad JSON. */
export function parseUntrustedJson(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value));
}

/** Formats a byte count for a message, e.g. 1.4 MB or 312 KB. */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
