import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy*/waitFor wait for the real core behind the page; on a loaded 2-core machine the first
// render of a file (modules, SQLite, migrations) took 1.1 s, past Testing Library's default 1 s.
configure({ asyncUtilTimeout: 5000 });

afterEach(cleanup);
