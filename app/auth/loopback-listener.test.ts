import { getEventListeners, once } from 'node:events';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
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

/** A browser connection held open by hand: the request goes out in parts, the answer is read whole. */
async function openConnection(redirectUri: string) {
  const { hostname, port } = new URL(redirectUri);
  const socket = connect(Number(port), hostname);
  await once(socket, 'connect');
  // A connection the listener drops ends in a reset; the answer then is status 0 and no body.
  socket.on('error', () => undefined);
  let received = '';
  socket.setEncoding('utf8').on('data', (chunk: string) => (received += chunk));
  const answer = new Promise((resolve) => socket.on('close', resolve)).then(() => ({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(received)?.[1] ?? 0), body: received.split('\r\n\r\n').slice(1).join('\r\n\r\n') }));
  return { write: (text: string) => socket.write(text), answer };
}

const request = (query: string) => `GET /oauth/callback${query} HTTP/1.1\r\nHost: 127.0.0.1\r\n`;

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

  it('cannot be reached on any address of this machine but 127.0.0.1 (not ::1, not the network)', async () => {
    const running = await listener();
    const port = Number(new URL(running.redirectUri).port);
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((entry) => entry !== undefined && entry.address !== '127.0.0.1' && !entry.address.startsWith('fe80:'))
      .map((entry) => entry?.address ?? '');
    expect(others.length).toBeGreaterThan(0);
    const reached = await Promise.all(
      others.map(
        (address) =>
          new Promise<string>((resolve) => {
            const socket = connect(port, address);
            socket.on('connect', () => (socket.destroy(), resolve(`${address} answered`)));
            socket.on('error', () => resolve(`${address} refused`));
          }),
      ),
    );
    expect(reached).toEqual(others.map((address) => `${address} refused`));
    await running.close();
  });

  it('answers the browser with a page that is not cached, loads nothing and sends no referrer', async () => {
    const running = await listener();
    const response = await fetch(`${running.redirectUri}?code=the-code&state=${state}`);
    expect(Object.fromEntries(['content-type', 'cache-control', 'content-security-policy', 'referrer-policy', 'connection'].map((name) => [name, response.headers.get(name)]))).toEqual({
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      'referrer-policy': 'no-referrer',
      connection: 'close',
    });
    expect(await response.text()).toContain('<title>Signed in to SSO Tray</title>');
    await running.code;
  });

  it.each([
    ['a refusal with its reason', '&error=invalid_scope&error_description=Scope+not+allowed', 'IAM Identity Center refused the sign-in (Scope not allowed).'],
    ['a refusal without a reason', '&error=server_error', 'IAM Identity Center refused the sign-in (server_error).'],
    ['no code', '', 'The browser came back without an authorization code.'],
  ])('shows %s in the browser and ends the sign-in with it', async (_name, query, message) => {
    const running = await listener();
    const outcome = running.code.catch((error: unknown) => error);
    const response = await fetch(`${running.redirectUri}?state=${state}${query}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(`<p>${message} You can close this tab and try again from SSO Tray.</p>`);
    expect(await outcome).toMatchObject({ code: 'sign-in-failed', message });
    expect(await isClosed(running.redirectUri)).toBe(true);
  });

  it('answers ignored requests with a short plain page and hangs up', async () => {
    const running = await listener();
    const origin = new URL(running.redirectUri).origin;
    for (const [url, method, status, text] of [
      [`${origin}/favicon.ico`, 'GET', 404, 'Not found'],
      [`${running.redirectUri}?code=c&state=${state}`, 'POST', 405, 'Method not allowed'],
      [`${running.redirectUri}?code=c&state=guess`, 'GET', 400, 'This answer does not belong to the sign-in in progress. It was ignored.'],
    ] as const) {
      const response = await fetch(url, { method });
      expect([response.status, response.headers.get('content-type'), response.headers.get('connection'), await response.text()]).toEqual([
        status,
        'text/plain; charset=utf-8',
        'close',
        text,
      ]);
    }
    await running.close();
  });

  it('answers a second callback that raced the first with "already finished" and keeps the first code', async () => {
    const running = await listener();
    // Both tabs reached the listener before it stopped; the late one is still sending its request.
    const late = await openConnection(running.redirectUri);
    late.write(request('?code=late&state=' + state));
    const first = await openConnection(running.redirectUri);
    first.write(`${request('?code=first&state=' + state)}\r\n`);
    expect((await first.answer).status).toBe(200);
    await expect(running.code).resolves.toBe('first');
    late.write('\r\n');
    const answer = await late.answer;
    expect(answer.status).toBe(409);
    expect(answer.body).toContain('<title>Sign-in did not complete</title>');
    expect(answer.body).toContain('<p>This sign-in has already finished. You can close this tab and try again from SSO Tray.</p>');
    await expect(running.code).resolves.toBe('first');
    expect(await isClosed(running.redirectUri)).toBe(true);
  });

  it('close() cancels the sign-in, drops connections still open, and stops listening', async () => {
    const clock = new FakeClock();
    const running = await listener(clock);
    const open = await openConnection(running.redirectUri);
    open.write(request(`?code=c&state=${state}`));
    await running.close();
    await expect(running.code).rejects.toMatchObject({ code: 'cancelled', message: 'The sign-in was cancelled.' });
    expect(await open.answer).toEqual({ status: 0, body: '' });
    expect(clock.pendingTimers).toBe(0);
    expect(await isClosed(running.redirectUri)).toBe(true);
  });

  it('stops at once when the sign-in was cancelled before it started listening', async () => {
    const clock = new FakeClock();
    const controller = new AbortController();
    controller.abort();
    const running = await listener(clock, controller.signal);
    await expect(running.code).rejects.toMatchObject({ code: 'cancelled', message: 'The sign-in was cancelled.' });
    expect(clock.pendingTimers).toBe(0);
    expect(await isClosed(running.redirectUri)).toBe(true);
  });

  it('tells the user how long it waited, for the default and for a shorter wait', async () => {
    const clock = new FakeClock();
    const waited = await listener(clock);
    const short = await startLoopbackListener({ expectedState: state, clock, timeoutMs: 2 * 60_000 });
    const outcomes = [waited.code, short.code].map((code) => code.catch((error: unknown) => error));
    await clock.advance(2 * 60_000);
    expect(await outcomes[1]).toMatchObject({ code: 'timed-out', message: 'No answer came back from the browser within 2 minutes. Sign in again.' });
    expect(await isClosed(short.redirectUri)).toBe(true);
    expect(await isClosed(waited.redirectUri)).toBe(false);
    await clock.advance(8 * 60_000);
    expect(await outcomes[0]).toMatchObject({ code: 'timed-out', message: 'No answer came back from the browser within 10 minutes. Sign in again.' });
  });

  it('leaves no listener on the caller\'s signal once the sign-in has ended, and a later abort changes nothing', async () => {
    const controller = new AbortController();
    const running = await listener(new FakeClock(), controller.signal);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    await fetch(`${running.redirectUri}?code=the-code&state=${state}`);
    await expect(running.code).resolves.toBe('the-code');
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    controller.abort();
    await expect(running.code).resolves.toBe('the-code');
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
