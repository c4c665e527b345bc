/** The chapter's vocabulary in one table: what each piece of a training run does. */
const CONCEPTS: readonly [string, string][] = [
  ['Next-token prediction', 'The training objective: predict the token at position t + 1 from the tokens up to t, at every position at once.'],
  ['Cross-entropy loss', 'Measures how far the predicted distribution is from the truth: −ln P(true next token).'],
  ['Teacher forcing', 'Feeds the true tokens, not the model’s own predictions, as the input during training.'],
  ['AdamW optimizer', 'Gives every weight its own step size from running averages of its gradient, and decays the weights.'],
  ['Warmup + cosine decay', 'Raises the learning rate gradually at the start, then lowers it along a half cosine.'],
];

/** A two-column table of training concepts and what each does. */
export default function ConceptsTable() {
  return (
    <div className="lrs-table-wrap">
      <table className="lrs-concepts">
        <caption>Training concepts at a glance</caption>
        <thead>
          <tr>
            <th scope="col">Concept</th>
            <th scope="col">What it does</th>
          </tr>
        </thead>
        <tbody>
          {CONCEPTS.map(([name, meaning]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>{meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
