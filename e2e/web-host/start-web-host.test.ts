// The web host's Node half over real HTTP and WebSocket: admission rules, the contract round trip,
// events and the host-only open-url message. The page half runs in Chromium (web-host.spec.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { silentLogger } from '../../app/ports/logger';
import { composeNodeCore, type NodeComposition } from './compose-node';
import { parseServerMessage, webSocketPath, type ServerMessage } from './host-protocol';
import { startWebHost, type WebHost } from './start-web-host';

let staticDir: string;
let composition: NodeComposition;
let host: WebHost;

beforeEach(async () => {
  staticDir = mkdtempSync(join(tmpdir(), 'web-host-test-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>page</title>');
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(staticDir, '..', 'outside-web-host-test.txt'), 'outside');
  composition = composeNodeCore({ logger: silentLogger, awsEndpoint: 'http://127.0.0.1:4566' });
  host = await startWebHost({ core: composition.core, browserRelay: composition.browserRelay, staticDir });
});

afterEach(async () => {
  await host.close();
  await composition.core.dispose();
  rmSync(staticDir, { recursive: true, force: true });
  rmSync(join(staticDir, '..', 'outside-web-host-test.txt'), { force: true });
});

const token = () => new URL(host.url).searchParams.get('token') ?? '';

/** A raw GET, so the test controls the path bytes and the Host header. */
function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const { port } = new URL(host.origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function connect(options: { token?: string; origin?: string | null; path?: string } = {}): Promise<WebSocket> {
  const url = `${host.origin.replace('http:', 'ws:')}${options.path ?? webSocketPath}?token=${encodeURIComponent(options.token ?? token())}`;
  const origin = options.origin === undefined ? host.origin : options.origin;
  const socket = new WebSocket(url, origin === null ? {} : { origin });
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
    socket.once('error', reject);
  });
}

function nextMessage(socket: WebSocket, type: ServerMessage['type']): Promise<ServerMessage> {
  return new Promise((resolve) => {
    const onMessage = (data: Buffer) => {
      const message = parseServerMessage(data.toString());
      if (message?.type !== type) return;
      socket.off('message', onMessage);
      resolve(message);
    };
    socket.on('message', onMessage);
  });
}

