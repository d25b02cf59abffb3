import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build tool in plain JavaScript, without types of its own
import { strayImports } from '../../electron/tools/renderer-imports.mjs';
import { tempDir } from '../support/test-core';

const strays = strayImports as (rendererDir: string, root: string) => string[];

describe('the renderer reaches the core only through electron/api/page and the bridge', () => {
  it('names each file that imports main-process code directly, by value or by type', () => {
    const root = tempDir('limber-imports-');
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    };
    write('renderer/pages/Good.tsx', "import type { Episode } from '../../electron/api/page';\nimport { ApiError } from '../../electron/api/bridge';\nimport { useApi } from '../api-context';\n");
    write('renderer/pages/Bad.tsx', "import type { Episode } from '../../electron/core/journal/episode';\n");
    write('renderer/Worse.ts', "export { handlers } from '../electron/api/handlers';\nconst lazy = () => import('../electron/core/limber-core');\n");
    write('renderer/vite.config.ts', "import { x } from '../electron/tools/bundle.mjs';\n");
    expect(strays(path.join(root, 'renderer'), root).sort()).toEqual([
      'renderer/Worse.ts: ../electron/api/handlers',
      'renderer/Worse.ts: ../electron/core/limber-core',
      'renderer/pages/Bad.tsx: ../../electron/core/journal/episode',
    ]);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('finds none in the renderer as it is', () => {
    const root = path.resolve(import.meta.dirname, '..', '..');
    expect(strays(path.join(root, 'renderer'), root)).toEqual([]);
  });
});
