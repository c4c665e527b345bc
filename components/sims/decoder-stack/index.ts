import { lazySimulation } from '../../course/lazySimulation';

/** The decoder block diagram, loaded when its lesson renders. */
export default lazySimulation(() => import('./DecoderStack'), { minHeight: 729, label: 'Decoder block diagram' });
