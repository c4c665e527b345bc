import { lazySimulation } from '../../course/lazySimulation';

/** The gradient descent bowl simulation, loaded when its lesson renders. */
export default lazySimulation(() => import('./DescentBowl'), { minHeight: 855, label: 'Gradient descent simulation' });
