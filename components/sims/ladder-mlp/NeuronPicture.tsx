const W = 300;
const H = 170;

/** h₁ → six neurons → Δ: filled circles fired, grey ones stayed silent; the label lists which fired. */
export default function NeuronPicture({ hidden, bypassed }: { hidden: readonly number[]; bypassed: boolean }) {
  const fired = hidden.map((h, j) => (h > 0 ? j + 1 : 0)).filter(Boolean);
  const label = bypassed
    ? 'The MLP is bypassed: h₁ goes straight to the output, no neuron is used.'
    : `Three inputs h₁ feed six ReLU neurons, whose outputs sum back into three numbers Δ. Fired: ${
        fired.length ? fired.map((j) => `neuron ${j}`).join(', ') : 'none'
      }; the others stayed silent.`;
  const inY = (i: number) => 45 + i * 40;
  const hidY = (j: number) => 20 + j * 26;
  return (
    <svg className="lsim-picture" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      {[0, 1, 2].map((i) =>
        hidden.map((_, j) => (
          <g key={`${i}-${j}`} opacity={bypassed ? 0.25 : 1}>
            <line x1={40} y1={inY(i)} x2={150} y2={hidY(j)} stroke="var(--border)" />
            <line x1={150} y1={hidY(j)} x2={260} y2={inY(i)} stroke="var(--border)" />
          </g>
        )),
      )}
      {bypassed && <path d={`M 40 ${H - 8} H 260`} stroke="var(--accent)" strokeWidth={3} fill="none" />}
      {[0, 1, 2].map((i) => (
        <g key={i}>
          <circle cx={40} cy={inY(i)} r={9} fill="var(--bg)" stroke="var(--accent)" />
          <circle cx={260} cy={inY(i)} r={9} fill="var(--bg)" stroke="var(--accent)" />
        </g>
      ))}
      {hidden.map((h, j) => (
        <g key={j} opacity={bypassed ? 0.25 : 1}>
          <circle cx={150} cy={hidY(j)} r={10} fill={h > 0 ? 'var(--accent)' : 'var(--bg-soft)'} stroke={h > 0 ? 'var(--accent)' : 'var(--muted)'} />
          <text x={168} y={hidY(j) + 4}>{j + 1}</text>
        </g>
      ))}
      <text x={6} y={14}>h₁</text>
      <text x={268} y={14}>Δ</text>
    </svg>
  );
}
