// Builds better-sqlite3 for the installed Electron into node_modules/.cache, leaving the Node build
// in node_modules/better-sqlite3 untouched for the tests. Reused until Electron's version changes.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..', '..');

export async function electronSqliteBinding() {
  const electronVersion = require('electron/package.json').version;
  const sqliteDir = path.dirname(require.resolve('better-sqlite3/package.json'));
  const sqliteVersion = require('better-sqlite3/package.json').version;
  const cache = path.join(root, 'node_modules', '.cache', 'limber-electron-native',
    `electron-${electronVersion}-${process.platform}-${process.arch}-sqlite-${sqliteVersion}`);
  const binding = path.join(cache, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  if (fs.existsSync(binding)) return binding;

  console.log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (once)…`);
  fs.rmSync(cache, { recursive: true, force: true });
  const moduleCopy = path.join(cache, 'node_modules', 'better-sqlite3');
  // The Node build inside the package is left behind (judged by the path inside the package: a
  // project that itself lives under a folder named "build" must still be copied).
  fs.cpSync(sqliteDir, moduleCopy, { recursive: true, filter: (src) => path.relative(sqliteDir, src).split(path.sep)[0] !== 'build' });
  fs.writeFileSync(path.join(cache, 'package.json'), JSON.stringify({ name: 'limber-electron-native', private: true,
    dependencies: { 'better-sqlite3': sqliteVersion } }));
  const { rebuild } = await import('@electron/rebuild');
  // projectRootPath stops @electron/rebuild's walk up the folders at the cache: otherwise it would
  // also find, and rebuild for Electron, the Node build in the project's own node_modules.
  await rebuild({ buildPath: cache, projectRootPath: cache, electronVersion, arch: process.arch, onlyModules: ['better-sqlite3'], force: true });
  if (!fs.existsSync(binding)) throw new Error(`@electron/rebuild finished but ${binding} is missing`);
  return binding;
}
