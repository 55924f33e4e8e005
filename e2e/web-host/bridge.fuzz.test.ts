// Fuzzes the dev web host's socket: the real host (startWebHost over composeNodeCore, memory
// stores, an AWS endpoint nobody listens on) gets 3,000 random frames over a real WebSocket with
// the right token and Origin: request messages with random channels and inputs, near-misses of the
// wire protocol (host-protocol.ts) with wrong types, garbage text and binary frames. A request
// must be answered with a well-formed Result under its own id; anything else must make the host
// close the socket on purpose, never crash it. The seed is fixed, so a failure replays. Frames stay
// under 1 MiB and text frames are valid UTF-8 (the limits on those are tested elsewhere).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { eventNames, requestChannels, requests, type EventName, type RequestChannel } from '../../app/ipc/contract';
import { errorCodes } from '../../app/ipc/result';
import type { Logger } from '../../app/ports/logger';
import { createDesktopApi } from '../../main/preload/desktop-api';
import { createWebSocketTransport } from './bridge';
import { composeNodeCore, type NodeComposition } from './compose-node';
import { parseServerMessage, webSocketPath } from './host-protocol';
import { startWebHost, type WebHost } from './start-web-host';

const seed = 20_261_201;
const numRuns = 3_000;
const maxFrameBytes = 1_000_000; // under the host's 1 MiB limit
const answerTimeoutMs = 10_000;
/** Close codes of a host that refused a frame on purpose (1006 would be a dropped connection, 1011 a crash). */
const deliberateCloseCodes = [1003, 1007, 1008, 1009];

// ---- the host ------------------------------------------------------------------------------------

/** Silent, but keeps what a host or core would have logged as an error. */
function recordingLogger(lines: string[]): Logger {
  return { info: () => {}, warn: () => {}, error: (message, details) => lines.push(`${message} ${JSON.stringify(details ?? {})}`) };
}

const hostErrors: string[] = [];
const unreadablePushes: string[] = [];
const coreErrors: string[] = [];
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
const onUncaught = (error: unknown) => unhandled.push(error);

let staticDir: string;
let composition: NodeComposition;
let host: WebHost;
let knownInstanceId: string;

const socketUrl = () => `${host.origin.replace('http:', 'ws:')}${webSocketPath}?token=${encodeURIComponent(new URL(host.url).searchParams.get('token') ?? '')}`;

function connect(): Promise<WebSocket> {
  const socket = new WebSocket(socketUrl(), { origin: host.origin });
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
    socket.once('error', reject);
  });
}

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  process.on('uncaughtExceptionMonitor', onUncaught);
  staticDir = mkdtempSync(join(tmpdir(), 'web-host-fuzz-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>page</title>');
  composition = composeNodeCore({ logger: recordingLogger(coreErrors), awsEndpoint: 'http://127.0.0.1:9', sdkMaxAttempts: 1 });
  host = await startWebHost({ core: composition.core, browserRelay: composition.browserRelay, staticDir, logger: recordingLogger(hostErrors) });
  await composition.core.ready;
  // One instance that exists, so fuzzed sign-ins, renames and sign-outs sometimes do real work.
  const added = await composition.core.handlers['instances:add']({ startUrl: 'https://fuzz-known.awsapps.com/start', region: 'us-east-1' }, { senderId: 'setup' });
  knownInstanceId = added.id;
});

afterAll(async () => {
  await host?.close();
  await composition?.core.dispose();
  if (staticDir) rmSync(staticDir, { recursive: true, force: true });
  process.off('unhandledRejection', onUnhandled);
  process.off('uncaughtExceptionMonitor', onUncaught);
});

// ---- frames --------------------------------------------------------------------------------------

type Frame = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'binary'; readonly bytes: Uint8Array };

const pollutionKeys = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString'];

