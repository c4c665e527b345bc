import { lazySimulation } from '../../course/lazySimulation';

/** The Data flow through an encoder block simulation, loaded when its lesson renders. */
export default lazySimulation(() => import('./EncoderFlow'), {
  minHeight: 760,
  label: 'Encoder block data flow simulation',
});
