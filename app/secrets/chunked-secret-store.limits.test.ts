// The chunked store at its limits: exactly one entry's worth, exactly 32 chunks, 10 or more chunks
// (a two-digit count in the head), a value shrinking from several chunks to fewer, surrogate pairs
// on every boundary (a property over random strings), and a head-like text inside a short value.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChunkedSecretStore, chunkKey, maxChunks, splitIntoChunks, windowsChunkCodeUnits } from './chunked-secret-store';
import { InMemorySecretStore } from './in-memory-secret-store';

const size = windowsChunkCodeUnits; // 1,280 code units = 2,560 bytes as UTF-16: the Windows layout

function setUp() {
  const inner = new InMemorySecretStore();
  return { inner, store: new ChunkedSecretStore(inner, 'win32') };
}

const sorted = (keys: readonly string[]) => [...keys].sort();

describe('ChunkedSecretStore at its limits', () => {
  it('stores a value of exactly one entry (1,280 code units) as itself, in one entry', async () => {
    const { inner, store } = setUp();
    const value = 'a'.repeat(size);
    await store.set('i/k', value);
    expect(inner.keys()).toEqual(['i/k']);
    expect(await inner.get('i/k')).toBe(value);
  });

  it('fills every chunk to the limit: 2,560 code units take exactly two chunks', async () => {
    const { inner, store } = setUp();
    await store.set('i/k', 'b'.repeat(2 * size));
    expect(sorted(inner.keys())).toEqual(sorted(['i/k', 'i/k#1', 'i/k#2']));
    expect(await store.get('i/k')).toBe('b'.repeat(2 * size));
  });

  it('reads back a value of 10 or more chunks (a two-digit count in the head)', async () => {
    const { inner, store } = setUp();
    const value = 'c'.repeat(12 * size);
    await store.set('i/k', value);
    expect(await inner.get('i/k')).toMatch(/^sso-tray-chunks:v1:12:/);
    expect(await new ChunkedSecretStore(inner, 'win32').get('i/k')).toBe(value);
  });

  it(`accepts exactly ${maxChunks} chunks and refuses one code unit more, with words for the user`, async () => {
    const { inner, store } = setUp();
    const value = 'd'.repeat(maxChunks * size);
    await store.set('i/k', value);
    expect(await store.get('i/k')).toBe(value);
    await expect(store.set('i/other', `${value}d`)).rejects.toMatchObject({
      code: 'keychain-unavailable',
      message: `A secret of ${maxChunks * size + 1} characters is too long for the keychain.`,
    });
    expect(inner.keys().filter((key) => key.startsWith('i/other'))).toEqual([]);
  });

  it('keeps the chunks a shorter, still chunked value needs and removes only the rest', async () => {
    const { inner, store } = setUp();
    await store.set('i/k', 'e'.repeat(4 * size));
    const shorter = 'f'.repeat(2 * size);
    await store.set('i/k', shorter);
    expect(sorted(inner.keys())).toEqual(sorted(['i/k', chunkKey('i/k', 1), chunkKey('i/k', 2)]));
    expect(await new ChunkedSecretStore(inner, 'win32').get('i/k')).toBe(shorter);
  });

  it('reads a short value that merely contains a head as itself', async () => {
    const { store } = setUp();
    const value = 'token:sso-tray-chunks:v1:2:0123456789abcdef';
    await store.set('i/k', value);
    expect(await store.get('i/k')).toBe(value);
  });
});

describe('splitIntoChunks', () => {
  const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

  it('cuts every chunk at the size, one short only where that would split a surrogate pair', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', '\u{10000}', '\u{10FFFF}', '\u{1F600}', '\uFFFF', '\uDC00', '\uD7FF', '\uE000'), maxLength: 60 }),
        fc.integer({ min: 2, max: 9 }),
        (value, chunkSize) => {
          const chunks = splitIntoChunks(value, chunkSize);
          expect(chunks.join('')).toBe(value);
          let start = 0;
          chunks.forEach((chunk, index) => {
            const last = index === chunks.length - 1;
            if (last) expect(chunk.length).toBe(value.length - start);
            else if (isHighSurrogate(value.charCodeAt(start + chunkSize - 1))) expect(chunk.length).toBe(chunkSize - 1);
            else expect(chunk.length).toBe(chunkSize);
            start += chunk.length;
          });
        },
      ),
      { seed: 20_261_201, numRuns: 500 },
    );
  });

  it('ends on a lone high surrogate at the very end instead of looping', () => {
    expect(splitIntoChunks('ab\uD800', 3)).toEqual(['ab\uD800']);
    expect(splitIntoChunks('abc\uD800', 2)).toEqual(['ab', 'c\uD800']);
  });
});