/** JSON text of an object with these keys in this order; written by hand so '__proto__' stays a key. */
function jsonObject(entries: readonly (readonly [string, unknown])[]): string {
  return `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'}`).join(',')}}`;
}

const jsonish = fc.jsonValue({ maxDepth: 4 });

const deepJson = fc.record({ depth: fc.integer({ min: 1, max: 20_000 }), asArray: fc.boolean() }).map(({ depth, asArray }) =>
  asArray ? `${'['.repeat(depth)}1${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
);

const bigString = fc.record({ length: fc.integer({ min: 2_049, max: 300_000 }), char: fc.constantFrom('a', '€', '\u{1F600}', '"', '\\', '\u0000') }).map(({ length, char }) => char.repeat(length));

/** A channel's input: random JSON, its own keys with plausible or wrong values, prototype keys. */
function inputText(channel: string): fc.Arbitrary<string | undefined> {
  const shape = (requests[channel as RequestChannel]?.input as { shape?: Record<string, unknown> } | undefined)?.shape;
  const keys = shape ? Object.keys(shape) : ['instanceId', 'startUrl', 'region'];
  const value = fc.oneof(
    // Read when a frame is made: the instance is added in beforeAll, after this module loads.
    fc.constant(null).map(() => knownInstanceId),
    fc.constantFrom<unknown>('https://d-1234567890.awsapps.com/start', 'us-east-1', 'browser', 'device-code', '', null, true, 0, -1, 1e308),
    fc.string({ maxLength: 80 }),
    jsonish,
    bigString,
  );
  const ownKeys = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...keys), fc.constantFrom(...pollutionKeys), fc.string({ maxLength: 8 })), value), { maxLength: 5 });
  return fc.oneof(
    fc.constant(undefined),
    jsonish.map((json) => JSON.stringify(json)),
    ownKeys.map(jsonObject),
    deepJson,
  );
}

const channelName = fc.oneof(
  { arbitrary: fc.constantFrom(...requestChannels), weight: 6 },
  { arbitrary: fc.constantFrom(...pollutionKeys, 'host:open-url', 'fs:read-file', '', 'app:get-info '), weight: 1 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 1 },
);

const requestId = fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.constantFrom(0, -0, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER));

/** A well-formed request message: it must be answered. Extra keys, pollution keys included, ride along. */
const requestFrame = fc
  .record({ id: requestId, channel: channelName, extra: fc.array(fc.tuple(fc.constantFrom(...pollutionKeys, 'result', 'payload', 'url'), jsonish), { maxLength: 2 }) })
  .chain(({ id, channel, extra }) =>
    inputText(channel).map((input) => {
      const head = jsonObject([['type', 'request'], ['id', id], ['channel', channel], ...extra]);
      return input === undefined ? head : `${head.slice(0, -1)},"input":${input}}`;
    }),
  );

/** The protocol's keys with a wrong value in at least one of them, and other message types. */
const nearMissFrame = fc.oneof(
  fc.record({ type: fc.constantFrom('response', 'event', 'host:open-url', 'Request', 'request ', ''), id: requestId, channel: channelName }).map(({ type, id, channel }) => jsonObject([['type', type], ['id', id], ['channel', channel]])),
  fc
    .record({ id: fc.oneof(fc.constantFrom(1.5, 2 ** 53, -(2 ** 53), 1e308, '1', null, true, [], {}), fc.double({ noInteger: true })), channel: channelName })
    .map(({ id, channel }) => jsonObject([['type', 'request'], ['id', id], ['channel', channel]])),
  fc.record({ id: requestId, channel: fc.oneof(fc.integer(), fc.constant(null), fc.array(fc.string()), fc.object()) }).map(({ id, channel }) => jsonObject([['type', 'request'], ['id', id], ['channel', channel]])),
  fc.record({ id: requestId, channel: channelName }).map(({ id, channel }) => jsonObject([['id', id], ['channel', channel]])),
  jsonish.map((value) => JSON.stringify(value)),
  fc.constantFrom('{"type":"request","id":1,"channel":"app:get-info"', '[{"type":"request","id":1,"channel":"app:get-info"}]', 'null', '"request"', '{}', '', ' ', 'NaN', '{"type":"request","id":NaN,"channel":"app:get-info"}'),
  deepJson,
);

