// Which imports of the renderer's sources reach into the main process's code other than through
// the two doors made for the page: electron/api/page (vocabulary, types, pure helpers) and
// electron/api/bridge (the contract's client side).
import fs from 'node:fs';
import path from 'node:path';

const DOORS = ['electron/api/page', 'electron/api/bridge'];
const SPECIFIER = /(?:from\s+|import\s*\(\s*|import\s+)['"](\.[^'"]+)['"]/g;

/** Every `file: specifier` under `rendererDir` that imports from `electron/` but not through a door. */
export function strayImports(rendererDir, root) {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.config.ts') && !entry.name.endsWith('.d.ts')) {
        for (const [, specifier] of fs.readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
          const target = path.relative(root, path.resolve(path.dirname(file), specifier)).split(path.sep).join('/');
          if (target.startsWith('electron/') && !DOORS.includes(target.replace(/\.tsx?$/, ''))) found.push(`${path.relative(root, file)}: ${specifier}`);
        }
      }
    }
  };
  walk(rendererDir);
  return found;
}
