// A refresh of a known list when the organisation grew: 1,000 accounts listed once (and cached:
// the bench waits for the cache file, as a refresh asked for before that write is done is lost),
// then 5 accounts are added and the user asks for `portal:refresh`. Timed from the request to the
// `portal-changed` event after which the page holds all 5 with their roles loaded, counting the
// ListAccounts + ListAccountRoles calls made until then. The sweep of known accounts that follows
// is not waited for (the core is disposed, which stops it).
import type { PortalAccount } from '../app/model/portal';
import { round, type BenchOutput } from './figure';
import { addInstance, cachedOnDisk, checkSnapshot, listingCounts, listingEnd, organisation, portalCore, portalEmulator, portalQuotaPerSecond, seconds, signIn } from './portal-bench';

const accounts = 1000;
const rolesPerAccount = 3;
const newAccounts = 5;

export async function portalRefresh(): Promise<BenchOutput> {
  const emulator = await portalEmulator(organisation(accounts, rolesPerAccount));
  const core = portalCore(emulator);
  try {
    const { harness, timeline } = core;
    const instanceId = await addInstance(core);
    const listed = listingEnd(core, instanceId, (accounts / portalQuotaPerSecond) * 3_000 + 60_000);
    await signIn(core, instanceId);
    await listed;
    await cachedOnDisk(core, instanceId, accounts);
    const before = await harness.call('portal:get-snapshot', { instanceId });
    checkSnapshot(before, accounts, rolesPerAccount);

    const added = emulator.admin.addGeneratedAccounts({ accounts: newAccounts, rolesPerAccount });
    const newIds = added.map((account) => account.accountId);
    // What the page holds: the snapshot, then every change the events carry.
    const page = new Map<string, PortalAccount>(before.accounts.map((account) => [account.accountId, account]));
    let atShown = { calls: 0, throttled: 0 };
    let wasReset = false;
    const shown = timeline.until(
      'portal-changed',
      (change) => {
        if (change.instanceId !== instanceId) return false;
        for (const part of change.changes) {
          // Never throw here: the test runs inside the core's emit.
          if (part.kind === 'reset') wasReset = true;
          else if (part.kind === 'accounts-removed') for (const accountId of part.accountIds) page.delete(accountId);
          else for (const account of part.accounts) page.set(account.accountId, account);
        }
        const done = wasReset || newIds.every((accountId) => page.get(accountId)?.roles.status === 'loaded');
        if (done) atShown = listingCounts(emulator);
        return done;
      },
      `the ${newAccounts} new accounts with their roles`,
      60_000,
    );
    emulator.admin.resetCounts();
    const started = performance.now();
    await harness.call('portal:refresh', { instanceId });
    const { at } = await shown;
    if (wasReset) throw new Error('The list was reset during the refresh');
    const snapshot = await harness.call('portal:get-snapshot', { instanceId });
    for (const accountId of newIds) {
      const account = snapshot.accounts.find((candidate) => candidate.accountId === accountId);
      if (account?.roles.status !== 'loaded' || account.roles.names.length !== rolesPerAccount) throw new Error(`New account ${accountId} is not in the snapshot with its roles`);
    }
    if (snapshot.accounts.length !== accounts + newAccounts) throw new Error(`The refreshed list has ${snapshot.accounts.length} accounts, expected ${accounts + newAccounts}`);
    const secondsUntilNewShown = seconds(started, at);
    return {
      lines: [{ bench: 'refresh', accounts, newAccounts, secondsUntilNewShown: round(secondsUntilNewShown), calls: atShown.calls, throttled: atShown.throttled }],
      figures: [
        { name: `refresh of ${accounts} cached accounts: ${newAccounts} new ones shown`, value: secondsUntilNewShown, unit: 's', note: `${atShown.calls} calls, ${atShown.throttled} throttled, after portal:refresh` },
      ],
    };
  } finally {
    await core.dispose();
    await emulator.close();
  }
}
