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

  it('rejects an answer whose state does not match', async () => {
    const running = await listener();
    await fetch(`${running.redirectUri}?code=stolen&state=other`);
    await expect(running.code).rejects.toMatchObject({ code: 'sign-in-failed' });
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
    ['/oauth/callback?code=c&state=s', 'POST', { kind: 'ignore', status: 405 }],
    ['/', 'GET', { kind: 'ignore', status: 404 }],
  ])('%s (%s)', (url, method, expected) => {
    expect(readCallback({ url, method }, 's')).toMatchObject(expected);
  });
});
