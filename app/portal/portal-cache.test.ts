import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NodeFileSystem } from '../files/node-file-system';
import type { PortalAccount } from '../model/portal';
import { silentLogger } from '../ports/logger';
import { PortalCache, portalCacheVersion } from './portal-cache';

const accounts: PortalAccount[] = [
  { accountId: '111111111111', accountName: 'payments-prod', emailAddress: 'p@example.com', roles: { status: 'loaded', names: ['Admin', 'ReadOnly'], checkedAt: 5 } },
  { accountId: '222222222222', accountName: '<script>x</script>', emailAddress: 'x@example.com', roles: { status: 'pending' } },
];

let folder: string;
const cache = () => new PortalCache(folder, new NodeFileSystem(), silentLogger, () => 1_000);

beforeEach(() => {
  folder = join(mkdtempSync(join(tmpdir(), 'sso-tray-cache-')), 'portal-cache');
});
afterEach(() => rmSync(join(folder, '..'), { recursive: true, force: true }));

describe('PortalCache', () => {
  it('round-trips a list, written 0600 and atomically (no temporary file left)', async () => {
    await cache().save('i-1', accounts, 900);
    expect(await cache().load('i-1')).toEqual({ accounts, savedAt: 1_000, refreshedAt: 900 });
    expect(statSync(join(folder, 'i-1.json')).mode & 0o777).toBe(0o600);
    expect(readdirSync(folder)).toEqual(['i-1.json']);
  });

  it('has nothing for an instance it never saw', async () => {
    expect(await cache().load('i-2')).toBeUndefined();
  });

  it.each([
    ['corrupt', '{ not json'],
    ['truncated', JSON.stringify({ version: portalCacheVersion, instanceId: 'i-1', savedAt: 1, accounts }).slice(0, 120)],
    ['from an older version', JSON.stringify({ version: 0, instanceId: 'i-1', savedAt: 1, accounts })],
    ['from a newer version', JSON.stringify({ version: portalCacheVersion + 1, instanceId: 'i-1', savedAt: 1, accounts })],
    ['for another instance', JSON.stringify({ version: portalCacheVersion, instanceId: 'i-9', savedAt: 1, accounts })],
  ])('sets a file that is %s aside byte for byte and lists afresh', async (_name, text) => {
    await cache().save('i-1', accounts, undefined);
    writeFileSync(join(folder, 'i-1.json'), text);
    expect(await cache().load('i-1')).toBeUndefined();
    const files = readdirSync(folder);
    expect(files).toEqual(['i-1.json.unreadable-1000']);
    expect(readFileSync(join(folder, 'i-1.json.unreadable-1000'), 'utf8')).toBe(text);
    // The next save works as if nothing had happened.
    await cache().save('i-1', accounts, 900);
    expect((await cache().load('i-1'))?.accounts).toEqual(accounts);
  });

  it('keeps everything in memory when it has no folder', async () => {
    const memoryOnly = new PortalCache(undefined, new NodeFileSystem(), silentLogger, () => 1);
    await memoryOnly.save('i-1', accounts, 1);
    expect(await memoryOnly.load('i-1')).toBeUndefined();
  });

  it('forgets an instance', async () => {
    await cache().save('i-1', accounts, 1);
    await cache().remove('i-1');
    expect(await cache().load('i-1')).toBeUndefined();
  });
});
