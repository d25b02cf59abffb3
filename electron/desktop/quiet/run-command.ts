import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export type Env = NodeJS.ProcessEnv;

/** What a command printed, or null when it is missing, fails or takes too long: "cannot tell". */
export function runCommand(command: string, args: readonly string[], env: Env, timeoutMs = 3_000): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(command, args, { env, timeout: timeoutMs, windowsHide: true }, (error, stdout) => resolve(error ? null : stdout));
  });
}

/**
 * Runs a long-lived command that prints a line per event (`pactl subscribe`), calling `onLine`
 * for each; the returned function stops it. A command that is missing or dies just stops calling.
 */
export function followCommand(command: string, args: readonly string[], env: Env, onLine: (line: string) => void): () => void {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'ignore'], windowsHide: true });
  child.on('error', () => {});
  let rest = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const lines = (rest + chunk.toString()).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) onLine(line);
  });
  return () => void child.kill();
}

/** Whether a program is on the PATH (checked once, without running it). */
export function onPath(command: string, env: Env): boolean {
  const extensions = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  return (env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .some((dir) => extensions.some((ext) => fs.existsSync(path.join(dir, command + ext))));
}
