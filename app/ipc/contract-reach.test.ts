// The contract against a real core: every channel the core answers can be asked for by the page
// (a channel missing from the contract would be refused as unknown), event names are recognised
// exactly, everyday input passes, and an AppError is named as one in the log.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redactValue } from '../logging/redact';
import { InMemorySecretStore } from '../secrets/in-memory-secret-store';
import { CoreHarness } from '../testing/core-harness';
import { FakeClock } from '../testing/fake-clock';
import { eventNames, events, isEventName, isRequestChannel, requestChannels } from './contract';
import { AppError } from './result';

let harness: CoreHarness;

beforeEach(async () => {
  harness = new CoreHarness({ clock: new FakeClock(), endpoint: 'http://127.0.0.1:9', secretStore: new InMemorySecretStore() });
  await harness.core.ready;
});

afterEach(async () => {
  await harness.dispose();
});

describe('the contract and the core', () => {
  it('lists exactly the channels the core answers', () => {
    expect([...requestChannels].sort()).toEqual(Object.keys(harness.core.handlers).sort());
    for (const channel of Object.keys(harness.core.handlers)) expect(isRequestChannel(channel)).toBe(true);
  });

  it('lets the page dismiss a notice by its id', async () => {
    expect(await harness.request('notices:dismiss', { noticeId: 'settings-reset' })).toEqual({ ok: true, value: undefined });
  });

  it('recognises its own event names and nothing dressed up as one', () => {
    expect(eventNames.length).toBeGreaterThan(0);
    for (const name of eventNames) expect(isEventName(name)).toBe(true);
    expect(eventNames).toEqual(Object.keys(events));
    for (const impostor of ['constructor', '__proto__', 'toString', '', 'instances-changed ', ['instances-changed'], Object('instances-changed') as unknown, undefined]) {
      expect(isEventName(impostor)).toBe(false);
    }
  });
});

describe('AppError in the log', () => {
  it('is named AppError, with its code and message', () => {
    expect(redactValue(new AppError('throttled', 'AWS is throttling; retrying soon.'))).toEqual({ name: 'AppError', message: 'AWS is throttling; retrying soon.', code: 'throttled' });
  });
});
