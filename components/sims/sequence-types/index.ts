import { lazySimulation } from '../../course/lazySimulation';

/** The Sequence types simulation, loaded when its lesson renders. */
export default lazySimulation(() => import('./SequenceTypes'), { minHeight: 500, label: 'Sequence types simulation' });
