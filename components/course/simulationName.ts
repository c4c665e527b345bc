/**
 * The name a lesson imports a simulation under: the PascalCase of its folder under components/sims, so
 * `attention-weights` is `AttentionWeights` and `forward-pass/attention` is `ForwardPassAttention`. The gallery
 * shows it and `npm run new:sim` names the component by it.
 */
export function simulationComponentName(folder: string): string {
  return folder
    .split(/[/-]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}
