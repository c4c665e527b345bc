import { lazy, Suspense } from 'react';
import { Link } from 'react-router';

// The preset's charts and worker wiring load only when this page is opened.
const InductionLab = lazy(() => import('../../../components/lab/induction/InductionLab'));

/** The Lab's induction preset: a 2-layer attention-only model on repeated random tokens, trained live. */
export default function InductionPage() {
  return (
    <article className="lab-page">
      <h1>The Lab: watch an induction head form</h1>
      <p>
        A transformer with 2 layers of attention and nothing else trains here on sequences of random tokens that repeat
        once, the setting of Olsson et al. (2022), “In-context learning and induction heads”. Nothing before the repeat
        can be predicted; inside it, every token can be, by finding where the current token appeared before and copying
        the token that came next. For a while the model cannot do that. Then, after a few hundred steps, one head in layer 2 learns
        to, and the loss in the repeat falls. Chapter 10, <Link to="/chapters/what-makes-it-work">What makes it work</Link>,
        explains what you are seeing; the <Link to="/lab">main Lab</Link> trains a model with MLPs on names.
      </p>
      <Suspense fallback={<p role="status">Loading the preset…</p>}>
        <InductionLab />
      </Suspense>
    </article>
  );
}
