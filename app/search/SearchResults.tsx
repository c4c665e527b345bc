import { memo } from 'react';
import { Highlight } from './Highlight';
import type { ResultGroup, ResultHit } from './results';

/** What the result list needs from the dialog. */
export interface SearchResultsProps {
  id: string;
  groups: readonly ResultGroup[];
  /** Position of the active result among all results, in reading order. */
  active: number;
  /** The id of the option at a position, shared with the input's aria-activedescendant. */
  optionId: (position: number) => string;
  onActivate: (position: number) => void;
  onOpen: (hit: ResultHit) => void;
}

/**
 * The results as a listbox, one group per lesson. Options are not focusable: focus stays in the search box, which
 * points at the active option (aria-activedescendant), so typing is never interrupted.
 */
export const SearchResults = memo(function SearchResults({ id, groups, active, optionId, onActivate, onOpen }: SearchResultsProps) {
  let position = 0;
  return (
    <div role="listbox" id={id} aria-label="Results" className="search-results">
      {groups.map((group, g) => (
        <div role="group" key={group.route} aria-labelledby={`${id}-group-${g}`} className="search-group">
          <div role="presentation" id={`${id}-group-${g}`} className="search-group-title">
            <span className="search-group-label">{group.label} ·</span> {group.title}
          </div>
          {group.hits.map((hit) => {
            const at = position++;
            return (
              <div
                role="option"
                key={hit.id}
                id={optionId(at)}
                aria-selected={at === active}
                aria-labelledby={`${optionId(at)}-heading`}
                aria-describedby={`${optionId(at)}-snippet`}
                className="search-hit"
                onMouseMove={() => at !== active && onActivate(at)}
                onClick={() => onOpen(hit)}
              >
                <span id={`${optionId(at)}-heading`} className="search-hit-heading">
                  <Highlight parts={hit.heading} />
                </span>
                <span id={`${optionId(at)}-snippet`} className="search-hit-snippet">
                  <Highlight parts={hit.snippet} />
                </span>
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
});
