import { lazySimulation } from '../../../course/lazySimulation';

/** The forward pass's first simulation (ids, embeddings, position, LayerNorm), loaded when its lesson renders. */
export default lazySimulation(() => import('./EmbeddingsSim'), { minHeight: 860, label: 'Embeddings simulation' });
