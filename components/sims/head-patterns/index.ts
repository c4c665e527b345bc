import { lazySimulation } from '../../course/lazySimulation';

/** The What each head sees simulation, loaded when its lesson renders. */
export default lazySimulation(() => import('./HeadPatternsSim'), { minHeight: 900, label: 'Attention heads simulation' });
