import type { Ref } from 'react';

/** An entry's Edit and Delete, each named for the entry ("Edit Magnesium at Wed, Nov 25, 2026, 10:00 PM"). */
export function EntryActions({ named, editButton, onEdit, onDelete }: { named: string; editButton: Ref<HTMLButtonElement>; onEdit(): void; onDelete(): void }) {
  return (
    <div className="entry-actions">
      <button ref={editButton} type="button" onClick={onEdit} aria-label={`Edit ${named}`}>
        Edit
      </button>
      <button type="button" onClick={onDelete} aria-label={`Delete ${named}`}>
        Delete
      </button>
    </div>
  );
}
