// readKeychainSecret answers "undefined" only when the keyring answered that there is no entry.
import { beforeAll, describe, expect, it } from 'vitest';
import { requireSecretService, uniqueKeychainService } from '../../app/testing/keyring';
import { readKeychainSecret } from './keychain-reader';

beforeAll(requireSecretService);

describe('readKeychainSecret', () => {
  it('is undefined for a missing entry when the keyring answered', async () => {
    expect(await readKeychainSecret(uniqueKeychainService(), 'nobody/refresh-token')).toBeUndefined();
  });

  it('throws when the keyring cannot be reached, rather than reporting the secret absent', async () => {
    const unreachable = { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/sso-tray-no-bus' };
    await expect(readKeychainSecret(uniqueKeychainService(), 'nobody/refresh-token', unreachable)).rejects.toThrow(/keyring/i);
  });
});
