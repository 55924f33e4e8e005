// main's composition sends every AWS call through Electron's net.fetch (the fake one here): a
// sign-in from the contract reaches it, and Chromium's untrusted-certificate failure comes back to
// the page as the app's "certificate not trusted" message.
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../app/core';
import { installFakeElectron } from '../testing/fake-electron';

vi.mock('electron', async () => (await import('../testing/fake-electron')).liveElectronModule);
vi.mock('electron-store', () => ({
  default: class {
    readonly path = join(tmpdir(), `sso-tray-compose-network-${process.pid}-missing`, 'settings.json');
    store: Record<string, unknown> = {};
  },
}));
// The keychain is someone else's test; here secrets stay in memory.
vi.mock('../../app/secrets/keychain-secret-store', async () => ({
  KeychainSecretStore: (await import('../../app/secrets/in-memory-secret-store')).InMemorySecretStore,
}));

const context = { senderId: 'test' };
let core: Core | undefined;

afterEach(async () => {
  await core?.dispose();
  core = undefined;
});

describe('main/compose.ts: the network stack under the AWS clients', () => {
  it("sends a sign-in's first AWS call through net.fetch, and shows Chromium's certificate failure as the app's message", async () => {
    const electron = installFakeElectron();
    electron.module.net.fetch.mockRejectedValue(new Error('net::ERR_CERT_AUTHORITY_INVALID'));
    const { compose } = await import('../compose');
    core = compose({}).core;
    await core.ready;

    const instance = await core.handlers['instances:add']({ startUrl: 'https://d-1234567890.awsapps.com/start', region: 'eu-west-1', signInMethod: 'device-code' }, context);
    await core.handlers['sessions:sign-in']({ instanceId: instance.id }, context);

    await vi.waitFor(async () => {
      const [view] = await core!.handlers['instances:list'](undefined, context);
      expect(view?.session).toMatchObject({ kind: 'error', code: 'network' });
    });
    const [view] = await core.handlers['instances:list'](undefined, context);
    expect(view?.session.kind === 'error' && view.session.message).toContain('Cannot connect securely to oidc.eu-west-1.amazonaws.com: certificate not trusted.');
    // RegisterClient, to the AWS origin, with no cookies of the app's session.
    expect(electron.module.net.fetch).toHaveBeenCalledWith('https://oidc.eu-west-1.amazonaws.com/client/register', expect.objectContaining({ method: 'POST', credentials: 'omit' }));
  });
});
