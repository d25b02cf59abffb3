import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linuxAutostart } from '../../../electron/desktop/linux-autostart';
import { makeTestCore, tempDir } from '../../support/test-core';

describe('start at login', () => {
  it('on Linux, writes an XDG autostart entry that starts Limber in the tray, and removes it', () => {
    const config = tempDir();
    const autostart = linuxAutostart(['/opt/Limber Beta/limber'], config);
    expect(autostart.state()?.enabled).toBe(false);
    autostart.set(true);
    const entry = fs.readFileSync(path.join(config, 'autostart', 'limber.desktop'), 'utf8');
    expect(entry).toContain('[Desktop Entry]\nType=Application\nName=Limber\n');
    expect(entry).toContain('Exec="/opt/Limber Beta/limber" --autostart\n');
    expect(autostart.state()?.enabled).toBe(true);
    autostart.set(false);
    expect(autostart.state()?.enabled).toBe(false);
  });

  it('quotes characters the desktop-entry spec treats specially', () => {
    const config = tempDir();
    linuxAutostart(['/home/a"b/$HOME/`x`/limber'], config).set(true);
    expect(fs.readFileSync(path.join(config, 'autostart', 'limber.desktop'), 'utf8')).toContain('Exec="/home/a\\"b/\\$HOME/\\`x\\`/limber" --autostart');
  });

  it('in development, starts Electron with the app folder', () => {
    const config = tempDir();
    linuxAutostart(['/src/limber/node_modules/electron/dist/electron', '/src/limber'], config).set(true);
    expect(fs.readFileSync(path.join(config, 'autostart', 'limber.desktop'), 'utf8')).toContain(
      'Exec="/src/limber/node_modules/electron/dist/electron" "/src/limber" --autostart\n',
    );
  });

  it('in the preview, reports it unsupported and refuses to change it', async () => {
    const t = makeTestCore();
    try {
      expect(await t.dispatch('settings.autostart', {})).toEqual({ ok: true, value: { supported: false, enabled: false, needsApproval: false } });
      expect(await t.dispatch('settings.setAutostart', { on: true })).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    } finally {
      t.dispose();
    }
  });
});
