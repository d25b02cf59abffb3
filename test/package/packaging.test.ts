// What electron-builder puts in the package, checked against what the built app loads at run time:
// a file the app needs but the package lacks is an app that fails to start for every user, and
// nothing in development shows it (there the files sit beside the bundle in the checkout).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { contract } from '../../electron/api/contract';
import { loadMain } from '../support/electron/load-main';
import { FUSE_WIRE, packageApp, readFuses, ROOT, type PackagedApp } from './packaged-app';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const MAIN = pkg.main as string;
const FIX = 'add them to `build.files` in package.json';

let app: PackagedApp;
let runtime: RuntimeLoad;

beforeAll(async () => {
  app = await packageApp();
  runtime = loadRuntimeModules(app.appDir);
});

afterAll(() => app?.remove());

test('the packaged main.js starts as an installed app: its own journal folder, window, page, tray icon and IPC', async () => {
  const desktop = loadMain({ mainFile: path.join(app.appDir, MAIN), isPackaged: true });
  try {
    await desktop.start();
    expect(desktop.window().webContents.getURL()).toBe('app://limber/index.html');
    expect((await desktop.fetchApp('app://limber/index.html')).status).toBe(200);
    expect(desktop.tray().image.isEmpty(), 'the tray icon did not load from the package').toBe(false);
    const added = await desktop.limber().journal.addEpisode(contract.journal.addEpisode.example);
    expect(added.ok).toBe(true);
    // An import runs in a worker thread from the packaged import-worker.js.
    expect(await desktop.limber().data.importJson(contract.data.importJson.example)).toMatchObject({ ok: true });
    // Installed, Limber keeps its journal in the OS's folder for "Limber", not the development one.
    expect(fs.existsSync(path.join(desktop.appData, 'Limber', 'limber.sqlite3'))).toBe(true);
  } finally {
    desktop.quit();
    desktop.unload();
  }
});

test('app.asar holds the entry point and every file main.js loads beside it', () => {
  const needed = [MAIN, 'package.json', ...filesMainLoads()];
  const missing = needed.filter((file) => !app.asarFiles.includes(file));
  expect(missing, `the app loads these at run time but app.asar lacks them: ${FIX}`).toEqual([]);
});

test('app.asar holds the page and every asset it links', () => {
  expect(app.asarFiles, "app.asar has no page: add `dist/renderer/**` to `build.files` in package.json").toContain('dist/renderer/index.html');
  const page = fs.readFileSync(path.join(app.appDir, 'dist/renderer/index.html'), 'utf8');
  const linked = [...page.matchAll(/\b(?:src|href)="\/([^"]+)"/g)].map((match) => `dist/renderer/${match[1]}`);
  expect(linked.length, 'index.html links no script or stylesheet: is the Vite build broken?').toBeGreaterThan(1);
  const missing = linked.filter((file) => !app.asarFiles.includes(file));
  expect(missing, `index.html links these but app.asar lacks them: ${FIX}`).toEqual([]);
});

test('the packages main.js requires load from the package alone', () => {
  expect(runtime.failures, 'requiring from the packaged main.js failed (runtime dependency missing from the package?)').toEqual([]);
  const outside = runtime.loaded.filter((file) => !file.startsWith(app.appDir + path.sep));
  expect(outside, 'loaded from outside the package, so the installed app would not find them').toEqual([]);
});

test('native addons are unpacked beside app.asar, where they can be loaded', () => {
  const unpacked = path.join(app.appOutDir, 'resources', 'app.asar.unpacked');
  expect(app.asarFiles.filter(isNativeAddon), 'native addons inside app.asar (the OS cannot dlopen them there)').toEqual([]);
  const absent = app.unpackedFiles.filter((file) => !fs.existsSync(path.join(unpacked, file)));
  expect(absent, 'app.asar lists these as unpacked but app.asar.unpacked lacks them').toEqual([]);
  const loaded = loadedAddons();
  expect(loaded, 'the app loaded no native addon: better-sqlite3 should have').toContain('node_modules/better-sqlite3/build/Release/better_sqlite3.node');
  expect(loaded.filter((file) => !app.unpackedFiles.includes(file)), 'loaded native addons that are not unpacked').toEqual([]);
});

