import { useEffect, useRef, useState } from 'react';
import type { RoutineReport } from './plan';

/** The last screen's words about the journal, with a way to take the entry back. */
export function RoutineResult({ report }: { report: Promise<RoutineReport> }) {
  const [shown, setShown] = useState<RoutineReport | null>(null);
  const [after, setAfter] = useState<string | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    let current = true;
    report.then(
      (r) => current && setShown(r),
      (e: unknown) => current && setShown({ message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      current = false;
    };
  }, [report]);

  async function undo() {
    if (!shown?.undo) return;
    try {
      setAfter(await shown.undo());
    } catch (e) {
      setAfter(e instanceof Error ? e.message : String(e));
    }
    status.current?.focus();
  }

  if (!shown) return null;
  return (
    <>
      <p role="status" ref={status} tabIndex={-1}>
        {after ?? shown.message}
      </p>
      {shown.undo && after === null && (
        <button type="button" onClick={() => void undo()}>
          Undo: remove it from the journal
        </button>
      )}
    </>
  );
}
