import { lazySimulation } from '../../course/lazySimulation';

/** The dot product arrows simulation, loaded when its lesson renders. */
export default lazySimulation(() => import('./DotProductArrows'), { minHeight: 760, label: 'Dot product simulation' });
