// The settings screen's checks, in plain words, before anything is sent. Main checks again (the
// schema in app/model/app-settings.ts); these say what is wrong at the field instead of a schema
// message. Each returns undefined when the value is fine.
import { maxConsoleSessionSeconds, minConsoleSessionSeconds } from '../../../app/model/console-session-limits';

export const minConsoleMinutes = minConsoleSessionSeconds / 60;
export const maxConsoleMinutes = maxConsoleSessionSeconds / 60;

/** A console session length in minutes; empty means "the default" (undefined seconds). */
export function parseConsoleMinutes(text: string): { readonly seconds?: number; readonly error?: string } {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  if (!/^\d+$/.test(trimmed)) return { error: 'Enter a whole number of minutes, or leave it empty for the default.' };
  const minutes = Number(trimmed);
  if (minutes < minConsoleMinutes || minutes > maxConsoleMinutes) {
    return { error: `AWS allows console sessions of ${minConsoleMinutes} to ${maxConsoleMinutes} minutes (12 hours).` };
  }
  return { seconds: minutes * 60 };
}

export function displayNameError(name: string): string | undefined {
  if (name.trim() === '') return 'Enter a name for this instance.';
  if (name.length > 200) return `The name is ${name.length.toLocaleString('en')} characters long; at most 200 fit.`;
  return undefined;
}

export function nameTemplateError(template: string): string | undefined {
  if (template.trim() === '') return 'Enter a template, for example {account_name}.{role_name}.';
  if (template.length > 200) return `The template is ${template.length.toLocaleString('en')} characters long; at most 200 fit.`;
  // Every { opens a placeholder that a } closes, without nesting.
  let open = false;
  for (const character of template) {
    if (character === '{') {
      if (open) return 'A placeholder is not closed: every { needs its }.';
      open = true;
    } else if (character === '}') {
      if (!open) return 'There is a } without its {.';
      open = false;
    }
  }
  return open ? 'A placeholder is not closed: every { needs its }.' : undefined;
}

// Electron's accelerator names (https://www.electronjs.org/docs/latest/api/accelerator).
const modifiers = new Set(['command', 'cmd', 'control', 'ctrl', 'commandorcontrol', 'cmdorctrl', 'alt', 'option', 'altgr', 'shift', 'super', 'meta']);
const namedKeys = new Set([
  'plus', 'space', 'tab', 'capslock', 'numlock', 'scrolllock', 'backspace', 'delete', 'insert', 'return', 'enter',
  'up', 'down', 'left', 'right', 'home', 'end', 'pageup', 'pagedown', 'escape', 'esc', 'printscreen',
]);

function isKey(part: string): boolean {
  const lower = part.toLowerCase();
  if (namedKeys.has(lower)) return true;
  if (/^f([1-9]|1\d|2[0-4])$/.test(lower)) return true;
  if (/^num([0-9]|dec|add|sub|mult|div)$/.test(lower)) return true;
  // One printable character (a letter, digit or punctuation; not the + that joins the parts).
  return [...part].length === 1 && part !== '+' && part.trim() !== '';
}

/** A global shortcut: at least one modifier, then exactly one key. */
export function globalShortcutError(shortcut: string): string | undefined {
  const example = 'for example CommandOrControl+Shift+A';
  const trimmed = shortcut.trim();
  if (trimmed === '') return `Enter a shortcut, ${example}.`;
  if (trimmed.length > 100) return `The shortcut is too long; use modifiers and one key, ${example}.`;
  const parts = trimmed.split('+').map((part) => part.trim());
  if (parts.some((part) => part === '')) return `Join the keys with a single +, ${example}.`;
  const key = parts.at(-1) ?? '';
  const leading = parts.slice(0, -1);
  const unknown = leading.find((part) => !modifiers.has(part.toLowerCase()));
  if (unknown !== undefined) return `"${unknown}" is not a modifier. Use Command, Control, CommandOrControl, Alt, Shift or Super, then one key.`;
  if (leading.length === 0) return `A global shortcut needs a modifier (Control, Alt, Shift…), ${example}.`;
  if (modifiers.has(key.toLowerCase())) return `End the shortcut with a key after the modifiers, ${example}.`;
  if (!isKey(key)) return `"${key}" is not a key the shortcut can use; try a letter, a digit or F1 to F24.`;
  return undefined;
}
