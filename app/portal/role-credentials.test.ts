import { describe, expect, it } from 'vitest';
import type { RoleCredentials } from '../aws/portal-client';
import { FakeClock } from '../testing/fake-clock';
import { credentialsReuseMarginMs, RoleCredentialsCache, type RoleRef } from './role-credentials';

const role: RoleRef = { instanceId: 'i-1', accountId: '111111111111', roleName: 'Admin' };

function setup() {
  const clock = new FakeClock(0);
  const fetched: RoleRef[] = [];
  const cache = new RoleCredentialsCache(clock, async (asked) => {
    fetched.push(asked);
    await clock.sleep(0);
    const credentials: RoleCredentials = { accessKeyId: `ASIA${fetched.length}`, secretAccessKey: 's', sessionToken: 't', expiration: clock.now() + 3600_000 };
    return credentials;
  });
  return { clock, fetched, cache };
}

describe('RoleCredentialsCache', () => {
  it('fetches once for many callers at once, and reuses the credentials while they last', async () => {
    const { cache, fetched } = setup();
    const answers = await Promise.all(Array.from({ length: 20 }, () => cache.get(role)));
    expect(new Set(answers.map((answer) => answer.accessKeyId))).toEqual(new Set(['ASIA1']));
    expect((await cache.get(role)).accessKeyId).toBe('ASIA1');
    expect(fetched).toHaveLength(1);
  });

  it('fetches again five minutes before they expire', async () => {
    const { cache, clock, fetched } = setup();
    await cache.get(role);
    clock.jump(3600_000 - credentialsReuseMarginMs - 1);
    expect((await cache.get(role)).accessKeyId).toBe('ASIA1');
    clock.jump(2);
    expect((await cache.get(role)).accessKeyId).toBe('ASIA2');
    expect(fetched).toHaveLength(2);
  });

  it('keeps roles apart and forgets an instance on sign-out', async () => {
    const { cache, fetched } = setup();
    await cache.get(role);
    await cache.get({ ...role, roleName: 'ReadOnly' });
    expect(fetched).toHaveLength(2);
    cache.forgetInstance('i-1');
    await cache.get(role);
    expect(fetched).toHaveLength(3);
  });
});
