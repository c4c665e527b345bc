import { lazySimulation } from '../../course/lazySimulation';

/** The head-cost calculator, loaded when its lesson renders. */
export default lazySimulation(() => import('./HeadCost'), { minHeight: 560, label: 'Head cost calculator' });
