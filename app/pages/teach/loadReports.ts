import { readReport } from '../../teach/readReport';
import type { ProgressReport } from '../../teach/report';

/** What loading a batch of files produced: the reports, and each bad file with its reason. */
export interface LoadedFiles {
  reports: { id: string; report: ProgressReport }[];
  failures: { fileName: string; reason: string }[];
}

/** Files read at once; small enough that the progress bar moves, large enough that 500 files load quickly. */
const BATCH = 25;

/** Reads and checks report files in batches, telling `onProgress` after each; a file over 1 MB is never read. */
export async function loadReportFiles(files: readonly File[], onProgress: (done: number) => void): Promise<LoadedFiles> {
  const out: LoadedFiles = { reports: [], failures: [] };
  for (let start = 0; start < files.length; start += BATCH) {
    const batch = files.slice(start, start + BATCH);
    const texts = await Promise.all(batch.map((f) => (f.size > 1024 * 1024 ? Promise.resolve('') : f.text().catch(() => null))));
    batch.forEach((file, i) => {
      const text = texts[i];
      const result = text === null ? { ok: false as const, reason: 'could not be read from the disk' } : readReport(text, file.size);
      if (result.ok) out.reports.push({ id: file.name, report: result.report });
      else out.failures.push({ fileName: file.name, reason: result.reason });
    });
    onProgress(Math.min(files.length, start + BATCH));
    // Let the page paint the progress bar between batches.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return out;
}
