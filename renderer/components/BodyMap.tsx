import type { KeyboardEvent } from 'react';
import { BODY_AREAS, BODY_REGIONS, type BodyArea } from '../../electron/api/page';
import { AREA_LABEL, whereLabel } from '../labels';
import { useRovingFocus } from '../keyboard/use-roving-focus';

// A back seen from behind: the neck narrower, the back in three bands. The person's left is on
// the viewer's left, as on a back diagram.
const ROWS: Readonly<Record<(typeof BODY_REGIONS)[number], { y: number; h: number; x: number; w: number }>> = {
  neck: { y: 4, h: 26, x: 34, w: 52 },
  'upper-back': { y: 34, h: 40, x: 12, w: 96 },
  'mid-back': { y: 78, h: 40, x: 16, w: 88 },
  'lower-back': { y: 122, h: 40, x: 20, w: 80 },
};

/**
 * Where it hurts: click each part, or by keyboard: one Tab stop, arrows move, Space marks,
 * Delete clears every mark, Enter logs.
 */
export function BodyMap({ value, onChange, labelId }: { value: BodyArea[]; onChange(areas: BodyArea[]): void; labelId: string }) {
  const roving = useRovingFocus(BODY_AREAS.length, 2);
  const toggle = (area: BodyArea) => onChange(value.includes(area) ? value.filter((a) => a !== area) : [...value, area]);
  const onKey = (area: BodyArea, moves: (event: KeyboardEvent) => void) => (event: KeyboardEvent<SVGRectElement>) => {
    if (event.key === ' ') {
      event.preventDefault();
      toggle(area);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      onChange([]);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      event.currentTarget.closest('form')?.requestSubmit();
    } else moves(event);
  };
  return (
    <div className="body-map">
      <svg viewBox="0 0 120 166" role="group" aria-labelledby={labelId} aria-describedby={`${labelId}-keys`} width="124">
        {BODY_AREAS.map((area, index) => {
          const side = area.endsWith('-left') ? 'left' : 'right';
          const row = ROWS[area.slice(0, -side.length - 1) as (typeof BODY_REGIONS)[number]];
          const checked = value.includes(area);
          const { onKeyDown, ...item } = roving.item(index);
          return (
            <rect
              key={area}
              role="checkbox"
              aria-checked={checked}
              aria-label={AREA_LABEL(area)}
              className={checked ? 'area marked' : 'area'}
              x={side === 'left' ? row.x : row.x + row.w / 2 + 1}
              y={row.y}
              width={row.w / 2 - 1}
              height={row.h}
              rx={6}
              onClick={() => toggle(area)}
              onKeyDown={onKey(area, onKeyDown)}
              {...item}
            />
          );
        })}
      </svg>
      <p className="hint" aria-live="polite">
        {value.length > 0 ? whereLabel(value) : 'Mark where it hurts'}
      </p>
      <p className="hint keys-hint" id={`${labelId}-keys`}>
        Arrows move, Space marks, Delete clears
      </p>
    </div>
  );
}
