import { useId, useState } from 'react';
import { isHighlighted } from '../../../../engine/forwardPass/provenance';
import { parseCellInput, WEIGHT_LABELS, type WeightName } from '../../../../engine/forwardPass/weights';
import { useHighlight } from './highlight';
import MatrixTable from './MatrixTable';
import { useForwardWeights } from './weightsStore';

/** One editable weight: a native number input; a bad entry keeps the last good value in use and says why. */
function WeightCell({
  name,
  row,
  col,
  errorId,
  onError,
}: {
  name: WeightName;
  row: number;
  col: number;
  errorId: string;
  onError: (message: string | null) => void;
}) {
  const value = useForwardWeights((s) => s.weights[name][row][col]);
  const setCell = useForwardWeights((s) => s.setCell);
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  return (
    <input
      type="number"
      step={0.1}
      min={-10}
      max={10}
      inputMode="decimal"
      aria-label={`${WEIGHT_LABELS[name]} row ${row} column ${col}`}
      aria-invalid={invalid || undefined}
      aria-describedby={invalid ? errorId : undefined}
      value={draft ?? String(value)}
      onChange={(e) => {
        const text = e.target.value;
        setDraft(text);
        const parsed = parseCellInput(text);
        setInvalid(!parsed.ok);
        onError(parsed.ok ? null : parsed.message);
        if (parsed.ok) setCell(name, row, col, parsed.value);
      }}
      onBlur={() => {
        if (!invalid) setDraft(null);
      }}
    />
  );
}

/** A weight matrix whose every cell is an input; downstream values recompute as soon as a cell holds a valid number. */
export default function WeightMatrix({ name }: { name: WeightName }) {
  const errorId = useId();
  const rows = useForwardWeights((s) => s.weights[name]);
  const version = useForwardWeights((s) => s.version);
  const { sources } = useHighlight();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [seenVersion, setSeenVersion] = useState(version);
  if (seenVersion !== version) {
    // Restore remounts the inputs (their keys carry the version), so their messages go too.
    setSeenVersion(version);
    setErrors({});
  }
  const messages = Object.entries(errors);
  return (
    <div className="fp-weights">
      <MatrixTable
        stage={name}
        rows={rows.length}
        cols={rows[0].length}
        caption={`${WEIGHT_LABELS[name]} (editable)`}
        renderCell={(i, j) => (
          <td key={`${version}-${j}`} data-cell={`${name}-${i}-${j}`} data-highlighted={isHighlighted(sources, name, i, j) || undefined}>
            <WeightCell
              name={name}
              row={i}
              col={j}
              errorId={errorId}
              onError={(message) =>
                setErrors((all) => {
                  const key = `${WEIGHT_LABELS[name]} row ${i} column ${j}`;
                  const rest = { ...all };
                  delete rest[key];
                  return message ? { ...rest, [key]: message } : rest;
                })
              }
            />
          </td>
        )}
      />
      <p id={errorId} className="fp-error" role="status">
        {messages.map(([cell, message]) => `${cell}: ${message}`).join(' ')}
      </p>
    </div>
  );
}
