import { lazySimulation } from '../../course/lazySimulation';

/** The Learning-rate schedule simulation, loaded when its lesson renders. */
export default lazySimulation(() => import('./LrSchedule'), { minHeight: 1092, label: 'Learning-rate schedule simulation' });
