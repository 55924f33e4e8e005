// Fuzzes every request channel of the contract through the real dispatcher and a real core (memory
// secrets, an AWS endpoint nobody listens on): 10,000 payloads per channel, from fc.anything() and
// from near-misses of the channel's own input schema (its keys with wrong types, huge strings, deep
// nesting, __proto__/constructor keys, NaN/Infinity, sparse arrays, null prototypes). Every answer
// must be a well-formed Result, bad input must be 'invalid-input' (never 'internal'), nothing may
// reject unhandled and Object.prototype must be untouched. The seed is fixed, so a failure replays;
// fast-check prints the seed and path of the counterexample.
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { InMemorySecretStore } from '../secrets/in-memory-secret-store';
import { CoreHarness } from '../testing/core-harness';
import { FakeClock } from '../testing/fake-clock';
import { RedirectingBrowser } from '../testing/recording-browser';
import { requestChannels, requests, type RequestChannel } from './contract';
import { createDispatcher, type Dispatch } from './dispatch';
import { errorCodes } from './result';

const seed = 20_261_201;
const numRuns = 10_000;
/** The longest message an answer may carry: enough for three zod issues, too short to echo a payload. */
const maxMessageLength = 1_000;
const context = { senderId: 'fuzz' };

// ---- what a well-formed answer is ----------------------------------------------------------------

/**
 * Why an answer is not a well-formed Result, or undefined when it is. A plain check rather than
 * expect() calls, which would cost more than the dispatch itself at 10,000 runs a channel.
 */
function resultProblem(channel: RequestChannel, answer: unknown): string | undefined {
  if (typeof answer !== 'object' || answer === null) return 'not an object';
  const result = answer as Record<string, unknown>;
  const keys = Object.keys(result).sort().join();
  if (result['ok'] === true) {
    if (keys !== 'ok,value') return `ok Result with keys ${keys}`;
    // The value the page gets is what the contract promises, nothing more.
    return requests[channel].output.safeParse(result['value']).success ? undefined : 'a value outside the contract';
  }
  if (result['ok'] !== false) return `ok is ${String(result['ok'])}`;
  if (keys !== 'code,message,ok') return `failed Result with keys ${keys}`;
  if (!(errorCodes as readonly unknown[]).includes(result['code'])) return `unknown code ${String(result['code'])}`;
  if (result['code'] === 'internal') return 'an internal error for fuzzed input';
  if (typeof result['message'] !== 'string') return 'a message that is not a string';
  if (result['message'].length > maxMessageLength) return `a message of ${result['message'].length} characters`;
  return undefined;
}

function expectWellFormedResult(channel: RequestChannel, answer: unknown): void {
  const problem = resultProblem(channel, answer);
  if (problem) expect.fail(`${channel} answered ${problem}: ${JSON.stringify(answer)?.slice(0, 300)}`);
}

// ---- payloads ------------------------------------------------------------------------------------

/** An object with these own properties; defineProperty, so '__proto__' is an own key as JSON.parse and structured clone make it. */
function ownProperties(entries: Iterable<readonly [string, unknown]>): Record<string, unknown> {
  const target: Record<string, unknown> = {};
  for (const [key, value] of entries) Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
  return target;
}

/** Keys that have polluted prototypes in other parsers; as own properties, the way JSON.parse makes them. */
const pollutionKeys = ['__proto__', 'constructor', 'prototype', '__defineGetter__', 'hasOwnProperty', 'toString', 'valueOf'];

const deepNesting = fc
  .record({ depth: fc.integer({ min: 1, max: 5_000 }), asArray: fc.boolean(), key: fc.constantFrom('a', '__proto__', 'instanceId') })
  .map(({ depth, asArray, key }) => {
    let value: unknown = 'bottom';
    for (let level = 0; level < depth; level++) value = asArray ? [value] : ownProperties([[key, value]]);
    return value;
  });

const hugeString = fc
  .record({ length: fc.integer({ min: 2_049, max: 300_000 }), char: fc.constantFrom('a', '\u0000', '€', '\u{1F600}', '/', '%') })
  .map(({ length, char }) => char.repeat(length));

const sparseArray = fc.sparseArray(fc.anything(), { maxLength: 1_000, noTrailingHole: false });

