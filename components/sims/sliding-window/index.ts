import { lazySimulation } from '../../course/lazySimulation';

/** The Sliding window simulation, loaded when its lesson renders. */
export default lazySimulation(() => import('./SlidingWindow'), { minHeight: 520, label: 'Sliding window simulation' });
