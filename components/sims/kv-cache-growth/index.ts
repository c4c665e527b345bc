import { lazySimulation } from '../../course/lazySimulation';

/** The Watch the KV cache grow simulation, loaded when its lesson renders. */
export default lazySimulation(() => import('./KvCacheGrowth'), { minHeight: 411, label: 'KV cache growth simulation' });
