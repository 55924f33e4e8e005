// Splits long secrets over several keychain entries where the keychain needs it. Windows
// Credential Manager caps one entry at 2,560 bytes (CRED_MAX_CREDENTIAL_BLOB_SIZE), and keyring-rs
// writes the password as UTF-16 (keyring-rs#85, #108: "password encoded as UTF-16 ... limit of
// 2560"), so one entry holds at most 1,280 UTF-16 code units. Real AWS SSO tokens are 1–2 KB and
// client secrets are JWTs of about 2 KB, so they do not always fit. The Secret Service and the
// macOS Keychain have no such cap, and there every entry costs: keyring-rs opens a new Secret
// Service session for each one (~11 ms), which credential_process pays on every tool start. So
// only Windows chunks; elsewhere a secret is one entry.
//
// Layout under a key K:
//   short value            K = the value itself (so `secret-tool lookup` shows the token directly)
//   long value             K#1 … K#n = consecutive slices, then K = "sso-tray-chunks:v1:<n>:<sha256/16>"
// The chunks are written before the head and checked against its hash on read, so a write that was
// interrupted half-way reads as "absent" (the user signs in again) and never as a wrong token.
// Reading understands both layouts whatever the platform, so a value written in chunks (by an
// older version, or copied from Windows) reads back, and its next write drops the chunks.
import { AppError } from '../ipc/result';
import type { SecretStore } from './secret-store';

/** Windows Credential Manager's limit per entry, in bytes. */
export const windowsMaxEntryBytes = 2560;
/** keyring-rs stores UTF-16: two bytes per JavaScript string code unit. */
export const bytesPerCodeUnit = 2;
/** Code units per entry on Windows: exactly the limit (keyring-rs rejects only "> 2,560 bytes"). */
export const windowsChunkCodeUnits = windowsMaxEntryBytes / bytesPerCodeUnit;
/** Code units per entry elsewhere: far more than any token or registration the app keeps. */
export const wholeEntryCodeUnits = 32 * 1024;
export const maxChunks = 32;

export function chunkCodeUnitsFor(platform: NodeJS.Platform): number {
  return platform === 'win32' ? windowsChunkCodeUnits : wholeEntryCodeUnits;
}

const headPrefix = 'sso-tray-chunks:v1:';
const headPattern = /^sso-tray-chunks:v1:(\d{1,3}):([0-9a-f]{16})$/;

export function chunkKey(key: string, index: number): string {
  return `${key}#${index}`;
}

/** The size of a value as stored by the Windows backend, in bytes. */
export function storedByteLength(value: string): number {
  return value.length * bytesPerCodeUnit;
}

/** Cuts a string into slices of at most `size` code units without splitting a surrogate pair. */
export function splitIntoChunks(value: string, size: number): readonly string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < value.length) {
    let end = Math.min(start + size, value.length);
    const last = value.charCodeAt(end - 1);
    if (end < value.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    chunks.push(value.slice(start, end));
    start = end;
  }
  return chunks;
}

export class ChunkedSecretStore implements SecretStore {
  /** How many chunks each key had when we last wrote or read it (0 = stored whole). */
  readonly #knownChunkCounts = new Map<string, number>();
  readonly #chunkCodeUnits: number;

  /** `platform` picks the entry size; tests pass 'win32' to pin the Windows layout anywhere. */
  constructor(
    private readonly inner: SecretStore,
    platform: NodeJS.Platform = process.platform,
  ) {
    this.#chunkCodeUnits = chunkCodeUnitsFor(platform);
  }

  async get(key: string): Promise<string | undefined> {
    const head = await this.inner.get(key);
    const manifest = manifestOf(head);
    if (!manifest) {
      this.#knownChunkCounts.set(key, 0);
      return head;
    }
    const count = Number(manifest[1]);
    this.#knownChunkCounts.set(key, count);
    const parts: string[] = [];
    for (let index = 1; index <= count; index += 1) {
      const part = await this.inner.get(chunkKey(key, index));
      if (part === undefined) return undefined;
      parts.push(part);
    }
    const value = parts.join('');
    return (await digest(value)) === manifest[2] ? value : undefined;
  }

  async set(key: string, value: string): Promise<void> {
    const previousCount = await this.#chunkCount(key);
    const fitsWhole = value.length <= this.#chunkCodeUnits && !value.startsWith(headPrefix);
    const chunks = fitsWhole ? [] : splitIntoChunks(value, this.#chunkCodeUnits);
    if (chunks.length > maxChunks) {
      throw new AppError('keychain-unavailable', `A secret of ${value.length} characters is too long for the keychain.`);
    }
    for (const [index, chunk] of chunks.entries()) {
      await this.inner.set(chunkKey(key, index + 1), chunk);
    }
    const head = fitsWhole ? value : `${headPrefix}${chunks.length}:${await digest(value)}`;
    await this.inner.set(key, head);
    this.#knownChunkCounts.set(key, chunks.length);
    for (let index = chunks.length + 1; index <= previousCount; index += 1) {
      await this.inner.delete(chunkKey(key, index));
    }
  }

  async delete(key: string): Promise<void> {
    const count = await this.#chunkCount(key);
    await this.inner.delete(key);
    for (let index = 1; index <= count; index += 1) await this.inner.delete(chunkKey(key, index));
    this.#knownChunkCounts.set(key, 0);
  }

  async #chunkCount(key: string): Promise<number> {
    const known = this.#knownChunkCounts.get(key);
    if (known !== undefined) return known;
    const manifest = manifestOf(await this.inner.get(key));
    return manifest ? Number(manifest[1]) : 0;
  }
}


/** The head's chunk count and digest; null for a missing entry or a value stored whole. */
function manifestOf(head: string | undefined): RegExpExecArray | null {
  // Checked, not left to `exec`, which would read a missing entry as the text "undefined".
  return head === undefined ? null : headPattern.exec(head);
}

/** node:crypto loads only for chunked values: off Windows credential_process never needs it (~9 ms). */
async function digest(value: string): Promise<string> {
  const { createHash } = await import('node:crypto');
  return createHash('sha256').update(value, 'utf8').digest('hex').slice(0, 16);
}
