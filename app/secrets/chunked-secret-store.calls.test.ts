// What the keychain sees: every entry read, written or deleted costs a call (a Secret Service
// session on Linux, a Credential Manager call on Windows), so the chunked store remembers how many
// chunks a key has once it has read or written it, and asks again only for a key it has not met.
import { describe, expect, it } from 'vitest';
import { ChunkedSecretStore, windowsChunkCodeUnits } from './chunked-secret-store';
import { InMemorySecretStore } from './in-memory-secret-store';

/** A keychain that logs each call as "<verb> <entry>", in order. */
class LoggingKeychain extends InMemorySecretStore {
  readonly calls: string[] = [];

  override async get(key: string): Promise<string | undefined> {
    this.calls.push(`get ${key}`);
    return super.get(key);
  }

  override async set(key: string, value: string): Promise<void> {
    this.calls.push(`set ${key}`);
    await super.set(key, value);
  }

  override async delete(key: string): Promise<void> {
    this.calls.push(`delete ${key}`);
    await super.delete(key);
  }

  /** The calls since the last take. */
  take(): string[] {
    return this.calls.splice(0);
  }
}

const long = 'L'.repeat(3 * windowsChunkCodeUnits + 1); // four chunks on Windows

function setUp() {
  const keychain = new LoggingKeychain();
  return { keychain, store: new ChunkedSecretStore(keychain, 'win32') };
}

describe('ChunkedSecretStore asks the keychain only what it does not know', () => {
  it('reads the head once before the first write of a key it has not met', async () => {
    const { keychain, store } = setUp();
    await store.set('i/k', 'short');
    expect(keychain.take()).toEqual(['get i/k', 'set i/k']);
  });

  it('writes without reading again after reading an absent key', async () => {
    const { keychain, store } = setUp();
    expect(await store.get('i/k')).toBeUndefined();
    expect(keychain.take()).toEqual(['get i/k']);
    await store.set('i/k', 'short');
    expect(keychain.take()).toEqual(['set i/k']);
  });

  it('writes without reading again after reading a whole value', async () => {
    const { keychain, store } = setUp();
    await keychain.set('i/k', 'whole');
    keychain.take();
    expect(await store.get('i/k')).toBe('whole');
    await store.set('i/k', 'other');
    expect(keychain.take()).toEqual(['get i/k', 'set i/k']);
  });

  it('after reading a chunked value, a short write deletes its chunks without reading the head again', async () => {
    const { keychain } = setUp();
    await new ChunkedSecretStore(keychain, 'win32').set('i/k', long);
    keychain.take();
    const store = new ChunkedSecretStore(keychain, 'win32');
    expect(await store.get('i/k')).toBe(long);
    expect(keychain.take()).toEqual(['get i/k', 'get i/k#1', 'get i/k#2', 'get i/k#3', 'get i/k#4']);
    await store.set('i/k', 'short');
    expect(keychain.take()).toEqual(['set i/k', 'delete i/k#1', 'delete i/k#2', 'delete i/k#3', 'delete i/k#4']);
  });

  it('a second write deletes the chunks the first one made, from memory', async () => {
    const { keychain, store } = setUp();
    await store.set('i/k', long);
    keychain.take();
    await store.set('i/k', 'short');
    expect(keychain.take()).toEqual(['set i/k', 'delete i/k#1', 'delete i/k#2', 'delete i/k#3', 'delete i/k#4']);
  });

  it('a write after a delete touches only the head', async () => {
    const { keychain, store } = setUp();
    await store.set('i/k', long);
    await store.delete('i/k');
    keychain.take();
    await store.set('i/k', 'short');
    expect(keychain.take()).toEqual(['set i/k']);
  });

  it('stops reading at the first missing chunk of a torn write', async () => {
    const { keychain, store } = setUp();
    await store.set('i/k', long);
    await keychain.delete('i/k#2');
    keychain.take();
    expect(await new ChunkedSecretStore(keychain, 'win32').get('i/k')).toBeUndefined();
    expect(keychain.take()).toEqual(['get i/k', 'get i/k#1', 'get i/k#2']);
  });
});
