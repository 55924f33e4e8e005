// Finding 4: the clock handed delays over 2^31-1 ms (about 24.8 days) to setTimeout, which fires at
// once; a token with a 40-day lifetime made about 1,400 refresh calls in 3 seconds. With the real
// system clock under Vitest's fake timers (which overflow as Node does), exactly one refresh runs,
// near the end of the token's life.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AwsClients } from '../aws/aws-clients';
import type { TokenGrant } from '../aws/oidc-client';
import type { InstanceList } from '../instances/instance-catalog';
import type { Instance } from '../model/instance';
import { NoticeCenter } from '../notices/notice-center';
import { systemClock } from '../ports/clock';
import { silentLogger } from '../ports/logger';
import { InMemorySecretStore } from '../secrets/in-memory-secret-store';
import { SessionManager } from './session-manager';
import { SessionSecrets } from './session-secrets';

const day = 24 * 3600_000;
const issuer = 'https://oidc.eu-west-1.amazonaws.com';
const instance: Instance = { id: 'i-1', startUrl: 'https://d-1234567890.awsapps.com/start', region: 'eu-west-1', partition: 'aws', displayName: 'Acme', signInMethod: 'browser' };

const instances: InstanceList = { list: () => [instance], onDidChange: () => () => {}, onWillRemove: () => () => {} };

describe('a 40-day access token', () => {
  let refreshes: number;
  let manager: SessionManager;

  beforeEach(async () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-01T00:00:00Z') });
    refreshes = 0;
    const grant = (): TokenGrant => ({ issuer, accessToken: `access-${refreshes}`, issuedAt: Date.now(), expiresAt: Date.now() + 40 * day, refreshToken: `refresh-${refreshes}` });
    const oidc = {
      endpoint: issuer,
      refresh: async () => {
        refreshes += 1;
        return grant();
      },
    };
    const clients = { endpointsFor: () => ({ oidc: issuer, portal: issuer, federation: issuer }), oidcFor: () => oidc } as unknown as AwsClients;
    const secrets = new SessionSecrets(new InMemorySecretStore());
    await secrets.saveRegistration(instance.id, { clientId: 'c', clientSecret: 's', expiresAt: Date.now() + 90 * day, registeredFor: 'browser', region: 'eu-west-1', startUrl: instance.startUrl, issuer });
    await secrets.saveTokens(instance.id, grant());
    manager = new SessionManager({ clock: systemClock, browser: { open: async () => {} }, logger: silentLogger, secrets, notices: new NoticeCenter(), clients, instances, remembered: true, random: () => 0.5 });
    await manager.restore();
  });

  afterEach(async () => {
    await manager.dispose();
    vi.useRealTimers();
  });

  it('is refreshed exactly once, at about 80 % of its life, and not in a storm at start', async () => {
    await vi.advanceTimersByTimeAsync(3_000);
    expect(refreshes).toBe(0);
    await vi.advanceTimersByTimeAsync(31 * day);
    expect(refreshes).toBe(0);
    await vi.advanceTimersByTimeAsync(2 * day);
    expect(refreshes).toBe(1);
    await vi.advanceTimersByTimeAsync(6 * day);
    expect(refreshes).toBe(1);
    expect(await manager.getAccessToken(instance.id, { interactive: false })).toBe('access-1');
  });
});
