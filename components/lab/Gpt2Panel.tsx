import { parameterCount } from '../../engine/gpt/flops';
import type { LabSettings } from './labSettings';

/** GPT-2 small's dials (Radford et al., 2019). */
export const GPT2_SMALL = { layers: 12, heads: 12, width: 768, contextLength: 1024, vocabSize: 50257 };

/** Section 5: the Lab's dials beside GPT-2 small's, both parameter counts from the engine's one formula. */
export function Gpt2Panel({ settings }: { settings: LabSettings }) {
  const lab = parameterCount({ ...settings, vocabSize: 27 });
  const gpt2 = parameterCount(GPT2_SMALL, { tiedHead: true });
  const rows: [string, number, number][] = [
    ['Layers', settings.layers, GPT2_SMALL.layers],
    ['Heads', settings.heads, GPT2_SMALL.heads],
    ['Width', settings.width, GPT2_SMALL.width],
    ['Context', settings.contextLength, GPT2_SMALL.contextLength],
    ['Vocabulary', 27, GPT2_SMALL.vocabSize],
    ['Parameters', lab, gpt2],
  ];
  return (
    <figure className="lab-panel">
      <div className="lab-scroll" tabIndex={0} role="region" aria-label="The Lab's model beside GPT-2 small">
        <table className="lab-table">
          <thead><tr><th scope="col">Dial</th><th scope="col">This Lab</th><th scope="col">GPT-2 small</th></tr></thead>
          <tbody>
            {rows.map(([name, mine, theirs]) => (
              <tr key={name}><th scope="row">{name}</th><td data-testid={`lab-mine-${name.toLowerCase()}`}>{mine.toLocaleString('en-US')}</td><td>{theirs.toLocaleString('en-US')}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption>
        Both counts come from one formula: V·C + T·C + L·(12C² + 13C) + 2C, plus C·V for an output layer of its own (GPT-2
        reuses its token embedding there, so it adds nothing). GPT-2 small is about {Math.round(gpt2 / lab).toLocaleString('en-US')} times
        larger, and then it trains on web text instead of names.
      </figcaption>
    </figure>
  );
}
