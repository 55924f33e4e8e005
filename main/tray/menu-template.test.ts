import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { AppCommand } from '../commands/app-command';
import { escapeMenuLabel, toMenuTemplate } from './menu-template';

describe('toMenuTemplate', () => {
  it('maps commands, greyed labels, submenus and separators, and a click runs the command', () => {
    const run = vi.fn<(command: AppCommand) => void>();
    const template = toMenuTemplate(
      [
        {
          type: 'submenu',
          label: 'R&D: Signed in',
          items: [
            { type: 'label', label: 'Code: WDJB-MJHT' },
            { type: 'command', label: 'Sign out', command: { kind: 'sign-out', instanceId: 'i1' } },
          ],
        },
        { type: 'separator' },
        { type: 'command', label: 'Quit SSO Tray', command: { kind: 'quit' } },
      ],
      run,
    );
    expect(template).toEqual([
      { label: 'R&&D: Signed in', submenu: [{ label: 'Code: WDJB-MJHT', enabled: false }, { label: 'Sign out', click: expect.any(Function) }] },
      { type: 'separator' },
      { label: 'Quit SSO Tray', click: expect.any(Function) },
    ]);
    ((template[0]?.submenu as MenuItemConstructorOptions[])[1]?.click as () => void)();
    (template[2]?.click as () => void)();
    expect(run.mock.calls).toEqual([[{ kind: 'sign-out', instanceId: 'i1' }], [{ kind: 'quit' }]]);
  });

  it.each([
    ['Payments', 'Payments'],
    ['R&D', 'R&&D'],
    ['&&', '&&&&'],
  ])('escapes %s as %s (Electron reads a single & as a mnemonic)', (label, escaped) => {
    expect(escapeMenuLabel(label)).toBe(escaped);
  });
});
