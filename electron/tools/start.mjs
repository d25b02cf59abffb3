// `npm start`: runs the desktop app. Electron needs better-sqlite3 compiled against its own ABI, but
// the tests need the Node build in node_modules, so the Electron build lives in a cache folder of its
// own and is handed to the app through LIMBER_SQLITE_BINDING.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { electronSqliteBinding } from './electron-native.mjs';
import { requireNodeForElectron } from './require-node.mjs';

const require = createRequire(import.meta.url);

const electronDir = path.dirname(require.resolve('electron/package.json'));

function installedBinary() {
  try {
    const binary = path.join(electronDir, 'dist', fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8'));
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** The Electron executable, downloading it once if needed; exits with advice when it cannot. */
function electronBinary() {
  // A system-provided Electron (distribution packages) is found the way Electron itself finds it.
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return require('electron');
  let binary = installedBinary();
  let reason = 'ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it was not downloaded';
  if (!binary && !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    console.log('Downloading Electron (once)…');
    // Output captured: a failed download should end in advice, not in a stack trace.
    const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { encoding: 'utf8' });
    binary = installedBinary();
    reason = `the download failed: ${firstErrorLine(result.stderr) ?? `exit code ${result.status}`}`;
  }
  if (binary) return binary;
  console.error(`
Limber could not start: the Electron binary is not installed (${reason}).

To install it, with network access and ELECTRON_SKIP_BINARY_DOWNLOAD unset:
    node node_modules/electron/install.js
then run \`npm start\` again.

Without Electron, \`npm run preview\` runs the same app in your browser.
`);
  process.exit(1);
}

function firstErrorLine(text) {
  return text.split('\n').map((line) => line.trim()).find((line) => /error|failed/i.test(line));
}

requireNodeForElectron('The desktop app (`npm start`)');
const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (built.status !== 0) process.exit(built.status ?? 1);
const binary = electronBinary();
let binding;
try {
  binding = await electronSqliteBinding();
} catch (error) {
  console.error(`
Limber could not build its database driver (better-sqlite3) for Electron:
  ${String(error instanceof Error ? error.message : error).split('\n')[0]}

This happens once per Electron version and needs network access (for Electron's headers or a
prebuilt binary) plus a C++ toolchain (python3, make, g++ / Xcode / Visual Studio Build Tools).
The tests and \`npm run preview\` do not need it.
`);
  process.exit(1);
}
const child = spawn(binary, [path.resolve(import.meta.dirname, '..', '..')], {
  stdio: 'inherit',
  env: { ...process.env, LIMBER_SQLITE_BINDING: binding },
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
