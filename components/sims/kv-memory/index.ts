import { lazySimulation } from '../../course/lazySimulation';

/** The KV memory calculator, loaded when its lesson renders. */
export default lazySimulation(() => import('./KvMemory'), { minHeight: 768, label: 'KV memory calculator' });