const oddNumbers = fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53, -(2 ** 53));

const pollutingObject = fc
  .record({ key: fc.constantFrom(...pollutionKeys), inner: fc.anything({ maxDepth: 2 }) })
  .map(({ key, inner }) => JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify({ polluted: true, inner }) ?? 'null'}}`) as unknown);

const nullPrototype = fc.dictionary(fc.string(), fc.anything({ maxDepth: 1 })).map((entries) => Object.assign(Object.create(null) as object, entries));

/** Any value of any type, skewed towards the ones that break parsers. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.anything({ withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withObjectString: true, withSparseArray: true, withTypedArray: true, maxDepth: 3 }), weight: 6 },
  { arbitrary: oddNumbers, weight: 2 },
  { arbitrary: hugeString, weight: 1 },
  { arbitrary: deepNesting, weight: 1 },
  { arbitrary: sparseArray, weight: 1 },
  { arbitrary: pollutingObject, weight: 2 },
  { arbitrary: nullPrototype, weight: 1 },
  { arbitrary: fc.constantFrom(undefined, null, '', ' ', [], {}, () => 'a function', Symbol('s')), weight: 2 },
);

/**
 * Values a key could plausibly hold, so some payloads get past the schema and reach the handler:
 * the one instance that exists (so sign-in really starts against the unreachable endpoint), start
 * URLs and regions near the accepted forms, the sign-in methods, and strings at their limits.
 */
function plausibleValue(key: string, knownInstanceId: string): fc.Arbitrary<unknown> {
  const common = [fc.string({ maxLength: 70 }), fc.string({ unit: 'grapheme', minLength: 190, maxLength: 210 })];
  switch (key) {
    case 'instanceId':
      return fc.oneof(fc.constant(knownInstanceId), fc.uuid(), fc.constantFrom('', 'x'.repeat(64), 'x'.repeat(65), '../../etc', 'constructor', '__proto__'), ...common);
    case 'startUrl':
      return fc.oneof(
        fc.constantFrom('https://d-1234567890.awsapps.com/start', 'https://fuzz.awsapps.com/start/', 'http://d-1.awsapps.com/start', 'https://user:pw@x.awsapps.com/start', 'https://x.awsapps.com:444/start', 'javascript:alert(1)', 'https://start.us-gov-home.awsapps.com/directory/d-1', 'https://a.portal.us-east-1.app.aws'),
        fc.webUrl(),
        fc.string({ minLength: 2_040, maxLength: 2_050 }),
        ...common,
      );
    case 'region':
      return fc.oneof(fc.constantFrom('us-east-1', 'eu-west-1', 'us-gov-west-1', 'cn-north-1', ' us-east-1 ', 'US-EAST-1', 'mars-1'), ...common);
    case 'method':
    case 'signInMethod':
      return fc.oneof(fc.constantFrom('browser', 'device-code', 'Browser', 'pkce', ''), ...common);
    default:
      return fc.oneof(...common, fc.string({ minLength: 199, maxLength: 202 }));
  }
}

function objectShape(schema: z.ZodType): readonly string[] | undefined {
  const shape = (schema as { shape?: unknown }).shape;
  return shape && typeof shape === 'object' ? Object.keys(shape) : undefined;
}

/** The channel's own keys, some missing, some plausible, some hostile, plus pollution and stray keys. */
function nearMiss(channel: RequestChannel, knownInstanceId: string): fc.Arbitrary<unknown> {
  const keys = objectShape(requests[channel].input) ?? ['input', 'value'];
  const valueFor = (key: string) => fc.oneof({ arbitrary: plausibleValue(key, knownInstanceId), weight: 3 }, { arbitrary: hostileValue, weight: 2 });
  const ownKeys = fc.record(Object.fromEntries(keys.map((key) => [key, valueFor(key)])), { requiredKeys: [] });
  const strayKeys = fc.dictionary(fc.oneof(fc.constantFrom(...pollutionKeys), fc.string({ maxLength: 10 })), hostileValue, { maxKeys: 3 });
  return fc
    .record({ own: ownKeys, stray: strayKeys, withStray: fc.boolean(), shape: fc.constantFrom('plain', 'null-prototype', 'array', 'frozen') })
    .map(({ own, stray, withStray, shape }) => {
      const entries = Object.entries(withStray ? { ...own, ...stray } : own);
      switch (shape) {
        case 'plain':
          return ownProperties(entries);
        case 'null-prototype':
          return Object.assign(Object.create(null) as object, Object.fromEntries(entries));
        case 'array':
          return entries.map(([, value]) => value);
        case 'frozen':
          return Object.freeze(Object.fromEntries(entries));
      }
    });
}

function payloads(channel: RequestChannel, knownInstanceId: string): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: fc.anything(), weight: 1 }, { arbitrary: hostileValue, weight: 1 }, { arbitrary: nearMiss(channel, knownInstanceId), weight: 3 });
}

// ---- the run -------------------------------------------------------------------------------------

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
const objectPrototypeKeys = Reflect.ownKeys(Object.prototype);
const arrayPrototypeKeys = Reflect.ownKeys(Array.prototype);

let harness: CoreHarness;
let dispatch: Dispatch;
let internalErrors: { channel: string; error: unknown }[];
let knownInstanceId: string;

beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
});

afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
});

beforeEach(async () => {
  // 'ignore': the browser double records what the app opens and never fetches it.
  harness = new CoreHarness({
    clock: new FakeClock(),
    endpoint: 'http://127.0.0.1:9',
    secretStore: new InMemorySecretStore(),
    browser: new RedirectingBrowser('ignore'),
    sdkTimeouts: { connectionMs: 500, requestMs: 500 },
  });
  await harness.core.ready;
  knownInstanceId = (await harness.addInstance('https://fuzz-known.awsapps.com/start', 'us-east-1')).id;
  internalErrors = [];
  dispatch = createDispatcher(harness.core.handlers, (channel, error) => internalErrors.push({ channel, error }));
});

afterEach(async () => {
  // Sign-ins the fuzz started are still failing against the unreachable endpoint: let them settle.
  await harness.core.whenIdle();
  for (const instance of await harness.call('instances:list')) {
    await harness.waitForSession(instance.id, ['signed-out', 'error'], 15_000);
  }
  await harness.dispose();
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(unhandled).toEqual([]);
  expect(internalErrors).toEqual([]);
  expect(harness.internalErrors).toEqual([]);
  expect(Reflect.ownKeys(Object.prototype)).toEqual(objectPrototypeKeys);
  expect(Reflect.ownKeys(Array.prototype)).toEqual(arrayPrototypeKeys);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
});

describe('the dispatcher under fuzzed payloads (fast-check, fixed seed)', () => {
  it.each(requestChannels)('%s answers 10,000 random payloads with well-formed Results', async (channel) => {
    const codes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(payloads(channel, knownInstanceId), async (payload) => {
        const answer = await dispatch(channel, payload, context);
        expectWellFormedResult(channel, answer);
        const key = answer.ok ? 'ok' : answer.code;
        codes.set(key, (codes.get(key) ?? 0) + 1);
      }),
      { seed, numRuns, endOnFailure: true },
    );
    if (channel === 'sessions:sign-in') {
      // The sign-ins that got through really ran against the unreachable endpoint, in the
      // background, and ended as a plain network error the page can show.
      expect(codes.get('ok') ?? 0).toBeGreaterThan(0);
      expect(await harness.waitForSession(knownInstanceId, ['signed-out', 'error'], 15_000)).toMatchObject({ kind: 'error', code: 'network' });
    }
    expect([...codes.values()].reduce((sum, count) => sum + count, 0)).toBe(numRuns);
    // Nearly all of it is rejected at the schema; what gets through is answered by the handler.
    expect(codes.get('invalid-input') ?? 0).toBeGreaterThan(0);
  }, 120_000);

  it('answers 2,000 fuzzed channel names (near-misses and prototype keys included) with unknown-channel', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), fc.constantFrom(...requestChannels).map((name) => `${name} `), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty')), fc.anything(), async (channel, payload) => {
        const answer = await dispatch(channel, payload, context);
        expect(answer).toMatchObject({ ok: false, code: 'unknown-channel' });
        expect((answer as { message: string }).message.length).toBeLessThanOrEqual(maxMessageLength);
      }),
      { seed, numRuns: 2_000, endOnFailure: true },
    );
  });
});
