import type { z } from 'zod';
import { REPORT_FORMAT, REPORT_VERSION, reportSchema, type ProgressReport } from './report';
import { formatBytes, parseUntrustedJson } from './safeJson';

/** Largest report file read, in bytes; a real report is a few kilobytes. */
export const MAX_REPORT_BYTES = 1024 * 1024;

/** A file that was read: its report, or the reason it could not be used. */
export type ReadResult = { ok: true; report: ProgressReport } | { ok: false; reason: string };

/** Where in the file a schema problem is, in words: `lessons[2].correct`. */
function pathText(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('');
}

/** The first schema problem as a sentence a teacher can act on. */
function schemaReason(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue.code === 'unrecognized_keys') return `has fields a report does not have: ${issue.keys.join(', ')}${issue.path.length ? ` (in ${pathText(issue.path)})` : ''}`;
  const where = pathText(issue.path);
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) return `is missing the field ${where}`;
  return where ? `field ${where}: ${issue.message}` : issue.message;
}

/** Checks a report file's size, JSON and schema; never throws, and says what is wrong in words. */
export function readReport(text: string, size: number): ReadResult {
  if (size > MAX_REPORT_BYTES) return { ok: false, reason: `is ${formatBytes(size)}, more than the 1 MB a report can be` };
  let value: unknown;
  try {
    value = parseUntrustedJson(text);
  } catch {
    return { ok: false, reason: 'is not valid JSON (the file may be cut short or not a report)' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'is not a progress report (expected a JSON object)' };
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== REPORT_FORMAT) return { ok: false, reason: `is not a progress report from this course (its format is not "${REPORT_FORMAT}")` };
  if (version !== REPORT_VERSION) return { ok: false, reason: `is report version ${String(version)}; this page reads version ${REPORT_VERSION}` };
  const parsed = reportSchema.safeParse(value);
  return parsed.success ? { ok: true, report: parsed.data } : { ok: false, reason: schemaReason(parsed.error) };
}
