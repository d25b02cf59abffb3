import { useRovingFocus } from '../keyboard/use-roving-focus';

/**
 * Words to pick any number of (food groups, triggers, relief): each a pressed-or-not button, the
 * group one Tab stop with arrow keys inside it.
 */
export function ToggleGroup<T extends string>({ label, options, chosen, onToggle }: { label: string; options: readonly { value: T; label: string }[]; chosen: readonly T[]; onToggle(value: T): void }) {
  const roving = useRovingFocus(options.length);
  return (
    <div className="tags" role="toolbar" aria-label={label}>
      {options.map((option, index) => (
        <button key={option.value} type="button" aria-pressed={chosen.includes(option.value)} onClick={() => onToggle(option.value)} {...roving.item(index)}>
          {option.label}
        </button>
      ))}
    </div>
  );
}

/** Adds `value` to the list, or takes it out if it is there. */
export const toggled = <T,>(list: readonly T[], value: T): T[] => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);
