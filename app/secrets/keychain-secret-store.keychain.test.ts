// Against the real Secret Service (scripts/with-keyring.sh provides a private one).
import { randomBytes } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../ipc/result';
import { requireSecretService, secretToolLookup, secretToolSearch, secretToolStore, uniqueKeychainService } from '../testing/keyring';
import { ChunkedSecretStore, storedByteLength, windowsMaxEntryBytes } from './chunked-secret-store';
import { KeychainSecretStore } from './keychain-secret-store';

let service = '';
const cleanup: (() => Promise<void>)[] = [];

beforeAll(requireSecretService);
afterEach(async () => {
  for (const step of cleanup.splice(0)) await step();
});

function stores() {
  service = uniqueKeychainService();
  const keychain = new KeychainSecretStore(service);
  // The Windows layout on the real Secret Service: chunks, heads and cleanup against a real store.
  return { keychain, chunked: new ChunkedSecretStore(keychain, 'win32') };
}

describe('KeychainSecretStore on the Secret Service', () => {
  it('writes, reads and deletes one entry that secret-tool can see', async () => {
    const { keychain } = stores();
    cleanup.push(() => keychain.delete('instance/refresh-token'));
    await keychain.set('instance/refresh-token', 'aor-secret-value');
    expect(await secretToolLookup(service, 'instance/refresh-token')).toBe('aor-secret-value');
    expect(await keychain.get('instance/refresh-token')).toBe('aor-secret-value');
    await keychain.delete('instance/refresh-token');
    expect(await keychain.get('instance/refresh-token')).toBeUndefined();
    await keychain.delete('instance/refresh-token');
  });

  it('returns undefined for a missing entry', async () => {
    const { keychain } = stores();
    expect(await keychain.get('nobody/here')).toBeUndefined();
  });

  it.each([2_600, 4_000, 9_000])('round-trips a %i-character secret in chunks, no entry over 2,560 bytes', async (length) => {
    const { chunked } = stores();
    const value = randomBytes(length).toString('base64url').slice(0, length);
    cleanup.push(() => chunked.delete('instance/client-registration'));
    await chunked.set('instance/client-registration', value);
    expect(await new ChunkedSecretStore(new KeychainSecretStore(service), 'win32').get('instance/client-registration')).toBe(value);
    const entries = await secretToolSearch(service);
    expect(entries.size).toBe(1 + Math.ceil(length / 1280));
    for (const secret of entries.values()) expect(storedByteLength(secret)).toBeLessThanOrEqual(windowsMaxEntryBytes);
  });

  it('keeps a long secret in one entry on Linux, which secret-tool shows as it is', async () => {
    const keychain = new KeychainSecretStore(uniqueKeychainService());
    service = keychain.service;
    const linux = new ChunkedSecretStore(keychain, 'linux');
    const value = randomBytes(3_000).toString('base64url');
    cleanup.push(() => linux.delete('instance/client-registration'));
    await linux.set('instance/client-registration', value);
    expect([...(await secretToolSearch(service)).values()]).toEqual([value]);
    expect(await new ChunkedSecretStore(new KeychainSecretStore(service), 'linux').get('instance/client-registration')).toBe(value);
  });

  it('leaves no chunk behind after delete', async () => {
    const { chunked } = stores();
    await chunked.set('instance/access-token', 'a'.repeat(3_000));
    await chunked.delete('instance/access-token');
    expect((await secretToolSearch(service)).size).toBe(0);
  });

  it('lives under the service "sso-tray" unless told otherwise, the name secret-tool and the CLI use', () => {
    expect(new KeychainSecretStore().service).toBe('sso-tray');
  });

  // Another tool may leave bytes under the app's service that are not text; the library refuses
  // them, and the user must read which entry and why, with the library's error kept as the cause.
  it('names the entry and the reason when the keychain holds something it cannot read, then recovers on the next write', async () => {
    const { keychain } = stores();
    cleanup.push(() => keychain.delete('instance/refresh-token'));
    await secretToolStore(service, 'instance/refresh-token', Uint8Array.from([0xff, 0xfe, 0x61]));
    const failure = await keychain.get('instance/refresh-token').then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({
      code: 'keychain-unavailable',
      message: 'Could not read "instance/refresh-token" in the system keychain: Password data is not valid UTF-8',
    });
    expect((failure as AppError).cause).toBeInstanceOf(Error);
    expect(((failure as AppError).cause as Error).message).toBe('Password data is not valid UTF-8');
    await keychain.set('instance/refresh-token', 'aor-replaced');
    expect(await keychain.get('instance/refresh-token')).toBe('aor-replaced');
    expect(await secretToolLookup(service, 'instance/refresh-token')).toBe('aor-replaced');
  });
});
