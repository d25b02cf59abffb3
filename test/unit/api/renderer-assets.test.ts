import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveAsset } from '../../../electron/api/renderer-assets';
import { tempDir } from '../../support/test-core';

describe('serving renderer files', () => {
  let root: string;
  beforeAll(() => {
    const base = tempDir();
    root = path.join(base, 'renderer');
    fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
    fs.writeFileSync(path.join(root, 'assets', 'app.js'), '');
    fs.writeFileSync(path.join(base, 'secret.js'), '');
    fs.writeFileSync(path.join(root, 'notes.txt'), '');
  });

  it('serves the page at / and assets with their content type', () => {
    expect(resolveAsset(root, '/')).toEqual({ file: path.join(root, 'index.html'), contentType: 'text/html; charset=utf-8' });
    expect(resolveAsset(root, '/assets/app.js')?.contentType).toBe('text/javascript; charset=utf-8');
  });

  it.each(['/../secret.js', '/%2e%2e/secret.js', '/assets/../../secret.js', '/..%2fsecret.js', '/%E0%A4%A', '/missing.js', '/notes.txt', '/assets'])(
    'refuses %s',
    (urlPath) => expect(resolveAsset(root, urlPath)).toBeNull(),
  );
});
