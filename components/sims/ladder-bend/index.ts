import { lazySimulation } from '../../course/lazySimulation';

/** Rung 2 of the Ladder, the bend, loaded when its lesson renders. */
export default lazySimulation(() => import('./LadderBend'), { minHeight: 945, label: 'Sigmoid neuron simulation' });
