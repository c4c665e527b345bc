import { BLOCK_PROPS, describeProps } from '../../../components/course/blockProps';
import { usePageHeading } from '../../layout/usePageHeading';
import { blockExamples } from './blockExamples';
import { SimulationCard, simulationAnchor } from './SimulationCard';
import { simulations } from './simulations';
import './gallery.css';

/** The props of the blocks a gallery entry shows ("Quiz, Question and Choice" lists all three), from BLOCK_PROPS. */
function checkedProps(entry: string): string {
  const names = (entry.match(/[A-Z][A-Za-z]+/g) ?? []).filter((n) => n in BLOCK_PROPS);
  return names.map((n) => (names.length > 1 ? `${n}: ${describeProps(BLOCK_PROPS[n])}` : describeProps(BLOCK_PROPS[n]))).join('; ');
}

/**
 * The author's gallery at /gallery: every structural block with its props and MDX, and every simulation found
 * under components/sims, so an author sees what a lesson can use before writing it. docs/authoring.md explains each.
 */
export default function GalleryPage() {
  const heading = usePageHeading('Gallery of lesson blocks and simulations');
  return (
    <article className="gallery">
      <h1 ref={heading} tabIndex={-1}>
        Gallery of lesson blocks and simulations
      </h1>
      <p>
        Everything a lesson can show, with the MDX that shows it. Blocks need no import; a simulation is imported at
        the top of the lesson from its folder. The author guide, <code>docs/authoring.md</code>, describes the lesson
        template and the rules <code>npm run check:content</code> enforces.
      </p>
      <nav aria-labelledby="gallery-contents" className="gallery-toc">
        <h2 id="gallery-contents">Contents</h2>
        <p>
          <a href="#blocks">Blocks</a> ({blockExamples.length})
        </p>
        <ul>
          {blockExamples.map((block) => (
            <li key={block.id}>
              <a href={`#${block.id}`}>{block.name}</a>
            </li>
          ))}
        </ul>
        <p>
          <a href="#simulations">Simulations</a> ({simulations.length})
        </p>
        <ul className="gallery-toc-sims">
          {simulations.map((sim) => (
            <li key={sim.name}>
              <a href={`#${simulationAnchor(sim)}`}>{sim.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="blocks">
        <h2 id="blocks">Blocks</h2>
        {blockExamples.map((block) => (
          <section key={block.id} className="gallery-item" aria-labelledby={block.id}>
            <h3 id={block.id}>{block.name}</h3>
            <p className="gallery-meta">{block.props}</p>
            <p className="gallery-meta">Props the checker accepts: {checkedProps(block.name)}.</p>
            <pre className="gallery-source">
              <code>{block.source}</code>
            </pre>
            <div className="gallery-live">{block.example()}</div>
          </section>
        ))}
      </section>
      <section aria-labelledby="simulations">
        <h2 id="simulations">Simulations</h2>
        <p>
          Found by looking for <code>components/sims/*/index.ts</code>, so a new simulation appears here as soon as its
          folder exists. Each loads when you show it.
        </p>
        {simulations.map((sim) => (
          <SimulationCard key={sim.name} sim={sim} />
        ))}
      </section>
    </article>
  );
}
