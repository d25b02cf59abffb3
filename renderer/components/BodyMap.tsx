import type { KeyboardEvent } from 'react';
import { BODY_REGIONS, type BodyArea } from '../../electron/core/journal/vocabulary';
import { AREA_LABEL, whereLabel } from '../labels';

// A back seen from behind: the neck narrower, the back in three bands. The person's left is on
// the viewer's left, as on a back diagram.
const ROWS: Readonly<Record<(typeof BODY_REGIONS)[number], { y: number; h: number; x: number; w: number }>> = {
  neck: { y: 4, h: 26, x: 34, w: 52 },
  'upper-back': { y: 34, h: 40, x: 12, w: 96 },
  'mid-back': { y: 78, h: 40, x: 16, w: 88 },
  'lower-back': { y: 122, h: 40, x: 20, w: 80 },
};

/** Where it hurts: click or press Space on each part; several may be marked. */
export function BodyMap({ value, onChange, labelId }: { value: BodyArea[]; onChange(areas: BodyArea[]): void; labelId: string }) {
  const toggle = (area: BodyArea) => onChange(value.includes(area) ? value.filter((a) => a !== area) : [...value, area]);
  const onKey = (area: BodyArea) => (e: KeyboardEvent) => {
    if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault();
      toggle(area);
    }
  };
  return (
    <div className="body-map">
      <svg viewBox="0 0 120 166" role="group" aria-labelledby={labelId} width="150">
        {BODY_REGIONS.flatMap((region) => {
          const row = ROWS[region];
          return (['left', 'right'] as const).map((side) => {
            const area = `${region}-${side}` as BodyArea;
            const checked = value.includes(area);
            return (
              <rect
                key={area}
                role="checkbox"
                aria-checked={checked}
                aria-label={AREA_LABEL(area)}
                tabIndex={0}
                className={checked ? 'area marked' : 'area'}
                x={side === 'left' ? row.x : row.x + row.w / 2 + 1}
                y={row.y}
                width={row.w / 2 - 1}
                height={row.h}
                rx={6}
                onClick={() => toggle(area)}
                onKeyDown={onKey(area)}
              />
            );
          });
        })}
      </svg>
      <p className="hint" aria-live="polite">
        {value.length > 0 ? whereLabel(value) : 'Mark where it hurts'}
      </p>
    </div>
  );
}
