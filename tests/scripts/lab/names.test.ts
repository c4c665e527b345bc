import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanNames, readPackagedNames } from '../../../scripts/lab/names';

describe('the Lab names list', () => {
  it('keeps lower-case a–z names once each and leaves out names with other characters', () => {
    expect(cleanNames([['Ann', 'ann', 'Jo-Ann', "D'Arcy", 'Zoë', 7, 'A'], ['Bob', ' ann ']])).toEqual(['ann', 'bob']);
  });

  it('committed list equals what the two packages give, with several thousand names', () => {
    const committed = JSON.parse(readFileSync(new URL('../../../components/lab/data/names.json', import.meta.url), 'utf8'));
    const fresh = readPackagedNames();
    expect(committed).toEqual(fresh);
    expect(fresh.length).toBeGreaterThan(8000);
  });
});
