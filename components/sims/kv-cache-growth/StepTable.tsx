import { useId } from 'react';
import type { DecodingStep } from '../../../engine/cachedDecoding';
import { formatCount, formatTiny } from './format';

/** Props: the steps taken so far and the words of the vocabulary. */
export interface StepTableProps {
  steps: readonly DecodingStep[];
  vocabulary: readonly string[];
}

/** Every step so far: the token fed, the work with and without the cache, and the check against recomputation. */
export default function StepTable({ steps, vocabulary }: StepTableProps) {
  const titleId = useId();
  return (
    <>
      <p className="kvg-title" id={titleId}>
        Work per step (FLOPs) and the check against recomputing everything
      </p>
      <div className="kvg-scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
        <table className="kvg-table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Fed in</th>
              <th scope="col">Wrote</th>
              <th scope="col">With cache</th>
              <th scope="col">Recomputing</th>
              <th scope="col">Largest logit difference</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((step) => (
              <tr key={step.position}>
                <th scope="row">{step.position + 1}</th>
                <td>{vocabulary[step.input]}</td>
                <td>{vocabulary[step.next]}</td>
                <td data-column="with">{formatCount(step.flopsWithCache)}</td>
                <td data-column="without">{formatCount(step.flopsWithoutCache)}</td>
                <td data-column="difference">{formatTiny(step.largestDifference)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
