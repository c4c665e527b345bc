import type { z } from 'zod';
import { PROGRESS_FILE_FORMAT } from './progressFile';
import { REPORT_FORMAT, REPORT_VERSION, reportSchema, reportV1Schema, upgradeReportV1, type ProgressReport } from './reportSchema';
import { formatBytes, parseUntrustedJson } from './safeJson';

/** Where students get their report, as the messages name it. */
const ASK_FOR_REPORT = 'the report page (/report)';

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
  if (format === PROGRESS_FILE_FORMAT) return { ok: false, reason: `is a progress file (for moving progress to another device), not a report; ask the student for the report they download from ${ASK_FOR_REPORT}` };
  if (format !== REPORT_FORMAT) return { ok: false, reason: `is not a progress report from this course; ask the student to download their report from ${ASK_FOR_REPORT}` };
  if (version === 1) {
    const old = reportV1Schema.safeParse(value);
    return old.success ? { ok: true, report: upgradeReportV1(old.data) } : { ok: false, reason: schemaReason(old.error) };
  }
  if (version !== REPORT_VERSION) return { ok: false, reason: `is report version ${String(version)}; this page reads versions 1 and ${REPORT_VERSION} (if it is newer, reload this page to get the current course)` };
  const parsed = reportSchema.safeParse(value);
  return parsed.success ? { ok: true, report: parsed.data } : { ok: false, reason: schemaReason(parsed.error) };
}
