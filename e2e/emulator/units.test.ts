// The pure parts: PKCE and redirect matching, page tokens, HTML escaping, settings patches,
// fixture validation messages and the generator's determinism.
import { describe, expect, it } from 'vitest';
import { normaliseStartUrl, parseOrganisation } from './fixture';
import { createHash } from 'node:crypto';
import { generateAccounts, generateOrganisation, parseGenerateSpec } from './generate';
import { normaliseUserCode } from './ids';
import { escapeHtml } from './pages';
import { decodeNextToken, encodeNextToken, paginate } from './pagination';
import { isValidCodeChallenge, redirectUriMatches, s256Challenge, verifyS256 } from './pkce';
import { applySettingsPatch, defaultSettings } from './settings';

describe('PKCE', () => {
  it('computes the RFC 7636 appendix B example', () => {
    expect(s256Challenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it.each([
    ['dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk', 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', true],
    ['dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXK', 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', false],
    ['too-short', s256Challenge('too-short'), false],
    ['dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk', 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM=', false],
  ])('verifyS256(%s, %s) is %s', (verifier, challenge, expected) => {
    expect(verifyS256(verifier, challenge)).toBe(expected);
  });

  it('accepts only 43-character base64url challenges', () => {
    expect(isValidCodeChallenge('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM')).toBe(true);
    expect(isValidCodeChallenge('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw+cM')).toBe(false);
    expect(isValidCodeChallenge('short')).toBe(false);
  });

  it.each([
    ['http://127.0.0.1/oauth/callback', 'http://127.0.0.1:54321/oauth/callback', true],
    ['http://127.0.0.1:8000/oauth/callback', 'http://127.0.0.1:9000/oauth/callback', true],
    ['http://[::1]/cb', 'http://[::1]:4000/cb', true],
    ['http://127.0.0.1/oauth/callback', 'http://127.0.0.1:54321/oauth/other', false],
    ['http://127.0.0.1/oauth/callback', 'http://127.0.0.2:54321/oauth/callback', false],
    ['http://127.0.0.1/oauth/callback', 'https://127.0.0.1:54321/oauth/callback', false],
    ['http://127.0.0.1/oauth/callback', 'http://127.0.0.1:54321/oauth/callback?x=1', false],
    ['https://app.example.com/cb', 'https://app.example.com:8443/cb', false],
    ['https://app.example.com/cb', 'https://app.example.com/cb', true],
    ['http://127.0.0.1/oauth/callback', 'not a url', false],
  ])('registered %s matches %s: %s', (registered, requested, expected) => {
    expect(redirectUriMatches(registered, requested)).toBe(expected);
  });
});

describe('page tokens', () => {
  it('round-trip and stay bound to their listing', () => {
    const token = encodeNextToken({ listing: 'roles:111111111111', offset: 40 });
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeNextToken(token, 'roles:111111111111')).toBe(40);
    expect(decodeNextToken(token, 'roles:222222222222')).toBeUndefined();
    expect(decodeNextToken(token, 'accounts')).toBeUndefined();
  });

  it.each(['', 'garbage', '%%%', Buffer.from('{"v":1,"l":"accounts","o":-1}').toString('base64url'), Buffer.from('[1]').toString('base64url')])('rejects %j', (token) => {
    expect(decodeNextToken(token, 'accounts')).toBeUndefined();
  });

  it('gives the last page an explicit nextToken: null, like the real portal', () => {
    const all = Array.from({ length: 5 }, (_, index) => index);
    const first = paginate(all, 'x', 0, 2);
    expect(first.items).toEqual([0, 1]);
    expect(decodeNextToken(first.nextToken ?? '', 'x')).toBe(2);
    const last = paginate(all, 'x', 4, 2);
    expect(last).toStrictEqual({ items: [4], nextToken: null });
    expect(paginate(all, 'x', 3, 2)).toStrictEqual({ items: [3, 4], nextToken: null });
    expect(paginate([], 'x', 0, 2)).toStrictEqual({ items: [], nextToken: null });
  });
});

describe('escapeHtml', () => {
  it('escapes every character that can break out of text or an attribute', () => {
    expect(escapeHtml(`<script>alert("x")</script> O'Hara & co`)).toBe('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; O&#39;Hara &#38; co');
  });
});

describe('user codes and start URLs', () => {
  it('normalises what people type', () => {
    expect(normaliseUserCode('bxqn kwft')).toBe('BXQN-KWFT');
    expect(normaliseUserCode('BXQN-KWFT')).toBe('BXQN-KWFT');
    expect(normaliseStartUrl('https://d-1234567890.awsapps.com/start/#')).toBe('https://d-1234567890.awsapps.com/start');
  });
});

describe('settings patches', () => {
  it('merge lifetimes key by key, replace faults, clear autoApproveUser with null', () => {
    const base = applySettingsPatch(defaultSettings(), { lifetimes: { accessTokenSeconds: 60 }, faults: { errorRate: 0.5, operations: ['CreateToken'] }, autoApproveUser: 'alice' });
    expect(base.lifetimes).toMatchObject({ accessTokenSeconds: 60, refreshTokenSeconds: 28800 });
    const next = applySettingsPatch(base, { faults: { dropRate: 0.1 }, autoApproveUser: null });
    expect(next.faults).toEqual({ dropRate: 0.1 });
    expect(next.autoApproveUser).toBeUndefined();
    expect(next.lifetimes.accessTokenSeconds).toBe(60);
  });

  it('default to the collective portal quota of 20 and keep failing accounts in faults', () => {
    expect(defaultSettings()).toMatchObject({ rateLimitPerSecond: 20, portalRateLimitPerSecond: 20, faults: {} });
    const next = applySettingsPatch(defaultSettings(), { portalRateLimitPerSecond: 0, faults: { failAccounts: ['111111111111'], failAccountsStatus: 404 } });
    expect(next).toMatchObject({ rateLimitPerSecond: 20, portalRateLimitPerSecond: 0, faults: { failAccounts: ['111111111111'], failAccountsStatus: 404 } });
  });

  it.each([
    { latencyMs: -1 },
    { faults: { errorRate: 2 } },
    { lifetimes: { accessTokenSeconds: 0 } },
    { nonsense: true },
    { portalRateLimitPerSecond: -1 },
    { faults: { failAccounts: ['1111'] } },
    { faults: { failAccounts: ['111111111111'], failAccountsStatus: 200 } },
  ])('rejects %j', (patch) => {
    expect(() => applySettingsPatch(defaultSettings(), patch)).toThrow(/Invalid settings/);
  });
});

const validInstance = {
  startUrl: 'https://d-1111111111.awsapps.com/start',
  region: 'eu-west-1',
  users: [{ userName: 'alice', displayName: 'Alice', assignments: { '111111111111': ['ReadOnlyAccess'] } }],
  accounts: [{ accountId: '111111111111', accountName: 'prod', emailAddress: 'a@example.com' }],
};

describe('fixture validation', () => {
  it('accepts a valid organisation', () => {
    expect(parseOrganisation({ instances: [validInstance] }).instances[0]?.users[0]?.userName).toBe('alice');
  });

  it.each([
    [{ instances: [] }, 'instances: at least one instance is required'],
    [{ instances: [{ ...validInstance, accounts: [{ ...validInstance.accounts[0], accountId: '12345' }] }] }, 'instances[0].accounts[0].accountId: an account id is exactly 12 digits'],
    [{ instances: [{ ...validInstance, startUrl: 'http://insecure.example.com/start' }] }, 'instances[0].startUrl: startUrl must be an https URL'],
    [{ instances: [{ ...validInstance, region: 'Europe' }] }, 'instances[0].region: region looks like eu-west-1'],
    [{ instances: [{ ...validInstance, users: [{ userName: 'alice', displayName: 'A', assignments: { '999999999999': ['Admin'] } }] }] }, "instances[0].users[0].assignments.999999999999: account 999999999999 is not in this instance's accounts"],
    [{ instances: [{ ...validInstance, users: [{ userName: 'alice', displayName: 'A', assignments: { '111111111111': ['bad role!'] } }] }] }, 'instances[0].users[0].assignments.111111111111[0]: a role name is 1-64'],
    [{ instances: [validInstance, { ...validInstance, startUrl: `${validInstance.startUrl}/` }] }, 'instances[1].startUrl: duplicate startUrl'],
    [{ instances: [{ ...validInstance, accounts: [validInstance.accounts[0], validInstance.accounts[0]] }] }, 'instances[0].accounts[1].accountId: duplicate account id 111111111111'],
  ])('rejects %#: %s', (value, message) => {
    expect(() => parseOrganisation(value, 'fixture x.json')).toThrow(message);
  });

  it('names the source in the message', () => {
    expect(() => parseOrganisation({}, 'organisation fixture org.json')).toThrow(/^Invalid organisation fixture org.json:\n {2}- instances: /);
  });
});

describe('generateOrganisation', () => {
  it('is deterministic and produces valid, unique accounts', () => {
    const a = generateOrganisation({ accounts: 500, rolesPerAccount: 4 });
    const b = generateOrganisation({ accounts: 500, rolesPerAccount: 4 });
    expect(a).toEqual(b);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(generateOrganisation({ accounts: 500, rolesPerAccount: 4, seed: 2 })).not.toEqual(a);
    const instance = parseOrganisation(a).instances[0];
    expect(new Set(instance?.accounts.map((account) => account.accountId)).size).toBe(500);
    expect(Object.keys(instance?.users[0]?.assignments ?? {})).toHaveLength(500);
    expect(Object.keys(instance?.users[1]?.assignments ?? {})).toHaveLength(250);
    expect(instance?.users[0]?.assignments[instance.accounts[0]?.accountId ?? '']).toEqual(['AdministratorAccess', 'ReadOnlyAccess', 'PowerUserAccess', 'Billing']);
  });

  it('makes 5,000 accounts × 4 roles quickly and identically every time', () => {
    const started = performance.now();
    const org = generateOrganisation({ accounts: 5000, rolesPerAccount: 4 });
    expect(performance.now() - started).toBeLessThan(2_000); // about 20 ms alone; generous for a busy machine
    const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
    expect(digest(generateOrganisation({ accounts: 5000, rolesPerAccount: 4 }))).toBe(digest(org));
    const instance = parseOrganisation(org).instances[0];
    expect(new Set(instance?.accounts.map((account) => account.accountId)).size).toBe(5000);
    expect(instance?.accounts.at(-1)?.accountName).toMatch(/^[a-z-]+-5000$/);
    expect(Object.keys(instance?.users[0]?.assignments ?? {})).toHaveLength(5000);
  });

  it('generates accounts to add: seeded, numbered from firstNumber, never a taken id', () => {
    const first = generateAccounts({ accounts: 3, rolesPerAccount: 2 });
    expect(generateAccounts({ accounts: 3, rolesPerAccount: 2 })).toEqual(first);
    // Same draws as generateOrganisation, so the first accounts of both agree.
    expect(first.map(({ accountId, accountName, emailAddress }) => ({ accountId, accountName, emailAddress }))).toEqual(generateOrganisation({ accounts: 3, rolesPerAccount: 2 }).instances[0]?.accounts);
    expect(first[0]?.roles).toEqual(['AdministratorAccess', 'ReadOnlyAccess']);
    const taken = new Set(first.map((account) => account.accountId));
    const more = generateAccounts({ accounts: 3, rolesPerAccount: 1, firstNumber: 4, takenIds: taken });
    expect(more.some((account) => taken.has(account.accountId))).toBe(false);
    expect(more.map((account) => account.accountName.slice(-4))).toEqual(['0004', '0005', '0006']);
  });

  it('names roles beyond the built-in list and parses the CLI spec', () => {
    const org = generateOrganisation({ accounts: 1, rolesPerAccount: 13, users: ['carol'], startUrl: 'https://big.awsapps.com/start', region: 'ap-southeast-2' });
    expect(Object.values(org.instances[0]?.users[0]?.assignments ?? {})[0]?.slice(-2)).toEqual(['CustomRole012', 'CustomRole013']);
    expect(org.instances[0]).toMatchObject({ startUrl: 'https://big.awsapps.com/start', region: 'ap-southeast-2' });
    expect(parseGenerateSpec('5000x4')).toEqual({ accounts: 5000, rolesPerAccount: 4 });
    expect(() => parseGenerateSpec('5000')).toThrow(/ACCOUNTSxROLES/);
  });
});