test('no sources, source maps, tests or build leftovers are packaged', () => {
  const shipped = [...app.asarFiles, ...app.unpackedFiles];
  const sources = shipped.filter((file) =>
    /\.(tsx?|map|c|cc|cpp|h|hpp|gypi?)$/.test(file) || /^(test|electron|renderer|dist\/preview)\//.test(file) || file.includes('/build/Release/obj'));
  expect(sources, 'never loaded by the app; exclude them in `build.files`').toEqual([]);
  const loaded = new Set(loadedAddons());
  expect(shipped.filter((file) => isNativeAddon(file) && !loaded.has(file)), 'native addons the app never loads').toEqual([]);
});

test('every packaged node module is a runtime dependency of something main.js requires', () => {
  // node-notifier, for one, is only used by the preview host, which is not packaged.
  const shipped = new Set([...app.asarFiles, ...app.unpackedFiles].flatMap((file) => {
    const match = /^((?:node_modules\/(?:@[^/]+\/)?[^/]+\/)+)/.exec(file);
    return match ? [match[1]!.slice(0, -1)] : [];
  }));
  const needed = dependencyClosure(app.appDir, requiredPackages());
  const unneeded = [...shipped].filter((dir) => !needed.has(dir));
  expect(unneeded, 'packaged but nothing main.js requires depends on them: move them to devDependencies').toEqual([]);
});

test('the executable carries the fuses set in build.electronFuses', () => {
  const fuses = pkg.build.electronFuses as Record<string, boolean> | undefined;
  expect(fuses, "build.electronFuses is gone: the app would run with Electron's default fuses (RunAsNode on, app loadable from outside app.asar)").toBeDefined();
  const configured = Object.fromEntries(Object.entries(fuses!).map(([name, on]) => [name, on ? '1' : '0']));
  expect(readFuses(app.executable), 'fuse wire of the packaged executable').toEqual({ ...Object.fromEntries(FUSE_WIRE), ...configured });
});

function isNativeAddon(file: string): boolean {
  return file.endsWith('.node');
}

function loadedAddons(): string[] {
  return runtime.loaded.filter(isNativeAddon).map((file) => path.relative(app.appDir, file).split(path.sep).join('/'));
}

/**
 * Package paths main.js reaches with `path.join(__dirname, …)`: a file (an image with its @2x/@3x
 * variants, which Electron picks by screen scale), or every built file of a folder.
 */
function filesMainLoads(): string[] {
  const bundle = fs.readFileSync(path.join(ROOT, MAIN), 'utf8');
  const joins = [...bundle.matchAll(/\.join\(__dirname((?:,\s*"[^"]*")+)\)/g)];
  expect(joins.length, `found no path.join(__dirname, …) in ${MAIN}: has the bundle format changed?`).toBeGreaterThan(0);
  return joins.flatMap((match) => {
    const parts = [...match[1]!.matchAll(/"([^"]*)"/g)].map((part) => part[1]!);
    const target = path.posix.join(path.posix.dirname(MAIN), ...parts);
    const onDisk = path.join(ROOT, target);
    if (!fs.existsSync(onDisk)) throw new Error(`${MAIN} loads ${target}, which the build did not produce`);
    if (!fs.statSync(onDisk).isDirectory()) {
      const { name, ext } = path.parse(onDisk);
      const scaled = fs.readdirSync(path.dirname(onDisk)).filter((file) => file.startsWith(`${name}@`) && file.endsWith(`x${ext}`));
      return [target, ...scaled.map((file) => path.posix.join(path.posix.dirname(target), file))];
    }
    return (fs.readdirSync(onDisk, { recursive: true }) as string[])
      .filter((file) => fs.statSync(path.join(onDisk, file)).isFile() && !file.endsWith('.map'))
      .map((file) => path.posix.join(target, file.split(path.sep).join('/')));
  });
}

/** Packages main.js requires that neither Node nor Electron provides. */
function requiredPackages(): string[] {
  const bundle = fs.readFileSync(path.join(ROOT, MAIN), 'utf8');
  const specifiers = new Set([...bundle.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1]!));
  return [...specifiers]
    .filter((name) => name !== 'electron' && !name.startsWith('node:') && !builtinModules.includes(name) && !name.startsWith('.'))
    .map((name) => name.split('/').slice(0, name.startsWith('@') ? 2 : 1).join('/'));
}

/** Package folders (relative to appDir) of `names` and their dependencies, found as Node would. */
function dependencyClosure(appDir: string, names: string[]): Set<string> {
  const found = new Set<string>();
  const visit = (fromDir: string, name: string) => {
    for (let dir = fromDir; ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, 'node_modules', name);
      if (fs.existsSync(path.join(candidate, 'package.json'))) {
        const relative = path.relative(appDir, candidate).split(path.sep).join('/');
        if (found.has(relative)) return;
        found.add(relative);
        const manifest = JSON.parse(fs.readFileSync(path.join(candidate, 'package.json'), 'utf8'));
        for (const dep of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) visit(candidate, dep);
        return;
      }
      if (dir === appDir) return;
    }
  };
  for (const name of names) visit(appDir, name);
  return found;
}

interface RuntimeLoad {
  failures: string[];
  /** Every file Node loaded for them, native addons included. */
  loaded: string[];
}

/**
 * Requires each package main.js needs, from the packaged main.js, in a plain Node process with no
 * search path but the package's own. better-sqlite3 also opens a database: its `bindings` and the
 * native addon load only then. With npmRebuild off the addon is the Node build, so Node can load it.
 */
function loadRuntimeModules(appDir: string): RuntimeLoad {
  const script = `
    const load = require('node:module').createRequire(process.argv[1]);
    const result = { failures: [], loaded: [] };
    for (const name of JSON.parse(process.argv[2])) {
      try {
        const exported = load(name);
        if (name === 'better-sqlite3') new exported(':memory:').prepare('select sqlite_version()').get();
      } catch (error) {
        result.failures.push(name + ': ' + error.message);
      }
    }
    result.loaded = Object.keys(require.cache);
    console.log(JSON.stringify(result));`;
  const child = spawnSync(process.execPath, ['-e', script, path.join(appDir, MAIN), JSON.stringify(requiredPackages())], {
    cwd: appDir,
    env: { ...process.env, NODE_PATH: '' },
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (child.status !== 0) throw new Error(`loading the packaged modules crashed (${child.status ?? child.signal}):\n${child.stderr}`);
  return JSON.parse(child.stdout) as RuntimeLoad;
}
