import { lazySimulation } from '../../course/lazySimulation';

/** The RNN-versus-transformer picture, loaded when its lesson renders. */
export default lazySimulation(() => import('./RnnVsTransformer'), { minHeight: 410, label: 'RNN versus transformer diagram' });
