// `npm start`: runs the desktop app. Electron needs better-sqlite3 compiled against its own ABI, but
// the tests need the Node build in node_modules, so the Electron build lives in a cache folder of its
// own and is handed to the app through LIMBER_SQLITE_BINDING.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { electronSqliteBinding } from './electron-native.mjs';

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    // Resolving 'electron' from Node returns the binary's path, downloading it on first use.
    return require('electron');
  } catch (error) {
    console.error(`
Limber could not start Electron: its binary is not installed on this machine.
  (${error instanceof Error ? error.message.split('\n')[0] : error})

To get it, with network access and ELECTRON_SKIP_BINARY_DOWNLOAD unset:
    node node_modules/electron/install.js
then run \`npm start\` again.

Without Electron, \`npm run preview\` runs the same app in your browser.
`);
    process.exit(1);
  }
}

const binary = electronBinary();
const binding = await electronSqliteBinding();
const child = spawn(binary, ['.'], {
  stdio: 'inherit',
  env: { ...process.env, LIMBER_SQLITE_BINDING: binding },
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
