import { describe, expect, it } from 'vitest';
import { acceleratorLabel, checkAccelerator } from './accelerator';

describe('checkAccelerator', () => {
  it.each(['CommandOrControl+Shift+A', 'Alt+Space', 'Ctrl+Alt+F12', 'Super+K', 'CmdOrCtrl+Plus', 'Shift+Alt+num5', 'Control+;'])('%s is a shortcut', (accelerator) => {
    expect(checkAccelerator(accelerator)).toEqual({ valid: true });
  });

  it.each<[string, RegExp]>([
    ['A', /needs a modifier/],
    ['CommandOrControl+Shift', /ends with a modifier/],
    ['Hyper+A', /"Hyper" is not a modifier/],
    ['Ctrl+Ctrl+A', /appears twice/],
    ['Ctrl++A', /empty part/],
    ['Ctrl + A', /spaces/],
    ['Ctrl+Banana', /"Banana" is not a key/],
  ])('%s is refused: %s', (accelerator, reason) => {
    const check = checkAccelerator(accelerator);
    expect(check.valid).toBe(false);
    expect(!check.valid && check.reason).toMatch(reason);
  });
});

describe('acceleratorLabel', () => {
  it.each<[string, boolean, string]>([
    ['CommandOrControl+Shift+A', true, '⌘⇧A'],
    ['CommandOrControl+Shift+A', false, 'Ctrl+Shift+A'],
    ['Alt+space', false, 'Alt+space'],
    ['Control+Option+k', true, '⌃⌥K'],
  ])('%s on %s → %s', (accelerator, mac, label) => {
    expect(acceleratorLabel(accelerator, mac)).toBe(label);
  });
});
