import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bundledAdviceContent } from '../../electron/core/advice/bundled-content';
import { ILLUSTRATIONS, type IllustrationId } from '../../electron/core/routines/illustrations';
import { RoutinesPage } from '../../renderer/pages/RoutinesPage';
import { StepIllustration } from '../../renderer/routines/StepIllustration';
import { renderWithCore } from './render-with-core';

const routines = bundledAdviceContent().routines;
const byKind = (kind: string) => routines.find((r) => r.kind === kind)!;
const described = (id: IllustrationId) => ILLUSTRATIONS.find((i) => i.id === id)!.alt;

/** The picture a screen reader finds under the step's description, and the drawing inside it. */
function picture(id: IllustrationId) {
  const img = screen.getByRole('img', { name: described(id) });
  expect(img.querySelector('svg')?.getAttribute('viewBox')).toBe('0 0 64 64');
  return img;
}

describe('step illustrations', () => {
  it('shows the current step of a warm-up, moving only while the routine runs', async () => {
    const warmUp = byKind('warm-up');
    const [first, second] = warmUp.steps;
    renderWithCore(<RoutinesPage id={warmUp.id} />);
    await screen.findByRole('heading', { level: 2, name: first!.title });

    expect(picture(first!.illustration).hasAttribute('data-moving')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(picture(first!.illustration).hasAttribute('data-moving')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(picture(first!.illustration).hasAttribute('data-moving')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Skip step' }));
    await screen.findByRole('heading', { level: 2, name: second!.title });
    picture(second!.illustration);
    expect(screen.getAllByRole('img')).toHaveLength(1);
  });

  it('shows a small still picture beside each item of the posture check', async () => {
    const check = byKind('checklist');
    renderWithCore(<RoutinesPage id={check.id} />);
    await screen.findByRole('heading', { level: 1, name: check.title });
    const items = screen.getAllByRole('listitem').filter((li) => li.querySelector('input[type="checkbox"]'));
    expect(items).toHaveLength(check.steps.length);
    check.steps.forEach((step, i) => {
      const img = picture(step.illustration);
      expect(items[i]!.contains(img)).toBe(true);
      expect(img.classList.contains('illustration-small')).toBe(true);
      expect(img.hasAttribute('data-moving')).toBe(false);
    });
  });

  it('shows nothing for a step without one', () => {
    const { container } = render(<StepIllustration id={null} />);
    expect(container.innerHTML).toBe('');
  });
});
