import { lazySimulation } from '../../course/lazySimulation';

/** The Ladder's generation simulation (rung 7), loaded when its lesson renders. */
export default lazySimulation(() => import('./LadderGenerate'), { minHeight: 680, label: 'Next-word generation simulation' });
