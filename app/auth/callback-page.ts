// The page the browser shows after it returns to the loopback listener. Static, no script, and it
// says plainly whether to go back to the app; the tab may be closed either way.

export type CallbackOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: string };

export function callbackPage(outcome: CallbackOutcome): string {
  const title = outcome.ok ? 'Signed in to SSO Tray' : 'Sign-in did not complete';
  const body = outcome.ok
    ? 'You are signed in. You can close this tab and go back to SSO Tray.'
    : `${escapeHtml(outcome.reason)} You can close this tab and try again from SSO Tray.`;
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${title}</title>`,
    '<style>body{font:16px system-ui,sans-serif;margin:15vh auto;max-width:32rem;padding:0 1rem;color:#222}h1{font-size:1.4rem}</style>',
    `</head><body><h1>${title}</h1><p>${body}</p></body></html>`,
  ].join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
