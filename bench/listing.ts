// The first listing of a portal after sign-in, against the portal's real constraints: 50 ms a call
// and a collective 20 requests/s per instance. N accounts cost N/100 ListAccounts pages plus one
// ListAccountRoles each, so no client can finish sooner than calls / 20 s (the floor); the figure is
// how close the app gets to it, how soon the first account shows, and what it cost in 429s.
// Measured from the moment the session became usable (the listing starts by itself then), to the
// first `portal-changed` carrying accounts, and to progress idle with refreshedAt.
// The baseline, in the same run, is the obvious client: a sequential loop over the same SDK calls
// with the SDK's default retries.
import { ListAccountRolesCommand, ListAccountsCommand, SSOClient } from '@aws-sdk/client-sso';
import { deviceSignIn, oidcClient } from '../e2e/emulator/testing';
import { round, type BenchLine, type BenchOutput, type Figure } from './figure';
import { PeakRss } from './peak-rss';
import { addInstance, checkSnapshot, listingCounts, listingEnd, organisation, portalCore, portalEmulator, portalQuotaPerSecond, region, seconds, signIn, startUrl } from './portal-bench';

const rolesPerAccount = 3;

interface AppListing {
  readonly accounts: number;
  readonly calls: number;
  readonly firstAccountSeconds: number;
  readonly completeSeconds: number;
  readonly floorSeconds: number;
  readonly throttled: number;
  readonly failedAccounts: number;
  readonly peakRssMb: number;
}

export async function listing(): Promise<BenchOutput> {
  const small = await appListing(200);
  const naive = await naiveListing(200);
  const large = await appListing(1000);
  const lines: BenchLine[] = [
    appLine(small),
    { bench: 'listing-naive', accounts: naive.accounts, seconds: round(naive.seconds), failedAccounts: naive.failedAccounts, throttled: naive.throttled, ratioToApp: round(naive.seconds / small.completeSeconds) },
    appLine(large),
  ];
  const figures: Figure[] = [
    ...appFigures(small),
    { name: `listing ${naive.accounts} accounts: naive sequential loop, SDK retries`, value: naive.seconds, unit: 's', note: `${naive.calls} calls, ${naive.throttled} throttled, ${naive.failedAccounts} failed accounts` },
    { name: `listing ${naive.accounts} accounts: time ratio (naive / app)`, value: naive.seconds / small.completeSeconds, unit: 'x' },
    ...appFigures(large),
  ];
  return { figures, lines };
}

function appLine(result: AppListing): BenchLine {
  return {
    bench: 'listing',
    accounts: result.accounts,
    calls: result.calls,
    firstAccountSeconds: round(result.firstAccountSeconds),
    completeSeconds: round(result.completeSeconds),
    floorSeconds: round(result.floorSeconds),
    ratioToFloor: round(result.completeSeconds / result.floorSeconds),
    throttled: result.throttled,
    failedAccounts: result.failedAccounts,
    peakRssMb: round(result.peakRssMb, 1),
  };
}

function appFigures(result: AppListing): Figure[] {
  const label = `listing ${result.accounts} accounts x ${rolesPerAccount} roles`;
  return [
    { name: `${label}: first account shown`, value: result.firstAccountSeconds, unit: 's', note: 'after the sign-in completed' },
    { name: `${label}: complete`, value: result.completeSeconds, unit: 's', note: `${result.calls} calls, ${result.throttled} throttled, ${result.failedAccounts} failed accounts, peak RSS ${result.peakRssMb.toFixed(0)} MB` },
    { name: `${label}: ratio to the floor (calls / ${portalQuotaPerSecond} per s)`, value: result.completeSeconds / result.floorSeconds, unit: 'x', note: `floor ${result.floorSeconds.toFixed(2)} s` },
  ];
}

async function appListing(accounts: number): Promise<AppListing> {
  const emulator = await portalEmulator(organisation(accounts, rolesPerAccount));
  const rss = new PeakRss();
  const core = portalCore(emulator);
  try {
    const instanceId = await addInstance(core);
    emulator.admin.resetCounts();
    // The listing starts by itself as the session becomes usable: the waits are set up before it.
    const { harness, timeline } = core;
    const firstAccount = timeline.until(
      'portal-changed',
      (change) => change.instanceId === instanceId && change.changes.some((part) => part.kind === 'accounts-upserted' && part.accounts.length > 0),
      'the first account',
      30_000,
    );
    let atEnd = { calls: 0, throttled: 0 };
    const end = listingEnd(core, instanceId, (accounts / portalQuotaPerSecond) * 3_000 + 60_000, () => (atEnd = listingCounts(emulator)));
    const { signedInAt } = await signIn(core, instanceId);
    const first = await firstAccount;
    const done = await end;
    const { failedAccounts } = checkSnapshot(await harness.call('portal:get-snapshot', { instanceId: instanceId }), accounts, rolesPerAccount);
    return {
      accounts,
      calls: atEnd.calls,
      firstAccountSeconds: seconds(signedInAt, first.at),
      completeSeconds: seconds(signedInAt, done.at),
      floorSeconds: atEnd.calls / portalQuotaPerSecond,
      throttled: atEnd.throttled,
      failedAccounts,
      peakRssMb: rss.stop(),
    };
  } finally {
    rss.stop();
    await core.dispose();
    await emulator.close();
  }
}

interface NaiveListing {
  readonly accounts: number;
  readonly seconds: number;
  readonly calls: number;
  readonly throttled: number;
  readonly failedAccounts: number;
}

/** The obvious client: ListAccounts page by page, then each account's roles, one call at a time. */
async function naiveListing(accounts: number): Promise<NaiveListing> {
  const emulator = await portalEmulator(organisation(accounts, rolesPerAccount));
  const client = new SSOClient({ endpoint: emulator.endpoint, region }); // the SDK's default retries: maxAttempts 3
  try {
    const { tokens } = await deviceSignIn(emulator, { startUrl, oidc: oidcClient(emulator.endpoint, { region }) });
    const accessToken = tokens.accessToken ?? '';
    emulator.admin.resetCounts();
    const started = performance.now();
    const accountIds: string[] = [];
    let nextToken: string | undefined;
    do {
      const page = await client.send(new ListAccountsCommand({ accessToken, maxResults: 100, ...(nextToken ? { nextToken } : {}) }));
      for (const account of page.accountList ?? []) if (account.accountId) accountIds.push(account.accountId);
      nextToken = page.nextToken ?? undefined;
    } while (nextToken);
    let failedAccounts = 0;
    for (const accountId of accountIds) {
      try {
        let rolesToken: string | undefined;
        do {
          const page = await client.send(new ListAccountRolesCommand({ accessToken, accountId, maxResults: 100, ...(rolesToken ? { nextToken: rolesToken } : {}) }));
          rolesToken = page.nextToken ?? undefined;
        } while (rolesToken);
      } catch {
        failedAccounts += 1;
      }
    }
    const elapsed = seconds(started, performance.now());
    if (accountIds.length !== accounts) throw new Error(`The naive loop listed ${accountIds.length} accounts, expected ${accounts}`);
    return { accounts, seconds: elapsed, ...listingCounts(emulator), failedAccounts };
  } finally {
    client.destroy();
    await emulator.close();
  }
}
