import { lazySimulation } from '../../course/lazySimulation';

/** The Induction head simulation, loaded when its lesson renders. */
export default lazySimulation(() => import('./InductionHead'), { minHeight: 900, label: 'Induction head simulation' });
