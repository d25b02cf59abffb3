import path from 'node:path';
import { build } from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Bundles a TypeScript entry for a plain `node` child process. The bundle lives inside
 * node_modules so it finds better-sqlite3, which stays external (native code).
 */
export async function bundleChild(entry: string): Promise<string> {
  const outfile = path.join(ROOT, 'node_modules', '.cache', 'limber-test', `${path.basename(entry, '.ts')}.cjs`);
  await build({ entryPoints: [path.join(ROOT, entry)], bundle: true, platform: 'node', format: 'cjs', outfile, external: ['better-sqlite3'], logLevel: 'error' });
  return outfile;
}
