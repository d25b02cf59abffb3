import { useEffect, useRef, useState } from 'react';
import type { OwnPlay, RoutineReport } from './plan';
import type { RoutineDraft } from './routine-draft';
import { toInput } from './routine-draft';
import { RoutinePlayer } from './RoutinePlayer';

const NOT_LOGGED: RoutineReport = { message: 'This was a preview: nothing was logged in your journal.' };
const finishPreview = async () => NOT_LOGGED;

/**
 * Plays the draft as it is when Preview is pressed, in the same player as a saved routine, without
 * saving it or logging anything. Later changes show when it is opened again.
 */
export function RoutinePreview({ draft }: { draft: RoutineDraft }) {
  const [shown, setShown] = useState<OwnPlay | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (shown) heading.current?.focus();
  }, [shown]);

  function open() {
    const { name, activity, steps } = toInput(draft);
    setShown({ kind: 'own', title: name.trim() || 'Your routine', activity, steps: steps.map((s) => ({ ...s, title: s.title.trim() || 'Untitled step', text: s.text.trim() })) });
  }

  return (
    <section className="routine-preview" aria-label="Preview">
      <button type="button" onClick={() => (shown ? setShown(null) : open())}>
        {shown ? 'Close the preview' : 'Preview'}
      </button>
      {shown && (
        <>
          <h2 ref={heading} tabIndex={-1}>
            Preview: {shown.title}
          </h2>
          <p className="hint">As it is now, saved or not. Nothing is logged.</p>
          <RoutinePlayer routine={shown} onFinished={finishPreview} />
        </>
      )}
    </section>
  );
}
