import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RoleCredentials } from '../aws/portal-client';
import { silentLogger } from '../ports/logger';
import { FakeClock } from '../testing/fake-clock';
import { ActiveProfileKeeper, retryAfterFailureMs } from './active-profile-keeper';
import { AwsFileStore } from './aws-file-store';
import { writeCredentialsProfile } from './aws-file-sync';

const role = { instanceId: 'inst-1', accountId: '111111111111', roleName: 'ReadOnlyAccess' };
const hour = 3_600_000;
const minute = 60_000;
const userPart = '[mine]\naws_access_key_id = AKIAMINE\n';

let folder: string;
let path: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'keeper-'));
  path = join(folder, 'credentials');
  writeFileSync(path, userPart);
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function setUp() {
  const clock = new FakeClock();
  const store = new AwsFileStore();
  let issued = 0;
  let failNext = false;
  const failures: string[] = [];
  const renewals: string[] = [];
  let renewedListener: () => void = () => undefined;
  let written: () => void = () => undefined;
  const keeper = new ActiveProfileKeeper({
    clock,
    logger: silentLogger,
    credentials: async (): Promise<RoleCredentials> => {
      if (failNext) {
        failNext = false;
        throw new Error('signed out');
      }
      issued++;
      return { accessKeyId: `ASIAKEY${issued}`, secretAccessKey: `secret-${issued}`, sessionToken: `token-${issued}`, expiration: clock.now() + hour };
    },
    write: async (profile, credentials) => {
      await writeCredentialsProfile(store, path, profile, credentials);
      written();
    },
    onRenewalFailed: (profile) => failures.push(profile),
    onRenewed: (profile) => {
      renewals.push(profile);
      renewedListener();
    },
  });
  const nextRenewal = () => new Promise<void>((resolve) => (renewedListener = resolve));
  const nextWrite = () => new Promise<void>((resolve) => (written = resolve));
  const keyInFile = () => /\[active\][^[]*aws_access_key_id = (\S+)/.exec(readFileSync(path, 'utf8'))?.[1];
  return { clock, keeper, nextWrite, nextRenewal, keyInFile, failures, renewals, failNextFetch: () => (failNext = true) };
}

describe('ActiveProfileKeeper', () => {
  it('rewrites the profile when its credentials come within five minutes of expiry, not before', async () => {
    const { clock, keeper, nextWrite, keyInFile } = setUp();
    await keeper.set('active', role);
    expect(keyInFile()).toBe('ASIAKEY1');
    await clock.advance(54 * minute);
    expect(keyInFile()).toBe('ASIAKEY1');
    const renewed = nextWrite();
    await clock.advance(minute);
    await renewed;
    await clock.advance(0);
    expect(keyInFile()).toBe('ASIAKEY2');
    expect(keeper.list()).toEqual([{ profile: 'active', role, expiresAt: clock.now() + hour }]);
    keeper.dispose();
  });

  it('reports a failed renewal, keeps the last credentials in the file and retries a minute later', async () => {
    const { clock, keeper, nextWrite, keyInFile, failures, failNextFetch } = setUp();
    await keeper.set('active', role);
    failNextFetch();
    await clock.advance(55 * minute);
    expect(failures).toEqual(['active']);
    expect(keyInFile()).toBe('ASIAKEY1');
    const renewed = nextWrite();
    await clock.advance(retryAfterFailureMs);
    await renewed;
    expect(keyInFile()).toBe('ASIAKEY2');
    keeper.dispose();
  });

  it('says when the profile holds fresh credentials again (set, then the renewal after a failure), which ends a failure episode', async () => {
    const { clock, keeper, nextRenewal, failures, renewals, failNextFetch } = setUp();
    await keeper.set('active', role);
    expect(renewals).toEqual(['active']);
    failNextFetch();
    await clock.advance(55 * minute);
    expect(failures).toEqual(['active']);
    expect(renewals).toEqual(['active']);
    const renewed = nextRenewal();
    await clock.advance(retryAfterFailureMs);
    await renewed;
    expect(renewals).toEqual(['active', 'active']);
    keeper.dispose();
  });

  it('clear stops the renewals and gives the file back as the user had it', async () => {
    const { clock, keeper } = setUp();
    await keeper.set('active', role);
    await keeper.clear('active');
    expect(readFileSync(path, 'utf8')).toBe(userPart);
    expect(clock.pendingTimers).toBe(0);
    expect(keeper.list()).toEqual([]);
  });

  it('resume renews at once the profiles kept before a restart', async () => {
    const { clock, keeper, nextWrite, keyInFile } = setUp();
    const renewed = nextWrite();
    keeper.resume({ active: role });
    await clock.advance(0);
    await renewed;
    expect(keyInFile()).toBe('ASIAKEY1');
    keeper.dispose();
  });
});
