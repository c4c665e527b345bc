import { VOCAB, type PipelineResult } from '../../../engine/ladder/languageModel';
import { formatFixed, formatPercent } from '../ladder-language/format';
import ScrollBox from '../ladder-language/ScrollBox';

/** Every word's logit h₂·E[word], its probability at T = 1 and at the chosen temperature. */
export default function LogitTable({ atOne, atT, temperature, best }: { atOne: PipelineResult; atT: PipelineResult; temperature: number; best: number }) {
  return (
    <ScrollBox label="Logit table">
      <table className="lsim-table" aria-label="Next-word logits and probabilities for the current prompt">
        <thead>
          <tr>
            <th scope="col">word</th>
            <th scope="col">logit</th>
            <th scope="col">P (T = 1)</th>
            <th scope="col">P (T = {formatFixed(temperature, 2)})</th>
          </tr>
        </thead>
        <tbody>
          {VOCAB.map((word, i) => (
            <tr key={word} className={i === best ? 'lsim-strong' : undefined}>
              <th scope="row">{word}</th>
              <td data-column="logit">{formatFixed(atOne.logits[i], 2)}</td>
              <td data-column="p1">{formatPercent(atOne.probs[i])}</td>
              <td data-column="pt">{formatPercent(atT.probs[i])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
