import { useEffect } from 'react';

export interface Jump {
  /** The id of the section to go to. */
  target: string;
  label: string;
  /** A letter that, with Alt (Ctrl+Option on a Mac), jumps there from anywhere on the page. */
  letter?: string;
}

const FIRST_CONTROL = 'input, select, textarea, button, summary, a[href], [tabindex="0"]';
const MAC = /^Mac/.test(navigator.platform);
const chord = (letter: string) => `${MAC ? 'Control+Alt' : 'Alt'}+${letter}`;

/** Puts the keyboard on a section's first control (the section itself when it has none). */
function jumpTo(target: string) {
  const section = document.getElementById(target);
  const first = section?.querySelector<HTMLElement>(FIRST_CONTROL);
  if (first) first.focus();
  else if (section) {
    section.tabIndex = -1;
    section.focus();
  }
}

/**
 * Skip links to each of Today's forms, and modifier shortcuts to the same places (never a bare
 * letter, which speech input could trigger: WCAG 2.1.4). The letters avoid the menu bar's (Limber,
 * Edit, View, Help).
 */
export function JumpLinks({ jumps }: { jumps: readonly Jump[] }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.shiftKey || event.metaKey || event.ctrlKey !== MAC) return;
      const jump = jumps.find((j) => j.letter && event.code === `Key${j.letter}`);
      if (!jump) return;
      event.preventDefault();
      jumpTo(jump.target);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [jumps]);

  return (
    <nav className="jump-links" aria-label="Jump to">
      <ul>
        {jumps.map((jump) => (
          <li key={jump.target}>
            <a
              href={`#${jump.target}`}
              aria-keyshortcuts={jump.letter ? chord(jump.letter) : undefined}
              onClick={(event) => {
                event.preventDefault();
                jumpTo(jump.target);
              }}
            >
              {jump.label}
              {jump.letter && (
                <kbd aria-hidden="true">
                  {MAC ? '⌃⌥' : 'Alt+'}
                  {jump.letter}
                </kbd>
              )}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
