import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

/**
 * An entry's edit form opened in place: closing it (saved, cancelled or Escape) puts focus back
 * on the entry's Edit button, so the keyboard user is where they were.
 */
export function useEditToggle() {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const closed = useRef(false);
  useEffect(() => {
    if (editing || !closed.current) return;
    closed.current = false;
    editButton.current?.focus();
  }, [editing]);
  return {
    editing,
    editButton,
    open: () => setEditing(true),
    close: () => {
      closed.current = true;
      setEditing(false);
    },
  };
}

/** Escape inside an edit form cancels it, as it would a dialog. */
export const cancelOnEscape = (cancel: (() => void) | undefined) => (event: KeyboardEvent) => {
  if (event.key === 'Escape' && cancel) {
    event.preventDefault();
    cancel();
  }
};
