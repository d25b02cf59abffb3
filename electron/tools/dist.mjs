// `npm run dist`: packages installers with electron-builder. electron-builder rebuilds native
// modules for Electron inside node_modules; afterwards the Node build is restored so `npm test`
// keeps working, whether packaging succeeded or not.
import { spawnSync } from 'node:child_process';
import { requireNodeForElectron } from './require-node.mjs';

requireNodeForElectron('Packaging (`npm run dist`)');

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1;

const status = run('npx', ['electron-builder', '--publish', 'never', ...process.argv.slice(2)]);
const restored = run('npm', ['rebuild', 'better-sqlite3']);
if (restored !== 0) console.error('Could not restore the Node build of better-sqlite3: run `npm rebuild better-sqlite3`.');
process.exit(status || restored);
