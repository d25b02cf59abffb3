import { afterAll, bench, describe } from 'vitest';
import { makeTestCore } from '../support/test-core';

// Full-text search over the whole advice library, as the Advice page runs it on each keystroke.
const t = makeTestCore();
afterAll(() => t.dispose());

describe('advice search (whole library)', () => {
  bench('"magnesium"', () => {
    t.core.advice.search('magnesium', 20);
  });
  bench('"warm mus" (two words, prefixes)', () => {
    t.core.advice.search('warm mus', 20);
  });
  bench('"xylophone" (no match)', () => {
    t.core.advice.search('xylophone', 20);
  });
});

describe('advice library start-up', () => {
  bench('open the core and index the library', () => {
    makeTestCore().dispose();
  });
});
