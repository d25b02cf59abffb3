import { useEffect, useState, type FormEvent } from 'react';
import { useLeaveGuard } from '../leave-guard';
import { fieldErrors } from './FieldError';

export interface SavedDraftOptions<T> {
  /** Stores the draft and answers with what was stored; throws when refused. */
  store(draft: T): Promise<T>;
  saved: string;
  /** Why it was refused, in the form's words. */
  refused(error: unknown): string;
  /** What leaving with unsaved changes would lose, asked before the page changes. */
  unsavedReason: string;
}

/**
 * A settings form's draft against what is stored: whether it has unsaved changes (and asks before
 * they are left behind), saving it, and each refused field's message for beside that field.
 * `initial` may be null while it loads.
 */
export function useSavedDraft<T>(initial: T, options: SavedDraftOptions<NonNullable<T>>) {
  const [saved, setSaved] = useState(initial);
  const [draft, setDraft] = useState(initial);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    setSaved(initial);
    setDraft(initial);
  }, [initial]);
  const unsaved = draft != null && JSON.stringify(draft) !== JSON.stringify(saved);
  useLeaveGuard(unsaved ? options.unsavedReason : null);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (draft == null) return;
    try {
      const stored = await options.store(draft);
      setSaved(stored);
      setDraft(stored);
      setErrors({});
      setMessage({ ok: true, text: options.saved });
    } catch (e) {
      setErrors(fieldErrors(e));
      setMessage({ ok: false, text: options.refused(e) });
    }
  }

  return { draft, setDraft, unsaved, errors, message, save };
}
