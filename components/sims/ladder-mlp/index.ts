import { lazySimulation } from '../../course/lazySimulation';

/** The Ladder's MLP simulation (rung 6), loaded when its lesson renders. */
export default lazySimulation(() => import('./LadderMlp'), { minHeight: 830, label: 'MLP block simulation' });
