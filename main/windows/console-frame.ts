// What a console window shows about itself, pure: the title (account, role, time left) and the
// frame drawn inside AWS's page with insertCSS (a border in the account's colour and, once the
// session has ended, a banner that says so). CSS only: the console window runs no script of ours
// and has no preload, so nothing here can reach the page's JavaScript or the page ours.
import type { AccountColour } from '../../app/model/preferences';
import type { ConsoleWindowLabel } from '../../app/ports/console-opener';

/** The shades the account colours get in a console frame (readable on AWS's light and dark headers). */
export const frameColours: Readonly<Record<AccountColour, string>> = {
  red: '#d13212',
  orange: '#ec7211',
  yellow: '#e8b500',
  green: '#1d8102',
  teal: '#00a1a1',
  blue: '#0972d3',
  purple: '#8a4fd8',
  pink: '#d6337d',
  grey: '#7d8998',
};

/** "1 h 05 min left", "12 min left", "under a minute left", or that the session has ended. */
export function timeLeftText(sessionEndsAt: number, now: number): string {
  const seconds = Math.floor((sessionEndsAt - now) / 1000);
  if (seconds <= 0) return 'session ended';
  if (seconds < 60) return 'under a minute left';
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min left`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min left`;
}

/** "payments-staging (222222222222) · PowerUserAccess · 42 min left". */
export function consoleWindowTitle(label: ConsoleWindowLabel, sessionEndsAt: number, now: number): string {
  return `${label.accountLabel} (${label.accountId}) · ${label.roleName} · ${timeLeftText(sessionEndsAt, now)}`;
}

/**
 * The frame's CSS: an inset border in the account's colour (grey when none is set), and with
 * `ended` a fixed banner at the top. Names go in as CSS string escapes, so an alias cannot end the
 * string or the rule.
 */
export function consoleFrameCss(label: ConsoleWindowLabel, ended: boolean): string {
  const colour = frameColours[label.colour ?? 'grey'];
  const rules = [`html { box-shadow: inset 0 0 0 4px ${colour} !important; }`, `body { box-shadow: inset 0 0 0 4px ${colour} !important; }`];
  if (ended) {
    const text = `The console session of ${label.roleName} in ${label.accountLabel} has ended. Click the role's Management console button again, or answer the prompt, to sign in again here.`;
    rules.push(
      `html::before { content: ${cssString(text)}; position: fixed; z-index: 2147483647; top: 0; left: 0; right: 0; padding: 8px 12px; background: ${colour}; color: #fff; font: 600 14px/1.4 system-ui, sans-serif; text-align: center; pointer-events: none; }`,
    );
  }
  return rules.join('\n');
}

/** A CSS string literal: every character outside [A-Za-z0-9 .,()·-] as a hex escape. */
export function cssString(text: string): string {
  let out = '"';
  for (const character of text) {
    out += /[A-Za-z0-9 .,()·-]/.test(character) ? character : `\\${(character.codePointAt(0) ?? 0).toString(16)} `;
  }
  return `${out}"`;
}
