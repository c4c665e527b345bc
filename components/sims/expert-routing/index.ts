import { lazySimulation } from '../../course/lazySimulation';

/** The Expert routing simulation, loaded when its lesson renders. */
export default lazySimulation(() => import('./ExpertRouting'), { minHeight: 720, label: 'Expert routing simulation' });
