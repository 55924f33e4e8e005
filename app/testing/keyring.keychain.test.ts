// The keychain test helpers must never mistake "the keyring did not answer" for "no such entry":
// an absence check that passes because nothing could be read would prove nothing.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { KeychainSecretStore } from '../secrets/keychain-secret-store';
import { requireSecretService, secretToolLookup, secretToolSearch, uniqueKeychainService } from './keyring';

/** A session bus address where nothing listens: every D-Bus client fails to connect. */
const unreachable = { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/sso-tray-no-bus' };

const cleanup: (() => Promise<void>)[] = [];
beforeAll(requireSecretService);
afterEach(async () => {
  for (const step of cleanup.splice(0)) await step();
});

describe('secret-tool helpers', () => {
  it('report a missing entry as absent when the keyring answered', async () => {
    const service = uniqueKeychainService();
    expect(await secretToolLookup(service, 'nobody/here')).toBeUndefined();
    expect((await secretToolSearch(service)).size).toBe(0);
  });

  it('read an entry that is there', async () => {
    const service = uniqueKeychainService();
    const keychain = new KeychainSecretStore(service);
    cleanup.push(() => keychain.delete('instance/refresh-token'));
    await keychain.set('instance/refresh-token', 'aor-value');
    expect(await secretToolLookup(service, 'instance/refresh-token')).toBe('aor-value');
    expect([...(await secretToolSearch(service)).entries()]).toEqual([['instance/refresh-token', 'aor-value']]);
  });

  it('throw instead of reporting absence when the keyring cannot be reached', async () => {
    const service = uniqueKeychainService();
    await expect(secretToolLookup(service, 'nobody/here', unreachable)).rejects.toThrow(/keyring/i);
    await expect(secretToolSearch(service, unreachable)).rejects.toThrow(/keyring/i);
  });
});
