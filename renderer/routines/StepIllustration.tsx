import { ILLUSTRATIONS, type IllustrationId } from '../../electron/api/page';
import './illustrations.css';

// The drawings are placed in the page, not shown as <img>: an image keeps a document of its own,
// which the page's styles never enter and which in Chromium does not follow the page's emulated
// motion preference, so the player could not stop the movement when paused. They carry no style,
// script or link (checked by test/unit/routines/illustrations.test.ts), so the strict CSP holds.
const FILES = import.meta.glob<string>('../../resources/illustrations/*.svg', { query: '?raw', import: 'default', eager: true });

export interface StepIllustrationProps {
  id: IllustrationId | null | undefined;
  /** Alternates between the drawing's two poses; still (both poses shown) otherwise. */
  moving?: boolean;
  /** Checklist size (3 rem) rather than the player's (up to 10 rem). */
  small?: boolean;
}

/** A step's illustration, described in words for screen readers; nothing for a step without one. */
export function StepIllustration({ id, moving = false, small = false }: StepIllustrationProps) {
  const illustration = ILLUSTRATIONS.find((i) => i.id === id);
  if (!illustration) return null;
  return (
    <span
      className={small ? 'illustration illustration-small' : 'illustration'}
      role="img"
      aria-label={illustration.alt}
      data-moving={moving || undefined}
      dangerouslySetInnerHTML={{ __html: FILES[`../../resources/illustrations/${illustration.id}.svg`] ?? '' }}
    />
  );
}
