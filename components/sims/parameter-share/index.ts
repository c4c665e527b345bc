import { lazySimulation } from '../../course/lazySimulation';

/** The Where the parameters are simulation, loaded when its lesson renders. */
export default lazySimulation(() => import('./ParameterShare'), { minHeight: 660, label: 'Parameter share simulation' });
