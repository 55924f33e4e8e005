import { describe, expect, it } from 'vitest';
import { FakeClock } from '../testing/fake-clock';
import { readCallback, startLoopbackListener } from './loopback-listener';

const state = '2f0b5b8e-1d61-4b34-9a55-3d1c5b0b7f1e';

async function listener(clock = new FakeClock(), signal?: AbortSignal) {
  return startLoopbackListener({ expectedState: state, clock, ...(signal ? { signal } : {}) });
}

async function isClosed(redirectUri: string): Promise<boolean> {
  return fetch(new URL('/probe', redirectUri)).then(
    () => false,
    () => true,
  );
}

describe('startLoopbackListener', () => {
  it('listens on 127.0.0.1 at a random port and hands over the code', async () => {
    const running = await listener();
    expect(running.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/oauth\/callback$/);
    const response = await fetch(`${running.redirectUri}?code=the-code&state=${state}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/You are signed in\. You can close this tab/);
    await expect(running.code).resolves.toBe('the-code');
    expect(await isClosed(running.redirectUri)).toBe(true);
  });

  it('reports a denial, tells the browser, and closes', async () => {
    const running = await listener();
    const response = await fetch(`${running.redirectUri}?error=access_denied&error_description=The+user+denied&state=${state}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/denied in the browser\. You can close this tab and try again/);
    await expect(running.code).rejects.toMatchObject({ code: 'access-denied' });
    expect(await isClosed(running.redirectUri)).toBe(true);
  });

  // Any local process can reach the listener: an answer that does not carry this sign-in's state
  // must not end it (RFC 6749 §10.12), or one guessed request would break every browser sign-in.
  it.each([
    ['a wrong state', '?code=stolen&state=guess'],
    ['no state', '?code=stolen'],
    ['an empty state', '?code=stolen&state='],
    ['a denial with a wrong state', '?error=access_denied&state=guess'],
    ['a denial without a state', '?error=access_denied'],
    ['the state as a prefix', `?code=stolen&state=${state.slice(0, -1)}`],
  ])('ignores an answer with %s (400, a short plain page) and keeps waiting for the right one', async (_name, query) => {
    const running = await listener();
    const outcome = running.code.then(
      (code) => ({ code }),
      (error: unknown) => ({ error }),
    );
    const forged = await fetch(`${running.redirectUri}${query}`);
    expect(forged.status).toBe(400);
    expect(forged.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await forged.text();
    expect(text.length).toBeLessThan(200);
    expect(text).toMatch(/does not belong to the sign-in/);
    expect(await isClosed(running.redirectUri)).toBe(false);
    const real = await fetch(`${running.redirectUri}?code=the-code&state=${state}`);
    expect(real.status).toBe(200);
    expect(await outcome).toEqual({ code: 'the-code' });
  });

  it('ignores other methods on the callback path', async () => {
    const running = await listener();
    for (const method of ['POST', 'PUT', 'DELETE']) {
      expect((await fetch(`${running.redirectUri}?code=c&state=${state}`, { method })).status).toBe(405);
    }
    await fetch(`${running.redirectUri}?code=c&state=${state}`);
    await expect(running.code).resolves.toBe('c');
  });

  it('ignores other paths (a favicon request does not end the sign-in)', async () => {
    const running = await listener();
    const origin = new URL(running.redirectUri).origin;
    expect((await fetch(`${origin}/favicon.ico`)).status).toBe(404);
    await fetch(`${running.redirectUri}?code=c&state=${state}`);
    await expect(running.code).resolves.toBe('c');
  });

  it('gives up after 10 minutes on the clock', async () => {
    const clock = new FakeClock();
    const running = await listener(clock);
    const outcome = running.code.catch((error: unknown) => error);
    await clock.advance(10 * 60_000 - 1);
    expect(await isClosed(running.redirectUri)).toBe(false);
    await clock.advance(1);
    expect(await outcome).toMatchObject({ code: 'timed-out' });
    expect(await isClosed(running.redirectUri)).toBe(true);
  });

  it('stops on cancel and leaves no timer behind', async () => {
    const clock = new FakeClock();
    const controller = new AbortController();
    const running = await listener(clock, controller.signal);
    expect(clock.pendingTimers).toBe(1);
    controller.abort();
    await expect(running.code).rejects.toMatchObject({ code: 'cancelled' });
    expect(clock.pendingTimers).toBe(0);
    expect(await isClosed(running.redirectUri)).toBe(true);
  });
});

describe('readCallback', () => {
  it.each([
    ['/oauth/callback?code=c&state=s', 'GET', { kind: 'code', code: 'c' }],
    ['/oauth/callback?state=s', 'GET', { kind: 'error' }],
    ['/oauth/callback?error=server_error&state=s', 'GET', { kind: 'error' }],
    ['/oauth/callback?error=access_denied&state=s', 'GET', { kind: 'error', error: { code: 'access-denied' } }],
    ['/oauth/callback?code=c&state=s', 'POST', { kind: 'ignore', status: 405 }],
    ['/oauth/callback?code=c&state=other', 'GET', { kind: 'ignore', status: 400 }],
    ['/oauth/callback?code=c', 'GET', { kind: 'ignore', status: 400 }],
    ['/oauth/callback?error=access_denied&state=other', 'GET', { kind: 'ignore', status: 400 }],
    ['/oauth/callback?code=c&state=s&state=other', 'GET', { kind: 'ignore', status: 400 }],
    ['/', 'GET', { kind: 'ignore', status: 404 }],
    ['/oauth/callback/extra?code=c&state=s', 'GET', { kind: 'ignore', status: 404 }],
  ])('%s (%s)', (url, method, expected) => {
    expect(readCallback({ url, method }, 's')).toMatchObject(expected);
  });

  it('cuts a long error description from the browser with an ellipsis and keeps it on one line', () => {
    const description = encodeURIComponent(`Denied by\npolicy\u202E ${'d'.repeat(5_000)}`);
    const answer = readCallback({ url: `/oauth/callback?error=server_error&error_description=${description}&state=s`, method: 'GET' }, 's');
    const message = answer.kind === 'error' ? answer.error.message : '';
    expect(message).toMatch(/^IAM Identity Center refused the sign-in \(Denied by policy d+…\)\.$/);
    expect(message.length).toBeLessThan(300);
  });
});
