import { useState, type DragEvent, type RefObject } from 'react';
import { loadReportFiles, type LoadedFiles } from './loadReports';

/** The drop zone and file input for report files, with a progress bar while a batch loads. */
export function ReportDrop({ inputRef, onLoaded }: { inputRef: RefObject<HTMLInputElement | null>; onLoaded: (result: LoadedFiles, total: number) => void }) {
  const [loading, setLoading] = useState<{ done: number; total: number } | null>(null);
  const [dragging, setDragging] = useState(false);
  const load = async (files: File[]) => {
    if (files.length === 0 || loading) return;
    setLoading({ done: 0, total: files.length });
    const result = await loadReportFiles(files, (done) => setLoading({ done, total: files.length }));
    setLoading(null);
    onLoaded(result, files.length);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void load([...e.dataTransfer.files]);
  };
  return (
    <>
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>Drop report files here, or choose them:</p>
        <p className="field">
          <label htmlFor="report-files">Report files (.json, up to 1 MB each)</label>
          <input
            ref={inputRef}
            id="report-files"
            type="file"
            multiple
            accept=".json,application/json"
            disabled={loading !== null}
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              void load(files);
            }}
          />
        </p>
      </div>
      {loading ? (
        <p className="field">
          <label htmlFor="load-progress">
            Loading reports: {loading.done} of {loading.total}
          </label>
          <progress id="load-progress" max={loading.total} value={loading.done} />
        </p>
      ) : null}
    </>
  );
}
