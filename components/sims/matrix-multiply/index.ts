import { lazySimulation } from '../../course/lazySimulation';

/** The matrix multiply simulation, loaded when its lesson renders. */
export default lazySimulation(() => import('./MatrixMultiply'), { minHeight: 410, label: 'Matrix multiply simulation' });
