/** Says which parts of an entry were damaged on disk and show as empty (see core/journal/stored-list.ts). */
export function UnreadableNote({ fields }: { fields: string[] | undefined }) {
  if (!fields || fields.length === 0) return null;
  return (
    <p className="hint" role="note">
      Part of this entry could not be read from the journal file ({fields.join(', ')}); it shows as empty. The rest is
      safe, and editing the entry writes it anew.
    </p>
  );
}
