import { lazySimulation } from '../../course/lazySimulation';

/** The live training preview, loaded when its lesson renders. */
export default lazySimulation(() => import('./TrainingPreview'), { minHeight: 949, label: 'Training preview simulation' });
