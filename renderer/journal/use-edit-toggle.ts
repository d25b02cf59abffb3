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

/**
 * A form's own keys: Escape cancels an edit, as it would a dialog; Ctrl+Enter (Cmd+Enter) saves
 * from anywhere in it, a notes box included, where Enter starts a new line.
 */
export const formKeys = (cancel: (() => void) | undefined) => (event: KeyboardEvent<HTMLFormElement>) => {
  if (event.key === 'Escape' && cancel) {
    event.preventDefault();
    cancel();
  }
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    event.currentTarget.requestSubmit();
  }
};
