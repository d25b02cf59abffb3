import { useRef, useState, type KeyboardEvent } from 'react';

/**
 * Where an arrow key moves in a grid of `count` items laid out `columns` wide (a single row or
 * column when `columns` is 1: then every arrow steps); null for any other key or at an edge.
 */
export function nextIndex(key: string, index: number, count: number, columns: number): number | null {
  const step: Record<string, number> = columns === 1
    ? { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }
    : { ArrowRight: 1, ArrowLeft: -1, ArrowDown: columns, ArrowUp: -columns };
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  if (!(key in step)) return null;
  const next = index + step[key]!;
  return next >= 0 && next < count ? next : null;
}

/**
 * One Tab stop for a group of toggles (a toolbar, the body map): Tab enters at the last one used,
 * arrows move between them, Tab leaves. A group of eight toggles costs one Tab, not eight.
 */
export function useRovingFocus(count: number, columns = 1) {
  const [active, setActive] = useState(0);
  const items = useRef<(HTMLElement | SVGElement | null)[]>([]);
  return {
    item: (index: number) => ({
      tabIndex: index === Math.min(active, count - 1) ? 0 : -1,
      ref: (element: HTMLElement | SVGElement | null) => {
        items.current[index] = element;
      },
      onFocus: () => setActive(index),
      onKeyDown: (event: KeyboardEvent) => {
        const next = nextIndex(event.key, index, count, columns);
        if (next === null) return;
        event.preventDefault();
        setActive(next);
        items.current[next]?.focus();
      },
    }),
  };
}
