// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MissingBridgePage } from './components/missing-bridge-page';
import { findDesktop } from './desktop';

afterEach(cleanup);

describe('findDesktop', () => {
  const api = { request: () => Promise.resolve({ ok: true, value: null }), subscribe: () => () => {} };

  it('returns the installed bridge', () => {
    expect(findDesktop({ desktop: api })).toBe(api);
  });

  it.each([
    ['nothing installed', undefined],
    ['null', null],
    ['a string', 'desktop'],
    ['an object without subscribe', { request: api.request }],
    ['an object with a non-function request', { request: 'x', subscribe: api.subscribe }],
  ])('returns undefined for %s', (_name, desktop) => {
    expect(findDesktop({ desktop })).toBeUndefined();
  });

  it('reads window.desktop by default (none in a test page)', () => {
    expect(findDesktop()).toBeUndefined();
  });
});

describe('MissingBridgePage', () => {
  it('explains, as an alert, that the page has no connection and how to start the app', () => {
    render(<MissingBridgePage />);
    const alert = screen.getByRole('alert', { name: 'SSO Tray cannot reach the app' });
    expect(alert.textContent).toContain('npm run demo:web');
  });
});
