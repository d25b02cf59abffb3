import { describe, expect, it } from 'vitest';
import { buildTrayModel } from '../../electron/core/tray/tray-model';

describe('tray menu', () => {
  it('offers a quick tip first, then opening and quitting Limber', () => {
    const model = buildTrayModel();
    expect(model.tooltip).toBe('Limber');
    expect(model.items.map((i) => (i.kind === 'action' ? i.label : '—'))).toEqual(['Quick tip', '—', 'Open Limber', 'Quit Limber']);
  });
});
