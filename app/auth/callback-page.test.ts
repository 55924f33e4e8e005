import { describe, expect, it } from 'vitest';
import { callbackPage } from './callback-page';

/** What the browser tab shows: its title, the heading and the paragraph under it. */
function shown(html: string): { title: string; heading: string; text: string } {
  const pick = (pattern: RegExp) => pattern.exec(html)?.[1] ?? '';
  return { title: pick(/<title>(.*?)<\/title>/s), heading: pick(/<h1>(.*?)<\/h1>/s), text: pick(/<p>(.*?)<\/p>/s) };
}

describe('callbackPage', () => {
  it('tells a signed-in user to close the tab and go back to the app', () => {
    expect(shown(callbackPage({ ok: true }))).toEqual({
      title: 'Signed in to SSO Tray',
      heading: 'Signed in to SSO Tray',
      text: 'You are signed in. You can close this tab and go back to SSO Tray.',
    });
  });

  it('says the sign-in did not complete, why, and where to try again', () => {
    expect(shown(callbackPage({ ok: false, reason: 'The sign-in was denied in the browser.' }))).toEqual({
      title: 'Sign-in did not complete',
      heading: 'Sign-in did not complete',
      text: 'The sign-in was denied in the browser. You can close this tab and try again from SSO Tray.',
    });
  });

  it('shows a reason with markup in it as text, never as markup', () => {
    const page = callbackPage({ ok: false, reason: `<script>alert("x")</script> & 'y'` });
    expect(shown(page).text).toBe('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;y&#39; You can close this tab and try again from SSO Tray.');
    expect(page).not.toMatch(/<script/i);
  });

  it('is a complete static HTML5 page in English, in UTF-8, with its own style and no script', () => {
    const page = callbackPage({ ok: true });
    // Line breaks between the parts are layout only; the browser reads the page the same without them.
    expect(page).toMatch(/^<!doctype html>\s*<html lang="en"><head><meta charset="utf-8">\s*<title>/);
    expect(page.endsWith('</body></html>')).toBe(true);
    expect(page).toContain(
      '<style>body{font:16px system-ui,sans-serif;margin:15vh auto;max-width:32rem;padding:0 1rem;color:#222}h1{font-size:1.4rem}</style>',
    );
    expect(page).toContain('</head><body><h1>');
    expect(page).not.toMatch(/<script|on\w+=/i);
  });
});
