/** Replacing the journal with a backup needs the journal closed: only the host can do that. */
export interface JournalRestorer {
  /** Restores the named backup; resolves once the journal in use is the restored one. */
  restore(backupName: string): Promise<{ restartNeeded: boolean }>;
}

/** For hosts that cannot swap the journal under themselves (tests). */
export const NO_RESTORE: JournalRestorer = {
  restore: () => Promise.reject(new Error('restoring a backup is not available here')),
};

/** An automatic backup that failed (shown in Settings until one succeeds). */
export interface BackupFailure {
  at: number;
  message: string;
}

/** What Settings shows about the journal's safety: a failing backup, and every journal kept aside. */
export interface BackupHealth {
  lastFailure: BackupFailure | null;
  keptAside: KeptJournal[];
}

/** Why a journal file was kept aside; Limber never deletes one. */
export type KeptWhy = 'damaged' | 'before-restore' | 'foreign-wal';

export interface KeptJournal {
  why: KeptWhy;
  /** The kept file (its WAL, if any, beside it with `-wal`). */
  file: string;
  /** When it was set aside, by the clock at the time. */
  at: number;
}
