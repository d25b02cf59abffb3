// The page must not carry the validation library or Node-only code: the renderer only needs the
// contract's names and types (validation happens in the main process). A stray value import of a
// zod-using core module pulled zod in once (+24 KB gzip); this catches it at build time, and
// holds the page to its budget of 250 KB gzip for all its JavaScript.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;

const dir = path.join(import.meta.dirname, '..', '..', 'dist', 'renderer', 'assets');
const SIGNS = [
  ['zod', /\$ZodType|ZodError/],
  ['better-sqlite3', /better-sqlite3|better_sqlite3/],
  ['Node built-ins', /require\(["']node:/],
  ['jstat (insights statistics run in core)', /jStat/],
];
const found = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.js'))
  .flatMap((f) => {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    return SIGNS.filter(([, sign]) => sign.test(text)).map(([what]) => `${f}: ${what}`);
  });
if (found.length > 0) {
  console.error('The renderer bundle contains code that belongs in the main process:');
  for (const line of found) console.error(`  ${line}`);
  process.exit(1);
}

const scripts = fs.readdirSync(dir).filter((f) => f.endsWith('.js'));
const gzipKb = scripts.reduce((sum, f) => sum + gzipSync(fs.readFileSync(path.join(dir, f))).length, 0) / 1024;
if (gzipKb > BUDGET_KB) {
  console.error(`The renderer's JavaScript is ${gzipKb.toFixed(1)} KB gzip, over its budget of ${BUDGET_KB} KB.`);
  process.exit(1);
}
console.log(`renderer JavaScript: ${gzipKb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`);
