import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          benchmark: { include: ['test/bench/**/*.bench.ts'] },
          // Lets a test collect garbage before reading the heap: huge input must not keep memory.
          execArgv: ['--expose-gc'],
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'renderer',
          include: ['test/renderer/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['test/renderer/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Loads the built dist/electron/main.js and preload under a stand-in `electron` (test/support/electron).
          name: 'desktop',
          include: ['test/desktop/**/*.test.ts'],
          environment: 'node',
          // Lets a test collect garbage, to prove notifications stay referenced until answered.
          execArgv: ['--expose-gc'],
        },
      },
      {
        extends: true,
        test: {
          // Packages the app with electron-builder against a stand-in Electron folder (a few seconds).
          name: 'package',
          include: ['test/package/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          // electron-builder gets three minutes of its own (packaged-app.ts) before the hook gives up.
          hookTimeout: 240_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          // Each e2e file drives its own Chromium and preview host; one at a time keeps 2 cores calm.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
