import { lazySimulation } from '../../course/lazySimulation';

/** The softmax and cross-entropy gradient simulation, loaded when its lesson renders. */
export default lazySimulation(() => import('./SoftmaxGradient'), { minHeight: 660, label: 'Softmax gradient simulation' });
