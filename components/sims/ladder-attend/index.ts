import { lazySimulation } from '../../course/lazySimulation';

/** The Ladder's attention simulation (rung 5), loaded when its lesson renders. */
export default lazySimulation(() => import('./LadderAttend'), { minHeight: 930, label: 'Attention from creature simulation' });
