import { lazySimulation } from '../../course/lazySimulation';

/** The derivative and tangent simulation, loaded when its lesson renders. */
export default lazySimulation(() => import('./DerivativeTangent'), { minHeight: 830, label: 'Derivative simulation' });
