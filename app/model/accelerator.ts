// Keyboard shortcuts in Electron's accelerator syntax ("CommandOrControl+Shift+A"): checked before
// registering, so a typo in the settings gets its own message rather than "held by another app",
// and shown as the platform writes them (⌘⇧A on macOS, Ctrl+Shift+A elsewhere). Pure.
// Syntax: https://www.electronjs.org/docs/latest/api/accelerator

const modifiers = new Map<string, { mac: string; other: string }>([
  ['commandorcontrol', { mac: '⌘', other: 'Ctrl' }],
  ['cmdorctrl', { mac: '⌘', other: 'Ctrl' }],
  ['command', { mac: '⌘', other: 'Command' }],
  ['cmd', { mac: '⌘', other: 'Command' }],
  ['control', { mac: '⌃', other: 'Ctrl' }],
  ['ctrl', { mac: '⌃', other: 'Ctrl' }],
  ['alt', { mac: '⌥', other: 'Alt' }],
  ['option', { mac: '⌥', other: 'Alt' }],
  ['altgr', { mac: '⌥', other: 'AltGr' }],
  ['shift', { mac: '⇧', other: 'Shift' }],
  ['super', { mac: '⌘', other: 'Super' }],
  ['meta', { mac: '⌘', other: 'Meta' }],
]);

const namedKeys = new Set(
  [
    'Plus', 'Space', 'Tab', 'Capslock', 'Numlock', 'Scrolllock', 'Backspace', 'Delete', 'Insert', 'Return', 'Enter',
    'Up', 'Down', 'Left', 'Right', 'Home', 'End', 'PageUp', 'PageDown', 'Escape', 'Esc', 'PrintScreen',
    'VolumeUp', 'VolumeDown', 'VolumeMute', 'MediaNextTrack', 'MediaPreviousTrack', 'MediaStop', 'MediaPlayPause',
    ...Array.from({ length: 24 }, (_, index) => `F${index + 1}`),
    ...Array.from({ length: 10 }, (_, index) => `num${index}`),
    'numdec', 'numadd', 'numsub', 'nummult', 'numdiv',
  ].map((key) => key.toLowerCase()),
);

/** A single character key: a letter, a digit or punctuation (not "+", which is "Plus"). */
const characterKey = /^[\p{L}\p{N}\p{P}\p{S}]$/u;

export type AcceleratorCheck = { readonly valid: true } | { readonly valid: false; readonly reason: string };

/** A global shortcut needs at least one modifier and exactly one key, last. */
export function checkAccelerator(accelerator: string): AcceleratorCheck {
  const parts = accelerator.split('+');
  if (parts.some((part) => part.trim() === '' || part !== part.trim())) return { valid: false, reason: 'It has an empty part or spaces around a "+".' };
  const key = parts.at(-1)!;
  const mods = parts.slice(0, -1).map((part) => part.toLowerCase());
  const unknown = mods.find((part) => !modifiers.has(part));
  if (unknown !== undefined) return { valid: false, reason: `"${parts[mods.indexOf(unknown)]}" is not a modifier key.` };
  if (mods.length === 0) return { valid: false, reason: 'A global shortcut needs a modifier such as CommandOrControl, Alt or Shift.' };
  if (new Set(mods).size !== mods.length) return { valid: false, reason: 'A modifier appears twice.' };
  if (modifiers.has(key.toLowerCase())) return { valid: false, reason: 'It ends with a modifier; add a key after it.' };
  if (!namedKeys.has(key.toLowerCase()) && !characterKey.test(key)) return { valid: false, reason: `"${key}" is not a key Electron knows.` };
  return { valid: true };
}

/** "⌘⇧A" on macOS, "Ctrl+Shift+A" elsewhere. */
export function acceleratorLabel(accelerator: string, mac: boolean): string {
  const parts = accelerator.split('+');
  const key = parts.at(-1) ?? '';
  const shownKey = key.length === 1 ? key.toUpperCase() : key;
  const mods = parts.slice(0, -1).map((part) => modifiers.get(part.toLowerCase()) ?? { mac: part, other: part });
  return mac ? `${mods.map((mod) => mod.mac).join('')}${shownKey}` : [...mods.map((mod) => mod.other), shownKey].join('+');
}
