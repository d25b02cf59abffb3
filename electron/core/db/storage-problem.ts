/**
 * A failure of the disk rather than of Limber, in words a person can act on; null for anything
 * else. Every write is one transaction, so a failed one saved nothing.
 */
export function storageProblem(error: unknown): string | null {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (/^SQLITE_FULL|^ENOSPC/.test(code)) return 'The disk is full: nothing was saved. Free some space, then try again.';
  if (/^SQLITE_IOERR|^EIO/.test(code)) return 'The disk could not be read or written: nothing was saved. Check the disk, then try again.';
  if (/^SQLITE_READONLY|^EROFS/.test(code)) return 'The journal is read-only now: nothing was saved. Make its folder writable, then start Limber again.';
  if (/^SQLITE_BUSY|^SQLITE_LOCKED/.test(code)) return 'The journal is in use by another program: nothing was saved. Close it, then try again.';
  return null;
}
