import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/App';
import { renderWithCore } from './render-with-core';

describe('the tray’s "Log pain…" window', () => {
  afterEach(() => {
    window.location.hash = '';
  });

  it('shows only the form; the rating and Enter log an episode', async () => {
    window.location.hash = '#/log';
    const { user, core } = renderWithCore(<App />);
    expect(screen.queryByRole('navigation')).toBeNull();
    await user.keyboard('6{Enter}');
    expect(await screen.findByText('Logged pain 6 of 10 (moderate), Lower back.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
    expect(core.episodes.list({ limit: 5 }).items).toHaveLength(1);
  });
});
