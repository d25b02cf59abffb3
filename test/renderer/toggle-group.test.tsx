import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ToggleGroup, toggled } from '../../renderer/components/ToggleGroup';

const OPTIONS = ['heat', 'walking', 'stretching', 'rest'].map((w) => ({ value: w, label: w }));

function Relief() {
  const [chosen, setChosen] = useState<string[]>([]);
  return (
    <>
      <button type="button">before</button>
      <ToggleGroup label="Relief tried" options={OPTIONS} chosen={chosen} onToggle={(w) => setChosen((c) => toggled(c, w))} />
      <button type="button">after</button>
    </>
  );
}

describe('a group of toggles by keyboard', () => {
  it('is one Tab stop; arrows, Home and End move inside it and stop at its ends; Space presses', async () => {
    const user = userEvent.setup();
    render(<Relief />);
    const focused = () => document.activeElement?.textContent;
    screen.getByRole('button', { name: 'before' }).focus();
    await user.tab();
    expect(focused()).toBe('heat');
    await user.keyboard('{ArrowLeft}');
    expect(focused()).toBe('heat');
    await user.keyboard('{ArrowRight}{ArrowRight} ');
    expect(focused()).toBe('stretching');
    await user.keyboard('{End}{ArrowRight} {Home}{ArrowRight}');
    expect(focused()).toBe('walking');
    expect(screen.getAllByRole('button', { pressed: true }).map((b) => b.textContent)).toEqual(['stretching', 'rest']);
    await user.tab();
    expect(focused()).toBe('after');
    // Back in, the keyboard returns to the toggle it left.
    await user.tab({ shift: true });
    expect(focused()).toBe('walking');
  });
});