describe('startWebHost over HTTP', () => {
  it('listens on 127.0.0.1 on a random port and puts a long random token in the URL', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(token().length).toBeGreaterThanOrEqual(40);
  });

  it('serves the page with the token, with the app CSP and no-referrer', async () => {
    const response = await get(`/?token=${token()}`);
    expect(response.status).toBe(200);
    expect(response.body).toContain('<title>page</title>');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });

  it.each([
    ['no token', '/'],
    ['a wrong token', '/?token=wrong'],
    ['a token of the right length but wrong', () => `/?token=${'x'.repeat(token().length)}`],
    ['index.html by name', '/index.html'],
    ['index.html spelled with an escape', '/%69ndex.html'],
  ])('refuses the page with %s', async (_name, path) => {
    const response = await get(typeof path === 'function' ? path() : path);
    expect(response.status).toBe(403);
    expect(response.body).not.toContain('<title>');
  });

  it('refuses a request whose Host is not loopback (DNS rebinding)', async () => {
    const response = await get(`/?token=${token()}`, { Host: 'evil.example' });
    expect(response.status).toBe(403);
  });

  it('serves build assets and nothing outside the build folder', async () => {
    expect((await get('/assets/app.js')).status).toBe(200);
    expect((await get('/assets/../../outside-web-host-test.txt')).status).toBe(404);
    expect((await get('/..%2foutside-web-host-test.txt')).status).toBe(404);
    expect((await get('/%2e%2e/outside-web-host-test.txt')).status).toBe(404);
    expect((await get('/missing.js')).status).toBe(404);
  });

  it('lets the browser keep the hash-named build assets, never the page that carries the token', async () => {
    expect((await get('/assets/app.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get(`/?token=${token()}`)).headers['cache-control']).toBe('no-store');
    expect((await get('/assets/missing.js')).headers['cache-control']).toBeUndefined();
  });

  it('with cacheAssets false, tells the browser to keep no build asset (the bench compares without a code cache)', async () => {
    await host.close();
    host = await startWebHost({ core: composition.core, browserRelay: composition.browserRelay, staticDir, cacheAssets: false });
    expect((await get('/assets/app.js')).headers['cache-control']).toBe('no-store');
    expect((await get(`/?token=${token()}`)).headers['cache-control']).toBe('no-store');
  });

  it('refuses to start without a build', async () => {
    await expect(startWebHost({ core: composition.core, staticDir: join(staticDir, 'assets') })).rejects.toThrow(/build:web/);
  });
});

describe('startWebHost over WebSocket', () => {
  it('answers a contract request with the Result from the core, runtime web-host', async () => {
    const socket = await connect();
    const answer = nextMessage(socket, 'response');
    socket.send(JSON.stringify({ type: 'request', id: 7, channel: 'app:get-info' }));
    expect(await answer).toEqual({
      type: 'response',
      id: 7,
      result: { ok: true, value: expect.objectContaining({ name: 'SSO Tray', runtime: 'web-host' }) },
    });
    socket.close();
  });

  it('answers the requests the socket address asks, as it opens, under their negative ids', async () => {
    const query = new URLSearchParams({ token: token(), opening: 'app:get-info,fs:read-file' });
    const socket = new WebSocket(`${host.origin.replace('http:', 'ws:')}${webSocketPath}?${query.toString()}`, { origin: host.origin });
    // Listening from the start: the answers may come right behind the handshake. Nothing is sent.
    const answers: ServerMessage[] = [];
    const twoAnswers = new Promise<void>((resolve) =>
      socket.on('message', (data: Buffer) => {
        const message = parseServerMessage(data.toString());
        if (message?.type === 'response') answers.push(message);
        if (answers.length === 2) resolve();
      }),
    );
    await twoAnswers;
    expect(answers.sort((a, b) => (a.type === 'response' && b.type === 'response' ? b.id - a.id : 0))).toEqual([
      { type: 'response', id: -1, result: { ok: true, value: expect.objectContaining({ name: 'SSO Tray', runtime: 'web-host' }) } },
      { type: 'response', id: -2, result: expect.objectContaining({ ok: false, code: 'unknown-channel' }) },
    ]);
    socket.close();
  });

  it('answers at most 16 opening requests of one address', async () => {
    const query = new URLSearchParams({ token: token(), opening: Array.from({ length: 20 }, () => 'app:get-info').join(',') });
    const socket = new WebSocket(`${host.origin.replace('http:', 'ws:')}${webSocketPath}?${query.toString()}`, { origin: host.origin });
    const ids: number[] = [];
    socket.on('message', (data: Buffer) => {
      const message = parseServerMessage(data.toString());
      if (message?.type === 'response') ids.push(message.id);
    });
    await new Promise((resolve) => socket.once('open', resolve));
    // A request of the page's own, answered after the opening ones: all of them are in by then.
    const own = nextMessage(socket, 'response');
    socket.send(JSON.stringify({ type: 'request', id: 1, channel: 'app:get-info' }));
    await own;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ids.filter((id) => id < 0).sort((a, b) => b - a)).toEqual(Array.from({ length: 16 }, (_, index) => -(index + 1)));
    socket.close();
  });

  it('answers a channel outside the contract with unknown-channel', async () => {
    const socket = await connect();
    const answer = nextMessage(socket, 'response');
    socket.send(JSON.stringify({ type: 'request', id: 1, channel: 'fs:read-file', input: '/etc/passwd' }));
    expect(await answer).toMatchObject({ result: { ok: false, code: 'unknown-channel' } });
    socket.close();
  });

  it.each([
    ['a wrong token', { token: 'wrong' }],
    ['a non-loopback Origin', { origin: 'https://evil.example' }],
    ['a loopback-looking Origin on another host', { origin: 'http://127.0.0.1.evil.example' }],
    // Another local server's page (a dev server, another tool) is not this host's page.
    ['a loopback Origin on another port', () => ({ origin: `http://127.0.0.1:${Number(new URL(host.origin).port) + 1}` })],
    ['the same port under another loopback name', () => ({ origin: host.origin.replace('127.0.0.1', 'localhost') })],
    ['the own origin with a trailing slash', () => ({ origin: `${host.origin}/` })],
    ['the own origin over https', () => ({ origin: host.origin.replace('http:', 'https:') })],
    ['no Origin', { origin: null }],
    ['another path', { path: '/other' }],
  ])('refuses a connection with %s', async (_name, options) => {
    await expect(connect(typeof options === 'function' ? options() : options)).rejects.toThrow('HTTP 403');
  });

  it('closes a socket that sends something other than a request', async () => {
    const socket = await connect();
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.send('not json');
    expect(await closed).toBe(1003);
  });

  it('forwards core events to every connected page', async () => {
    const [first, second] = await Promise.all([connect(), connect()]);
    const received = Promise.all([nextMessage(first!, 'event'), nextMessage(second!, 'event')]);
    composition.core.events.emit('notices-changed', []);
    expect(await received).toEqual([
      { type: 'event', name: 'notices-changed', payload: [] },
      { type: 'event', name: 'notices-changed', payload: [] },
    ]);
    first!.close();
    second!.close();
  });

  it('sends open-url to the pages when the core opens an allowed link', async () => {
    const socket = await connect();
    const message = nextMessage(socket, 'host:open-url');
    await composition.browserRelay.browser.open('http://127.0.0.1:4566/device?user_code=ABCD-EFGH');
    expect(await message).toEqual({ type: 'host:open-url', url: 'http://127.0.0.1:4566/device?user_code=ABCD-EFGH' });
    socket.close();
  });

  it('refuses to open a link the app policy refuses, and says so when no page is connected', async () => {
    await expect(composition.browserRelay.browser.open('file:///etc/passwd')).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(composition.browserRelay.browser.open('https://d-1234567890.awsapps.com/start')).rejects.toMatchObject({ code: 'network' });
  });
});

// One frame used to end the whole host: ws reports an oversized frame or invalid UTF-8 as an
// 'error' on the socket, and with no listener for it that error was thrown out of the process.
describe('startWebHost in its own process, under frames it must refuse', () => {
  let child: ChildProcess;
  let pageUrl: URL;

  beforeEach(async () => {
    child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'web-host-child.ts'), staticDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    pageUrl = await new Promise<URL>((resolve, reject) => {
      let output = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('\n')) resolve(new URL((JSON.parse(output) as { url: string }).url));
      });
      child.once('exit', (code) => reject(new Error(`The web host exited with ${code}`)));
    });
  });

  afterEach(async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  });

  function connectToChild(): Promise<WebSocket> {
    const url = `ws://${pageUrl.host}${webSocketPath}?token=${pageUrl.searchParams.get('token')}`;
    const socket = new WebSocket(url, { origin: pageUrl.origin });
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(socket));
      socket.once('error', reject);
    });
  }

  it.each([
    ['a 2 MiB frame', 1009, (socket: WebSocket) => socket.send('x'.repeat(2 * 1024 * 1024))],
    ['a text frame that is not UTF-8', 1007, (socket: WebSocket) => socket.send(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), { binary: false })],
  ])('closes the socket that sends %s with code %i, and keeps serving', async (_name, code, send) => {
    const socket = await connectToChild();
    const closed = new Promise<number>((resolve) => socket.once('close', (closeCode) => resolve(closeCode)));
    // The client may see the connection end before the close frame arrives; that is its own error.
    socket.on('error', () => {});
    send(socket);
    expect(await closed).toBe(code);

    const fresh = await connectToChild();
    const answer = nextMessage(fresh, 'response');
    fresh.send(JSON.stringify({ type: 'request', id: 1, channel: 'app:get-info' }));
    expect(await answer).toMatchObject({ type: 'response', id: 1, result: { ok: true } });
    fresh.close();
    expect(child.exitCode).toBeNull();
  });
});
