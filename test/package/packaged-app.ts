import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractAll, getRawHeader, type DirectoryRecord } from '@electron/asar';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
const BUILT = ['dist/electron/main.js', 'dist/electron/preload.js', 'dist/renderer/index.html'];
const PACKAGING_TIMEOUT_MS = 180_000;

/** Electron's fuse sentinel; @electron/fuses finds the fuse wire right after it in the executable. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Fuse wire V1 in Electron's order, with the states Electron ships: '1' enabled, '0' disabled. */
export const FUSE_WIRE = [
  ['runAsNode', '1'],
  ['enableCookieEncryption', '0'],
  ['enableNodeOptionsEnvironmentVariable', '1'],
  ['enableNodeCliInspectArguments', '1'],
  ['enableEmbeddedAsarIntegrityValidation', '0'],
  ['onlyLoadAppFromAsar', '0'],
  ['loadBrowserProcessSpecificV8Snapshot', '0'],
  ['grantFileProtocolExtraPrivileges', '1'],
] as const;

export interface PackagedApp {
  /**
   * The app as Electron sees it: app.asar extracted, with the unpacked files in place. Its native
   * addons are node_modules' own build, for Node's ABI: packaging here does not rebuild for Electron.
   */
  appDir: string;
  /** Paths (relative, with /) of files stored inside app.asar. */
  asarFiles: string[];
  /** Paths of files app.asar lists as unpacked; they live in app.asar.unpacked. */
  unpackedFiles: string[];
  /** electron-builder's linux-unpacked folder: the executable and resources/. */
  appOutDir: string;
  executable: string;
  remove(): void;
}

/**
 * Runs electron-builder on the current build (`npm run build` output) with the project's own
 * `build` config (files, asar, asarUnpack, smartUnpack, fuses), into a temporary folder.
 * Electron itself is a stand-in: electron-builder copies it, renames it and flips its fuses,
 * and nothing else about it matters to what ends up in the package.
 */
export async function packageApp(): Promise<PackagedApp> {
  const missing = BUILT.filter((file) => !fs.existsSync(path.join(ROOT, file)));
  if (missing.length > 0) throw new Error(`${missing.join(', ')} missing: run \`npm run build\` first (npm run test:package does).`);

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-package-'));
  const remove = () => fs.rmSync(work, { recursive: true, force: true });
  try {
    const electronDist = path.join(work, 'electron-dist');
    writeStandInElectron(electronDist);
    const output = path.join(work, 'release');
    // No rebuild for Electron: it needs Electron's headers from the network, and would replace the
    // Node build of better-sqlite3 in node_modules that the other tests load.
    await runElectronBuilder({ electronDist, npmRebuild: false, directories: { output } });

    const appOutDir = path.join(output, 'linux-unpacked');
    const asar = path.join(appOutDir, 'resources', 'app.asar');
    if (!fs.existsSync(asar)) throw new Error(`electron-builder finished but wrote no ${asar}`);
    const { asarFiles, unpackedFiles } = listArchive(getRawHeader(asar).header);
    const appDir = path.join(work, 'app');
    extractAll(asar, appDir);
    const packageName = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).name as string;
    return { appDir, asarFiles, unpackedFiles, appOutDir, executable: path.join(appOutDir, packageName), remove };
  } catch (error) {
    remove();
    throw error;
  }
}

/** Reads back the fuse wire of a packaged executable, in FUSE_WIRE's order. */
export function readFuses(executable: string): Record<string, '0' | '1'> {
  const binary = fs.readFileSync(executable);
  const wire = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
  return Object.fromEntries(FUSE_WIRE.map(([name], i) => [name, String.fromCharCode(binary[wire + 2 + i]!) as '0' | '1']));
}

/**
 * A real Linux Electron folder holds `electron` plus Chromium's libraries and paks; electron-builder
 * only renames `electron` to the executable name and flips the fuses in it. The stand-in is a shell
 * script that refuses to run, followed by a fuse wire (version 1, length, one state byte per fuse)
 * for @electron/fuses to find and flip.
 */
function writeStandInElectron(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  const script = '#!/bin/sh\necho "stand-in Electron from test/package: it cannot run an app" >&2\nexit 1\n';
  const wire = Buffer.from([1, FUSE_WIRE.length, ...FUSE_WIRE.map(([, state]) => state.charCodeAt(0))]);
  fs.writeFileSync(path.join(dir, 'electron'), Buffer.concat([Buffer.from(script + FUSE_SENTINEL), wire]), { mode: 0o755 });
}

/**
 * In a child process so the timeout can stop it, and so its log can be shown when it fails.
 * `config` is deep-merged over package.json's `build` by electron-builder.
 */
function runElectronBuilder(config: object): Promise<void> {
  const script = `
    const { build, Platform, Arch } = require('electron-builder');
    build({ projectDir: process.cwd(), publish: 'never', targets: Platform.LINUX.createTarget('dir', Arch[process.arch]),
      config: JSON.parse(process.argv[1]) })
      .catch((error) => { console.error(error); process.exit(1); });`;
  const child = spawn(process.execPath, ['-e', script, JSON.stringify(config)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: PACKAGING_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) return resolve();
      const why = signal === 'SIGKILL' ? `took longer than ${PACKAGING_TIMEOUT_MS / 1000} s` : `failed (exit ${code ?? signal})`;
      reject(new Error(`electron-builder ${why}. Its output:\n${log}`));
    });
  });
}

function listArchive(root: DirectoryRecord): { asarFiles: string[]; unpackedFiles: string[] } {
  const asarFiles: string[] = [];
  const unpackedFiles: string[] = [];
  const walk = (dir: DirectoryRecord, prefix: string) => {
    for (const [name, entry] of Object.entries(dir.files)) {
      if ('files' in entry) walk(entry, `${prefix}${name}/`);
      else (entry.unpacked ? unpackedFiles : asarFiles).push(`${prefix}${name}`);
    }
  };
  walk(root, '');
  return { asarFiles: asarFiles.sort(), unpackedFiles: unpackedFiles.sort() };
}
