// composeNodeCore with `persistence`: settings go to settings.json in the user-data folder (through
// Conf with the app's options) and survive a restart. The keychain half needs a Secret Service, so
// the Playwright specs in e2e/sign-in prove it with secret-tool; here secrets stay in memory.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../app/ipc/dispatch';
import { silentLogger } from '../../app/ports/logger';
import { InMemorySecretStore } from '../../app/secrets/in-memory-secret-store';
import { composeNodeCore, type NodeComposition } from './compose-node';

let userDataDir: string;
const compositions: NodeComposition[] = [];

beforeEach(() => {
  userDataDir = mkdtempSync(join(tmpdir(), 'sso-tray-compose-node-'));
});
afterEach(async () => {
  for (const composition of compositions.splice(0)) await composition.core.dispose();
  rmSync(userDataDir, { recursive: true, force: true });
});

function compose(): { composition: NodeComposition; request: (channel: string, input?: unknown) => Promise<unknown> } {
  const composition = composeNodeCore({
    logger: silentLogger,
    awsEndpoint: 'http://127.0.0.1:9',
    persistence: { keychainService: 'unused-here', userDataDir },
    secretStore: new InMemorySecretStore(),
  });
  compositions.push(composition);
  const dispatch = createDispatcher(composition.core.handlers, (_channel, error) => {
    throw error;
  });
  return { composition, request: (channel, input) => dispatch(channel, input, { senderId: 'test' }) };
}

describe('composeNodeCore with persistence', () => {
  it('keeps instances in settings.json (mode 0600) in the user-data folder, and reads them after a restart', async () => {
    const first = compose();
    const added = await first.request('instances:add', { startUrl: 'https://d-1234567890.awsapps.com/start', region: 'eu-west-1', displayName: 'Payments' });
    expect(added).toMatchObject({ ok: true, value: { displayName: 'Payments' } });

    const file = join(userDataDir, 'settings.json');
    expect(readFileSync(file, 'utf8')).toContain('https://d-1234567890.awsapps.com/start');
    expect(statSync(file).mode & 0o777).toBe(0o600);

    await first.composition.core.dispose();
    const second = compose();
    expect(await second.request('instances:list')).toMatchObject({ ok: true, value: [{ displayName: 'Payments', session: { kind: 'signed-out' } }] });
  });

  it('keeps a broken settings file aside and tells the user, as the Electron app does', async () => {
    writeFileSync(join(userDataDir, 'settings.json'), '{ not json');
    const { request } = compose();
    expect(await request('notices:list')).toMatchObject({ ok: true, value: [{ kind: 'settings-reset' }] });
  });
});
