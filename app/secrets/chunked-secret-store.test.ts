import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ChunkedSecretStore, chunkKey, splitIntoChunks, storedByteLength, windowsMaxEntryBytes } from './chunked-secret-store';
import { InMemorySecretStore } from './in-memory-secret-store';

/** Like the values the app stores: tokens of ~1-2 KB, JWT client secrets, registration JSON. */
const realistic = {
  accessToken: `aoa${randomBytes(750).toString('base64url')}`,
  refreshToken: `aor${randomBytes(900).toString('base64url')}`,
  clientSecret: `eyJraWQiOiJrZXktMSIsImFsZyI6IkhTMzg0In0.${randomBytes(1500).toString('base64url')}.${randomBytes(48).toString('base64url')}`,
  long: randomBytes(3000).toString('base64'),
};

/** The Windows layout, pinned on any machine: the one platform whose keychain needs chunks. */
function setUp() {
  const inner = new InMemorySecretStore();
  return { inner, store: new ChunkedSecretStore(inner, 'win32') };
}

async function entrySizes(inner: InMemorySecretStore): Promise<number[]> {
  return Promise.all(inner.keys().map(async (key) => storedByteLength((await inner.get(key)) ?? '')));
}

describe('ChunkedSecretStore', () => {
  it.each(Object.entries(realistic))('round-trips a realistic %s without any entry over 2,560 bytes', async (_name, value) => {
    const { inner, store } = setUp();
    await store.set('i/k', value);
    expect(await store.get('i/k')).toBe(value);
    for (const size of await entrySizes(inner)) expect(size).toBeLessThanOrEqual(windowsMaxEntryBytes);
  });

  it('stores a value that fits as itself, so the keychain shows it directly', async () => {
    const { inner, store } = setUp();
    await store.set('i/refresh-token', realistic.refreshToken);
    expect(inner.keys()).toEqual(['i/refresh-token']);
    expect(await inner.get('i/refresh-token')).toBe(realistic.refreshToken);
  });

  it('splits a long value into numbered chunks under a checked head', async () => {
    const { inner, store } = setUp();
    await store.set('i/k', realistic.long);
    expect([...inner.keys()].sort()).toEqual(['i/k', 'i/k#1', 'i/k#2', 'i/k#3', 'i/k#4'].sort());
    expect(await inner.get('i/k')).toMatch(/^sso-tray-chunks:v1:4:[0-9a-f]{16}$/);
  });

  it('removes chunks a shorter value no longer needs, even from another process run', async () => {
    const { inner, store } = setUp();
    await store.set('i/k', realistic.long);
    const fresh = new ChunkedSecretStore(inner, 'win32');
    await fresh.set('i/k', 'short');
    expect(inner.keys()).toEqual(['i/k']);
    expect(await fresh.get('i/k')).toBe('short');
  });

  it('deletes the head and every chunk', async () => {
    const { inner, store } = setUp();
    await store.set('i/k', realistic.long);
    await new ChunkedSecretStore(inner, 'win32').delete('i/k');
    expect(inner.keys()).toEqual([]);
    expect(await store.get('i/k')).toBeUndefined();
  });

  it('reads a torn write (chunk from another value) as absent, never as a wrong secret', async () => {
    const { inner, store } = setUp();
    await store.set('i/k', realistic.long);
    await inner.set(chunkKey('i/k', 2), 'x'.repeat(1280));
    expect(await store.get('i/k')).toBeUndefined();
    await inner.delete(chunkKey('i/k', 3));
    expect(await store.get('i/k')).toBeUndefined();
  });

  it('chunks a short value that looks like a head, so it reads back as itself', async () => {
    const { store } = setUp();
    await store.set('i/k', 'sso-tray-chunks:v1:2:0123456789abcdef');
    expect(await store.get('i/k')).toBe('sso-tray-chunks:v1:2:0123456789abcdef');
  });

  it('refuses a value too long for 32 entries instead of writing part of it', async () => {
    const { inner, store } = setUp();
    await expect(store.set('i/k', 'x'.repeat(1280 * 33))).rejects.toMatchObject({ code: 'keychain-unavailable' });
    expect(inner.keys()).toEqual([]);
  });

});

describe('ChunkedSecretStore off Windows', () => {
  it.each(['linux', 'darwin'] as const)('keeps every realistic secret in one entry on %s: one keychain session per read', async (platform) => {
    const inner = new InMemorySecretStore();
    const store = new ChunkedSecretStore(inner, platform);
    await store.set('i/k', realistic.long);
    await store.set('i/secret', realistic.clientSecret);
    expect([...inner.keys()].sort()).toEqual(['i/k', 'i/secret']);
    expect(await inner.get('i/k')).toBe(realistic.long);
    expect(await store.get('i/k')).toBe(realistic.long);
  });

  it('reads a value written in chunks, and its next write leaves one whole entry', async () => {
    const inner = new InMemorySecretStore();
    await new ChunkedSecretStore(inner, 'win32').set('i/k', realistic.long);
    const linux = new ChunkedSecretStore(inner, 'linux');
    expect(await linux.get('i/k')).toBe(realistic.long);
    await new ChunkedSecretStore(inner, 'linux').set('i/k', `${realistic.long}!`);
    expect(inner.keys()).toEqual(['i/k']);
    expect(await linux.get('i/k')).toBe(`${realistic.long}!`);
  });

  it('still chunks what no single entry should hold (over 32K code units)', async () => {
    const inner = new InMemorySecretStore();
    const store = new ChunkedSecretStore(inner, 'linux');
    await store.set('i/k', 'z'.repeat(40_000));
    expect([...inner.keys()].sort()).toEqual(['i/k', 'i/k#1', 'i/k#2']);
    expect(await store.get('i/k')).toBe('z'.repeat(40_000));
  });
});

describe('splitIntoChunks', () => {
  it('never splits a surrogate pair', () => {
    const value = `${'a'.repeat(4)}😀${'b'.repeat(4)}`;
    const chunks = splitIntoChunks(value, 5);
    expect(chunks.join('')).toBe(value);
    expect(chunks[0]).toBe('aaaa');
    expect(chunks[1]?.startsWith('😀')).toBe(true);
  });
});

describe('storedByteLength', () => {
  it('counts what the Windows backend stores: two bytes per UTF-16 code unit', () => {
    expect(storedByteLength('a'.repeat(1280))).toBe(windowsMaxEntryBytes);
    expect(storedByteLength('😀')).toBe(4);
    expect(storedByteLength('')).toBe(0);
  });
});
