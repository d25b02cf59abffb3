// Bundles the Node/Electron side with esbuild (the renderer is built by Vite).
// One file per entry keeps the sandboxed preload loadable: it may require only 'electron'.
import { build } from 'esbuild';

const common = { bundle: true, sourcemap: true, logLevel: 'warning', legalComments: 'none' };
// Native or vendored-binary packages stay in node_modules: better-sqlite3 is rebuilt per runtime;
// node-notifier (preview host only, never packaged) runs its vendored binaries from there.
const nodeExternals = ['better-sqlite3', 'node-notifier'];

await Promise.all([
  build({
    ...common,
    entryPoints: { main: 'electron/main.ts', preload: 'electron/preload.ts', 'import-worker': 'electron/core/transfer/import-worker.ts' },
    outdir: 'dist/electron',
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron', ...nodeExternals],
  }),
  build({
    ...common,
    entryPoints: { host: 'electron/preview/host.ts', 'import-worker': 'electron/core/transfer/import-worker.ts' },
    outdir: 'dist/preview',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: nodeExternals,
  }),
  build({
    ...common,
    entryPoints: { client: 'electron/preview/browser-client.ts' },
    outdir: 'dist/preview',
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    minify: true,
  }),
]);
