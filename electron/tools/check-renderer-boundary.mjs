// The renderer is a sandboxed page: its type-check must not see Node's or better-sqlite3's types,
// even through a type-only import of a core file that uses them. tsc --listFiles shows what it saw.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { strayImports } from './renderer-imports.mjs';

// And it reaches the core only through electron/api/page (and the bridge): one home for what the
// page shares with the main process, checked here so a direct import fails the build.
const root = path.join(import.meta.dirname, '..', '..');
const stray = strayImports(path.join(root, 'renderer'), root);
if (stray.length > 0) {
  console.error('The renderer imports main-process code directly; export what it needs from electron/api/page.ts instead:');
  for (const line of stray) console.error(`  ${line}`);
  process.exit(1);
}

// typescript's package exports do not include bin/; its location inside the package is stable.
const tsc = path.join(import.meta.dirname, '..', '..', 'node_modules', 'typescript', 'bin', 'tsc');
const files = execFileSync(process.execPath, [tsc, '-p', 'renderer/tsconfig.json', '--listFiles', '--noEmit'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => /node_modules\/(@types\/node|@types\/better-sqlite3|better-sqlite3)\//.test(f));
if (files.length > 0) {
  console.error('The renderer type-check reaches Node-only types (move shared types into files without Node imports):');
  for (const f of files) console.error(`  ${f}`);
  process.exit(1);
}
