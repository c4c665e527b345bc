import { lazySimulation } from '../../course/lazySimulation';

/** Rung 3 of the Ladder, the stack, loaded when its lesson renders. */
export default lazySimulation(() => import('./LadderStack'), { minHeight: 1100, label: 'Two-neuron bump simulation' });
