import { TRAINING_BUSY_SELECTOR } from '../../components/training/busyMarker';

/** Work on the page that a reload would throw away, read from what the page shows. */
export interface PendingWork {
  /** A training run (the Lab, or chapter 7's preview) is running in its worker. */
  training: boolean;
  /** A quiz choice is selected but not yet checked, so it is not saved yet. */
  uncheckedAnswer: boolean;
}

// Training views mark their status line while a run is going; the quiz disables a question's inputs once its answer
// is checked and saved, so an enabled checked input is a draft that only lives in the page.
const DRAFT_CHOICE = 'form.question input:checked:not(:disabled)';

/** What would be lost if the page reloaded now. */
export function pendingWork(root: ParentNode = document): PendingWork {
  const training = root.querySelector(TRAINING_BUSY_SELECTOR) !== null;
  return { training, uncheckedAnswer: root.querySelector(DRAFT_CHOICE) !== null };
}

/** The sentences that tell the reader what a reload would cost; empty when nothing would be lost. */
export function reloadCosts(work: PendingWork): string[] {
  const costs: string[] = [];
  if (work.training) costs.push('Reloading stops the training run in progress.');
  if (work.uncheckedAnswer) costs.push('The choice you selected but have not checked yet will be cleared.');
  return costs;
}
