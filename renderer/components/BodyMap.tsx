import type { KeyboardEvent } from 'react';
import { BACK_REGIONS, FRONT_REGIONS, type BodyArea, type BodyRegion } from '../../electron/api/page';
import { AREA_LABEL, whereLabel } from '../labels';
import { useRovingFocus } from '../keyboard/use-roving-focus';

type Box = { y: number; h: number; x: number; w: number };

// A figure in two views, each 100 wide: from behind (the person's left on the viewer's left, as
// on a back diagram) and from the front (their left on the viewer's right). Legs have a gap.
// Each half is at least 21 units square: at the drawn width of 120 px, over 24 px (WCAG 2.5.8).
const BOXES: Readonly<Record<BodyRegion, Box>> = {
  neck: { y: 22, h: 21, x: 28, w: 44 },
  shoulder: { y: 45, h: 21, x: 8, w: 84 },
  'upper-back': { y: 68, h: 22, x: 18, w: 64 },
  'mid-back': { y: 92, h: 22, x: 20, w: 60 },
  'lower-back': { y: 116, h: 21, x: 22, w: 56 },
  buttock: { y: 139, h: 22, x: 21, w: 58 },
  'thigh-back': { y: 163, h: 30, x: 21, w: 58 },
  calf: { y: 195, h: 28, x: 23, w: 54 },
  heel: { y: 225, h: 21, x: 25, w: 50 },
  hip: { y: 139, h: 22, x: 21, w: 58 },
  'thigh-front': { y: 163, h: 30, x: 21, w: 58 },
  shin: { y: 195, h: 28, x: 23, w: 54 },
  foot: { y: 225, h: 21, x: 25, w: 50 },
};

const LIMBS = new Set<BodyRegion>(['thigh-back', 'calf', 'heel', 'thigh-front', 'shin', 'foot']);

function View(props: {
  regions: readonly BodyRegion[];
  front: boolean;
  caption: string;
  value: BodyArea[];
  onChange(areas: BodyArea[]): void;
  keysId: string;
}) {
  const { regions, front, caption, value, onChange, keysId } = props;
  const areas = regions.flatMap((region) => [`${region}-left`, `${region}-right`] as BodyArea[]);
  const roving = useRovingFocus(areas.length, 2);
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
    <figure className="body-view">
      <svg viewBox="0 0 100 248" role="group" aria-label={`Where, ${caption.toLowerCase()}`} aria-describedby={keysId} width="120">
        {/* The figure's outline, for orientation only. */}
        <g className="outline" aria-hidden="true">
          <circle cx={50} cy={11} r={9} />
          {front && <rect x={18} y={45} width={64} height={92} rx={10} />}
        </g>
        {areas.map((area, index) => {
          const left = area.endsWith('-left');
          const region = area.slice(0, area.lastIndexOf('-')) as BodyRegion;
          const box = BOXES[region];
          // From the front, the person's left is on the viewer's right.
          const onLeftHalf = left !== front;
          const gap = LIMBS.has(region) ? 3 : 1;
          const { onKeyDown, ...item } = roving.item(index);
          return (
            <rect
              key={area}
              role="checkbox"
              aria-checked={value.includes(area)}
              aria-label={AREA_LABEL(area)}
              className={value.includes(area) ? 'area marked' : 'area'}
              x={onLeftHalf ? box.x : box.x + box.w / 2 + gap / 2}
              y={box.y}
              width={box.w / 2 - gap / 2}
              height={box.h}
              rx={5}
              onClick={() => toggle(area)}
              onKeyDown={onKey(area, onKeyDown)}
              {...item}
            />
          );
        })}
      </svg>
      <figcaption aria-hidden="true">{caption}</figcaption>
    </figure>
  );
}

/**
 * Where it hurts, on a figure from behind and from the front, legs included so sciatica can be
 * placed. Click each part, or by keyboard: one Tab stop per view, arrows move, Space marks,
 * Delete clears every mark, Enter logs.
 */
export function BodyMap({ value, onChange, labelId }: { value: BodyArea[]; onChange(areas: BodyArea[]): void; labelId: string }) {
  const keysId = `${labelId}-keys`;
  const shared = { value, onChange, keysId };
  return (
    <div className="body-map">
      <div className="body-views">
        <View regions={BACK_REGIONS} front={false} caption="From behind" {...shared} />
        <View regions={FRONT_REGIONS} front caption="From the front" {...shared} />
      </div>
      <p className="hint" aria-live="polite">
        {value.length > 0 ? whereLabel(value) : 'Mark where it hurts'}
      </p>
      <p className="hint keys-hint" id={keysId}>
        Arrows move, Space marks, Delete clears
      </p>
    </div>
  );
}
