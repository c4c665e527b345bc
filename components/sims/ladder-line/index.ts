import { lazySimulation } from '../../course/lazySimulation';

/** Rung 1 of the Ladder, the line, loaded when its lesson renders. */
export default lazySimulation(() => import('./LadderLine'), { minHeight: 960, label: 'Line fitting simulation' });
