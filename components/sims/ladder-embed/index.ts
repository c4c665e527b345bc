import { lazySimulation } from '../../course/lazySimulation';

/** The Ladder's embedding table simulation (rung 4), loaded when its lesson renders. */
export default lazySimulation(() => import('./LadderEmbed'), { minHeight: 950, label: 'Embedding table simulation' });
