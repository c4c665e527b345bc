import { lazySimulation } from '../../../course/lazySimulation';

/** The forward pass's last simulation (MLP, logits, softmax, loss), loaded when its lesson renders. */
export default lazySimulation(() => import('./PredictionSim'), { minHeight: 1240, label: 'Prediction simulation' });
