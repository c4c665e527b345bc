import { lazySimulation } from '../../course/lazySimulation';

/** The gradient descent bowl simulation, loaded when its lesson renders. */
export default lazySimulation(() => import('./DescentBowl'), { minHeight: 860, label: 'Gradient descent simulation' });
