import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createCore, DATABASE_FILE } from '../../../electron/core/limber-core';
import { bundleChild } from '../../support/bundle-child';
import { FakeClock } from '../../support/fake-clock';
import { tempDir } from '../../support/test-core';


describe('a crash in the middle of writing', () => {
  it('loses no acknowledged entry and leaves an intact database (SIGKILL mid-stream)', async () => {
    const WRITER = await bundleChild('test/support/crash-writer.ts');
    const dataDir = tempDir('limber-crash-');
    const child = spawn(process.execPath, [WRITER, dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    const acknowledged: number[] = [];
    let buffered = '';
    const killed = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) if (/^\d+$/.test(line)) acknowledged.push(Number(line));
      // Kill it while it is writing, well into the stream.
      if (acknowledged.length >= 300 && child.exitCode === null) child.kill('SIGKILL');
    });
    await killed;
    expect(child.signalCode).toBe('SIGKILL');
    expect(acknowledged.length).toBeGreaterThanOrEqual(300);

    const raw = new Database(path.join(dataDir, DATABASE_FILE));
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
    const core = createCore({ dataDir, clock: new FakeClock(Date.now()) });
    const stored = new Set((core.db.prepare('SELECT id FROM episodes').all() as { id: number }[]).map((r) => r.id));
    core.close();
    const lost = acknowledged.filter((id) => !stored.has(id));
    console.log(`crash test: ${acknowledged.length} acknowledged, ${stored.size} stored, ${lost.length} lost`);
    expect(lost).toEqual([]);
  });
});
