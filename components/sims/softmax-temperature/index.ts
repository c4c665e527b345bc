import { lazySimulation } from '../../course/lazySimulation';

/** The softmax and temperature simulation, loaded when its lesson renders. */
export default lazySimulation(() => import('./SoftmaxTemperature'), { minHeight: 605, label: 'Softmax and temperature simulation' });
