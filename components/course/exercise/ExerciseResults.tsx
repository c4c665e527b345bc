import { ValueText } from './ValueText';
import type { CaseResult, PythonError, RunReport } from './types';

/** "ZeroDivisionError on line 4: division by zero", the way a student reads a traceback's last line. */
export function describeError(error: PythonError): string {
  const where = error.line ? ` on line ${error.line}` : '';
  return `${error.type}${where}: ${error.message}`;
}

function CaseRow({ result, onGoToLine }: { result: CaseResult; onGoToLine(line: number): void }) {
  if (result.status === 'passed') {
    return (
      <li className="case case-passed">
        <span className="case-mark" aria-hidden="true">✓</span> <span className="case-label">{result.label}</span>: passed
      </li>
    );
  }
  return (
    <li className="case case-failed">
      <p className="case-heading">
        <span className="case-mark" aria-hidden="true">✗</span> <span className="case-label">{result.label}</span>:{' '}
        {result.status === 'failed' ? `wrong, ${result.reason}` : 'raised an error'}
      </p>
      <dl className="case-values">
        <div>
          <dt>Input</dt>
          <dd>
            <pre>{result.args.map((a, i) => <span key={i}>{i > 0 && ',\n'}<ValueText value={a} /></span>)}</pre>
          </dd>
        </div>
        <div>
          <dt>Expected</dt>
          <dd>
            <pre>
              <ValueText value={result.expected} mark={result.status === 'failed' ? result.firstWrong : null} />
            </pre>
          </dd>
        </div>
        <div>
          <dt>Yours</dt>
          <dd>
            {result.status === 'failed' ? (
              <pre>
                <ValueText value={result.actual} mark={result.firstWrong} />
              </pre>
            ) : (
              <p className="case-error">
                {describeError(result.error)}
                {result.error.line && (
                  <>
                    {' '}
                    <button type="button" className="link-button" onClick={() => onGoToLine(result.error.line!)}>
                      Go to line {result.error.line}
                    </button>
                  </>
                )}
              </p>
            )}
          </dd>
        </div>
      </dl>
    </li>
  );
}

/** The verdict of a run: a fatal error, or each case with inputs, expected and actual values side by side. */
export function ExerciseResults({ report, onGoToLine }: { report: RunReport; onGoToLine(line: number): void }) {
  if (report.fatal) {
    return (
      <div className="exercise-fatal">
        <p>
          Your code could not run: <strong>{describeError(report.fatal)}</strong>
          {report.fatal.line && (
            <>
              {' '}
              <button type="button" className="link-button" onClick={() => onGoToLine(report.fatal!.line!)}>
                Go to line {report.fatal.line}
              </button>
            </>
          )}
        </p>
      </div>
    );
  }
  return (
    <ul className="exercise-cases" aria-label="Test cases">
      {report.cases.map((result) => (
        <CaseRow key={result.label} result={result} onGoToLine={onGoToLine} />
      ))}
    </ul>
  );
}

/** One line that sums up a run, for the status region: "4 of 6 cases passed". */
export function summarise(report: RunReport): string {
  if (report.fatal) return `Your code could not run: ${describeError(report.fatal)}.`;
  const passed = report.cases.filter((c) => c.status === 'passed').length;
  if (report.passed) return `All ${passed} cases passed.`;
  return `${passed} of ${report.cases.length} cases passed.`;
}
