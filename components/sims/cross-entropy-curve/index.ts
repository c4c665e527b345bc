import { lazySimulation } from '../../course/lazySimulation';

/** The Cross-entropy loss simulation, loaded when its lesson renders. */
export default lazySimulation(() => import('./CrossEntropyCurve'), { minHeight: 541, label: 'Cross-entropy loss simulation' });
