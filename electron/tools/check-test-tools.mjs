// The end-to-end and desktop-notification tests drive real programs from the OS. Says in one line
// what to install when any is missing, before minutes of tests fail one by one.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const tools = { Xvfb: 'xvfb', 'dbus-launch': 'dbus-x11', dunst: 'dunst', 'notify-send': 'libnotify-bin', pdftotext: 'poppler-utils', strace: 'strace' };
const missing = Object.entries(tools)
  .filter(([command]) => spawnSync('sh', ['-c', `command -v ${command}`]).status !== 0)
  .map(([, pkg]) => pkg);
if (!fs.existsSync(chromium)) missing.unshift('chromium');
if (missing.length > 0) {
  console.error(`The tests need: ${missing.join(' ')}. On Debian/Ubuntu: sudo apt-get install -y ${missing.join(' ')} (or run: bash .ci/run). Elsewhere set CHROMIUM_PATH.`);
  process.exit(1);
}
