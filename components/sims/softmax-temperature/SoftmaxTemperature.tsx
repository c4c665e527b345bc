import { useState } from 'react';
import { total } from '../../../engine/primer';
import { softmax } from '../../../engine/softmax';
import { UseMyCode } from '../../course/exercise/UseMyCode';
import { asNumbers, useStudentFunction } from '../../course/exercise/useStudentFunction';
import { fixed, short } from '../primer-common/format';
import Slider from '../primer-common/Slider';
import '../primer-common/primer.css';
import './softmaxTemperature.css';

/** The four candidate next words of the picture and their starting logits. */
export const WORDS = ['mat', 'sofa', 'roof', 'moon'] as const;
const START_LOGITS = [2, 1, 0.5, -1];

/** The primer's softmax: logit sliders and a temperature slider, and the distribution that always sums to 1. */
export default function SoftmaxTemperature() {
  const [logits, setLogits] = useState(START_LOGITS);
  const [temperature, setTemperature] = useState(1);
  // After the primer's exercise passes, the student's own softmax(logits, temperature) can draw the table.
  const mine = useStudentFunction('softmax-temperature', 'softmax', [logits, temperature]);
  const probs = asNumbers(mine.value, logits.length) ?? softmax(logits, { temperature });
  const sum = total(probs);
  return (
    <figure className="pr st">
      <div className="pr-controls">
        {WORDS.map((word, i) => (
          <Slider
            key={word}
            label={`Logit of “${word}”`}
            min={-4}
            max={4}
            step={0.1}
            value={logits[i]}
            onChange={(v) => setLogits(logits.map((old, k) => (k === i ? v : old)))}
            format={(v) => short(v, 1)}
          />
        ))}
      </div>
      <Slider label="Temperature τ" min={0.1} max={5} step={0.1} value={temperature} onChange={setTemperature} format={(v) => fixed(v, 1)} />
      <UseMyCode fn={mine} name="softmax" />
      <div className="pr-scroll" role="region" aria-label="The distribution" tabIndex={0}>
        <table className="pr-table st-table">
          <caption>
            softmax(z / τ) with τ = {fixed(temperature, 1)}
            {mine.using && mine.value !== null && !mine.problem ? ', computed by your softmax' : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Word</th>
              <th scope="col">Logit z</th>
              <th scope="col">z / τ</th>
              <th scope="col">Probability</th>
            </tr>
          </thead>
          <tbody>
            {WORDS.map((word, i) => (
              <tr key={word}>
                <th scope="row">{word}</th>
                <td>{short(logits[i], 1)}</td>
                <td>{fixed(logits[i] / temperature, 2)}</td>
                <td data-prob={word}>
                  <span className="st-bar" aria-hidden="true" style={{ width: `${probs[i] * 6}rem` }} />
                  {fixed(probs[i], 3)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>Sum</th>
              <td data-stat="sum">{fixed(sum, 3)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <figcaption>
        Move a logit and watch every probability shift, yet the sum stays 1. Then lower the temperature towards 0.1
        (almost all the probability goes to the top word) and raise it to 5 (the four words get closer to 0.25 each).
      </figcaption>
    </figure>
  );
}