const garbageFrame = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ maxLength: 300 }));

const textFrame = fc.oneof({ arbitrary: requestFrame, weight: 5 }, { arbitrary: nearMissFrame, weight: 3 }, { arbitrary: garbageFrame, weight: 1 });

const binaryFrame = fc.oneof(
  fc.uint8Array({ maxLength: 4_096 }),
  requestFrame.map((text) => new TextEncoder().encode(text)),
);

const frames: fc.Arbitrary<Frame> = fc
  .oneof(
    { arbitrary: textFrame.map((text): Frame => ({ kind: 'text', text })), weight: 9 },
    { arbitrary: binaryFrame.map((bytes): Frame => ({ kind: 'binary', bytes })), weight: 1 },
  )
  .filter((frame) => (frame.kind === 'text' ? Buffer.byteLength(frame.text) : frame.bytes.byteLength) < maxFrameBytes);

/** The protocol's rule, written out independently of parseRequestMessage: which frames are requests. */
function requestIdOf(frame: Frame): number | undefined {
  if (frame.kind !== 'text') return undefined;
  let value: unknown;
  try {
    // What the host will decode: the text after a UTF-8 round trip (lone surrogates become U+FFFD).
    value = JSON.parse(Buffer.from(frame.text).toString());
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const message = value as Record<string, unknown>;
  return message['type'] === 'request' && Number.isSafeInteger(message['id']) && typeof message['channel'] === 'string' ? (message['id'] as number) : undefined;
}

// ---- what a well-formed answer is ----------------------------------------------------------------

function expectWellFormedResponse(text: string, id: number): void {
  const message = JSON.parse(text) as Record<string, unknown>;
  expect(Object.keys(message).sort()).toEqual(['id', 'result', 'type']);
  expect(message['type']).toBe('response');
  expect(message['id']).toBe(id);
  const result = message['result'] as Record<string, unknown>;
  expect(typeof result === 'object' && result !== null).toBe(true);
  if (result['ok'] === true) {
    // JSON drops `value: undefined`: a void channel's answer is { ok: true }.
    expect(Object.keys(result).filter((key) => key !== 'value')).toEqual(['ok']);
  } else {
    expect(result['ok']).toBe(false);
    expect(Object.keys(result).sort()).toEqual(['code', 'message', 'ok']);
    expect(errorCodes).toContain(result['code']);
    expect(result['code']).not.toBe('internal');
    expect(typeof result['message']).toBe('string');
    expect((result['message'] as string).length).toBeLessThanOrEqual(1_000);
  }
  // And the page's own parser reads it as the same response.
  expect(parseServerMessage(text)).toMatchObject({ type: 'response', id });
}

/** What the host pushed unasked: an event of the contract or an open-url (a response nobody waits for is not one). */
function isWellFormedPush(message: ReturnType<typeof parseServerMessage>): boolean {
  return (message?.type === 'event' && eventNames.includes(message.name as EventName)) || message?.type === 'host:open-url';
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${answerTimeoutMs} ms`)), answerTimeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// ---- one connection, reopened whenever the host closes it -----------------------------------------

interface Exchange {
  readonly answers: Map<number, (text: string) => void>;
  readonly closed: Promise<number>;
}

class Connection {
  #socket: WebSocket | undefined;
  #exchange: Exchange | undefined;
  opened = 0;

  async send(frame: Frame): Promise<{ readonly answer: string } | { readonly closeCode: number }> {
    const { socket, exchange } = await this.#open();
    const id = requestIdOf(frame);
    if (id === undefined) {
      socket.send(frame.kind === 'text' ? frame.text : frame.bytes, { binary: frame.kind === 'binary' });
      return { closeCode: await withTimeout(exchange.closed) };
    }
    const answered = new Promise<string>((resolve) => exchange.answers.set(id, resolve));
    socket.send(frame.kind === 'text' ? frame.text : frame.bytes);
    try {
      return await withTimeout(Promise.race([answered.then((answer) => ({ answer })), exchange.closed.then((closeCode) => ({ closeCode }))]));
    } finally {
      exchange.answers.delete(id);
    }
  }

  async #open(): Promise<{ socket: WebSocket; exchange: Exchange }> {
    if (this.#socket?.readyState === WebSocket.OPEN && this.#exchange) return { socket: this.#socket, exchange: this.#exchange };
    const socket = await connect();
    this.opened++;
    const answers = new Map<number, (text: string) => void>();
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.on('message', (data: Buffer, isBinary) => {
      const text = data.toString();
      const message = parseServerMessage(text);
      if (isBinary) unreadablePushes.push(`a binary frame of ${data.byteLength} bytes`);
      else if (message?.type === 'response' && answers.has(message.id)) answers.get(message.id)?.(text);
      else if (!isWellFormedPush(message)) unreadablePushes.push(text.slice(0, 200));
    });
    this.#socket = socket;
    this.#exchange = { answers, closed };
    return { socket, exchange: this.#exchange };
  }

  close(): void {
    this.#socket?.close();
  }
}

// ---- the run -------------------------------------------------------------------------------------

describe('the web host socket under fuzzed frames (fast-check, fixed seed)', () => {
  it('answers 3,000 random frames: requests with a well-formed Result, anything else with a deliberate close', async () => {
    const connection = new Connection();
    const tally = { answered: 0, closed: 0, binary: 0 };
    await fc.assert(
      fc.asyncProperty(frames, async (frame) => {
        if (frame.kind === 'binary') tally.binary++;
        const id = requestIdOf(frame);
        const outcome = await connection.send(frame);
        if (id !== undefined) {
          expect(outcome, 'a request the host did not answer').toHaveProperty('answer');
          expectWellFormedResponse((outcome as { answer: string }).answer, id);
          tally.answered++;
        } else {
          expect(outcome).toHaveProperty('closeCode');
          expect(deliberateCloseCodes).toContain((outcome as { closeCode: number }).closeCode);
          tally.closed++;
        }
      }),
      { seed, numRuns, endOnFailure: true },
    );
    connection.close();
    expect(tally.answered + tally.closed).toBe(numRuns);
    // The mix really exercised both halves of the protocol.
    expect(tally.answered).toBeGreaterThan(numRuns / 3);
    expect(tally.closed).toBeGreaterThan(numRuns / 10);
    expect(tally.binary).toBeGreaterThan(0);

    // Sign-ins the fuzz started fail against the unreachable endpoint in the background: let them end.
    await composition.core.whenIdle();
    await expect
      .poll(async () => (await composition.core.handlers['instances:list'](undefined, { senderId: 'check' })).map((instance) => instance.session.kind), { timeout: 15_000 })
      .not.toContain('starting-sign-in');

    // The host is still up: a fresh page, through the real bridge, gets its answer.
    const socket = new WebSocket(socketUrl(), { origin: host.origin });
    const desktop = createDesktopApi(createWebSocketTransport({ socket, openUrl: () => {} }));
    await expect(desktop.request('app:get-info')).resolves.toEqual({ ok: true, value: expect.objectContaining({ name: 'SSO Tray', runtime: 'web-host' }) });
    socket.close();

    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(unhandled).toEqual([]);
    expect(unreadablePushes).toEqual([]);
    expect(hostErrors).toEqual([]);
    expect(coreErrors).toEqual([]);
    expect(Reflect.ownKeys(Object.prototype)).not.toContain('polluted');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  }, 120_000);
});
