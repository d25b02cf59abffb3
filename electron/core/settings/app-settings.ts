import type { Clock } from '../clock';
import type { Db } from '../db/open-database';
import { LimberError } from '../errors';
import type { ReportPerson } from '../report/report-person';
import { SETTINGS, type AppSettings, type SettingKey } from './settings-schema';

export class SettingsStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  all(): AppSettings {
    return readSettings(this.db);
  }

  get<K extends SettingKey>(key: K): AppSettings[K] {
    return this.all()[key];
  }

  set<K extends SettingKey>(key: K, value: AppSettings[K]): void {
    writeSetting(this.db, key, value);
  }

  setReportPerson(person: ReportPerson): AppSettings {
    // Today somewhere on Earth (UTC+14) is the latest anyone can have been born.
    const latest = new Date(this.clock.now() + 14 * 3_600_000).toISOString().slice(0, 10);
    if (person.dateOfBirth !== null && person.dateOfBirth > latest) {
      throw new LimberError('invalid-input', 'The date of birth is in the future.', [{ field: 'dateOfBirth', message: 'must not be in the future' }]);
    }
    this.set('reportPerson', person);
    return this.all();
  }

  acknowledgeNotice(): AppSettings {
    if (this.all().noticeAcknowledgedAt === null) this.set('noticeAcknowledgedAt', this.clock.now());
    return this.all();
  }
}

/** Every setting on this connection (free of the store, for readers that have only a connection). */
export function readSettings(db: Db): AppSettings {
  const rows = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings').all();
  const stored = new Map(rows.map((r) => [r.key, r.value]));
  return Object.fromEntries((Object.keys(SETTINGS) as SettingKey[]).map((key) => [key, parsed(key, stored.get(key))])) as AppSettings;
}

export function readSetting<K extends SettingKey>(db: Db, key: K): AppSettings[K] {
  return parsed(key, db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck().get(key));
}

function parsed<K extends SettingKey>(key: K, raw: string | undefined): AppSettings[K] {
  const { schema, fallback } = SETTINGS[key];
  // A value this version cannot read (hand-edited, damaged on disk, or from a newer build) falls
  // back to the default rather than making every setting unreadable.
  const result = raw === undefined ? undefined : schema.safeParse(parseOrUndefined(raw));
  return (result?.success ? result.data : fallback) as AppSettings[K];
}

export function writeSetting<K extends SettingKey>(db: Db, key: K, value: AppSettings[K]): void {
  db.transaction(() => {
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
  })();
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
