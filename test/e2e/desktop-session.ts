import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const TOOLS = ['Xvfb', 'dbus-launch', 'dbus-send', 'dunst', 'dunstctl', 'notify-send'] as const;

export function missingTools(tools: readonly string[] = TOOLS): string[] {
  return tools.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
}

export interface DesktopSession {
  /** Environment for processes that talk to this session's notification server. */
  env: NodeJS.ProcessEnv;
  /** Every notification dunst received, as "app|summary|body" lines. */
  received(): string[];
  /** Opens dunst's action menu on the newest notification; the menu picks the action whose label starts with `label`. */
  chooseAction(label: string): void;
  stop(): void;
}

/**
 * A real desktop notification stack from Debian's packages: Xvfb, a session D-Bus and dunst,
 * with a dunst rule that logs each notification and a menu command that picks an action.
 */
export async function startDesktopSession(dir: string): Promise<DesktopSession> {
  const display = `:${90 + Math.floor(Math.random() * 800)}`;
  const log = path.join(dir, 'notifications.log');
  const pickFile = path.join(dir, 'pick.txt');
  fs.writeFileSync(path.join(dir, 'log.sh'), `#!/bin/sh\necho "$DUNST_APP_NAME|$DUNST_SUMMARY|$DUNST_BODY" >> '${log}'\n`, { mode: 0o755 });
  fs.writeFileSync(path.join(dir, 'pick.sh'), `#!/bin/sh\ngrep -m1 -F "#$(cat '${pickFile}')"\n`, { mode: 0o755 });
  fs.writeFileSync(
    path.join(dir, 'dunstrc'),
    `[global]\n    dmenu = ${path.join(dir, 'pick.sh')}\n    browser = /bin/true\n[log]\n    appname = "*"\n    script = ${path.join(dir, 'log.sh')}\n`,
  );

  const children: ChildProcess[] = [spawn('Xvfb', [display, '-screen', '0', '800x600x24'], { stdio: 'ignore' })];
  await until(() => fs.existsSync(`/tmp/.X11-unix/X${display.slice(1)}`), 'Xvfb to start');
  const bus = spawnSync('dbus-launch', ['--sh-syntax'], { env: { ...process.env, DISPLAY: display }, encoding: 'utf8' });
  const address = /DBUS_SESSION_BUS_ADDRESS='([^']+)'/.exec(bus.stdout)?.[1];
  const busPid = Number(/DBUS_SESSION_BUS_PID=(\d+)/.exec(bus.stdout)?.[1]);
  if (!address) throw new Error(`dbus-launch failed: ${bus.stderr}`);
  const env = { ...process.env, DISPLAY: display, DBUS_SESSION_BUS_ADDRESS: address };
  children.push(spawn('dunst', ['-config', path.join(dir, 'dunstrc')], { env, stdio: 'ignore' }));
  // Asked with NameHasOwner, which never starts anything: a call to the service itself (dunstctl)
  // before this dunst owns the name makes the bus start Debian's own dunst (its D-Bus service
  // file), without the logging rule, and this one then exits.
  const owned = () =>
    /boolean true/.test(
      spawnSync('dbus-send', ['--session', '--print-reply', '--dest=org.freedesktop.DBus', '/', 'org.freedesktop.DBus.NameHasOwner', 'string:org.freedesktop.Notifications'], { env, encoding: 'utf8' }).stdout ?? '',
    );
  await until(owned, 'dunst to own the notification service');

  return {
    env,
    received: () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n') : []),
    chooseAction(label) {
      fs.writeFileSync(pickFile, label);
      spawnSync('dunstctl', ['context'], { env });
    },
    stop() {
      for (const child of children.reverse()) child.kill();
      if (busPid) process.kill(busPid);
    },
  };
}

export interface AudioSession {
  /** The session's environment plus where PipeWire's Pulse socket is. */
  env: NodeJS.ProcessEnv;
  /** A virtual microphone to record from (a monitor would not count as a call). */
  microphone: string;
  stop(): void;
}

/** A real PipeWire with its Pulse server and session manager, on the desktop session's bus. */
export async function startAudioSession(session: DesktopSession, dir: string): Promise<AudioSession> {
  const runtime = path.join(dir, 'runtime');
  fs.mkdirSync(runtime, { recursive: true, mode: 0o700 });
  const env = { ...session.env, XDG_RUNTIME_DIR: runtime };
  const children: ChildProcess[] = [spawn('pipewire', [], { env, stdio: 'ignore' })];
  await until(() => fs.existsSync(path.join(runtime, 'pipewire-0')), 'PipeWire to start');
  children.push(spawn('wireplumber', [], { env, stdio: 'ignore' }), spawn('pipewire-pulse', [], { env, stdio: 'ignore' }));
  await until(() => spawnSync('pactl', ['info'], { env }).status === 0, 'the PipeWire Pulse server to answer');
  const microphone = 'limber-test-mic';
  const loaded = spawnSync('pactl', ['load-module', 'module-null-sink', 'media.class=Audio/Source/Virtual', `sink_name=${microphone}`], { env, encoding: 'utf8' });
  if (loaded.status !== 0) throw new Error(`could not make a virtual microphone: ${loaded.stderr}`);
  return {
    env,
    microphone,
    stop() {
      for (const child of children.reverse()) child.kill();
    },
  };
}

/** Polls a condition an outside process will make true (a daemon starting), up to 10 s. */
export async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}
