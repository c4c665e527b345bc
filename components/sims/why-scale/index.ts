import { lazySimulation } from '../../course/lazySimulation';

/** The Why scale? simulation, loaded when its lesson renders. */
export default lazySimulation(() => import('./WhyScale'), { minHeight: 640, label: 'Why scale simulation' });
