/** Props: the words so far and how many of them have their keys and values in the cache. */
export interface CacheStripProps {
  words: readonly string[];
  cached: number;
}

/**
 * The sequence as chips: cached tokens carry blue K and V marks, the token fed in the latest step also an orange
 * Q, and the word just written waits, dashed, to be fed in at the next step.
 */
export default function CacheStrip({ words, cached }: CacheStripProps) {
  return (
    <ol className="kvg-strip" aria-label="Tokens and what is stored for each">
      {words.map((word, i) => {
        const inCache = i < cached;
        const newest = i === cached - 1;
        const state = inCache
          ? newest
            ? 'key and value just cached; its query was computed this step'
            : 'key and value read from the cache'
          : i === 0
            ? 'the prompt, not yet processed'
            : 'just written; enters the cache at the next step';
        return (
          <li key={i} className={inCache ? 'kvg-chip' : 'kvg-chip kvg-chip-pending'}>
            <span className="kvg-word">{word}</span>
            <span className="visually-hidden">: {state}</span>
            <span className="kvg-marks" aria-hidden="true">
              {newest && <span className="kvg-q">Q</span>}
              {inCache && (
                <>
                  <span className="kvg-kv">K</span>
                  <span className="kvg-kv">V</span>
                </>
              )}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
