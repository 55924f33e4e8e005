import { describe, expect, it } from 'vitest';
import { createPortalSearchIndex, foldForSearch, highlightParts, mergeRanges, queryWords, type SearchDocument } from './portal-search';

const account = (key: string, accountName: string, roles: string[], extra: Partial<SearchDocument> = {}): SearchDocument => ({
  key,
  accountId: extra.accountId ?? key.padStart(12, '0'),
  accountName,
  emailAddress: extra.emailAddress ?? `aws+${accountName}@example.com`,
  roles,
  ...(extra.alias ? { alias: extra.alias } : {}),
});

const documents: SearchDocument[] = [
  account('a', 'payments-prod', ['AdministratorAccess', 'ReadOnlyAccess'], { accountId: '111111111111' }),
  account('b', 'payments-staging', ['PowerUserAccess', 'ReadOnlyAccess'], { accountId: '222222222222' }),
  account('c', 'management', ['Billing', 'ReadOnlyAccess'], { accountId: '123456789012', emailAddress: 'aws-root@example.com' }),
  account('d', 'checkout-prod', ['PowerUserAccess'], { alias: 'Shop (live)' }),
  account('e', '<script>alert("pwned")</script> O\'Hara & "quoted"', ['ReadOnlyAccess']),
  account('f', 'Ünïcôdé Äccount', ['ViewOnlyAccess']),
  account('g', 'حساب-الإنتاج', ['ViewOnlyAccess']),
  account('h', 'prod', ['ViewOnlyAccess']),
  account('i', 'billing-finance', ['Billing']),
  account('j', 'production-data', ['DataScientist']),
  account('k', 'emoji 🚀 launch', ['ViewOnlyAccess']),
];
const index = createPortalSearchIndex(documents);
const keys = (query: string) => index.search(query).map((hit) => hit.key);

describe('portal search: which accounts, in which order', () => {
  it.each<[string, string, string[]]>([
    ['a word of the name', 'payments', ['a', 'b']],
    ['a missing letter', 'paymnts', ['a', 'b']],
    ['two letters swapped', 'paymetns', ['a', 'b']],
    ['a wrong letter', 'paynents', ['a', 'b']],
    ['an extra letter', 'paymeents', ['a', 'b']],
    ['upper case', 'PAYMENTS', ['a', 'b']],
    ['two words, both needed', 'payments prod', ['a']],
    ['two words in any order', 'prod payments', ['a']],
    ['a word and a typo', 'paymnts staging', ['b']],
    ['the whole id', '111111111111', ['a']],
    ['part of an id', '4567890', ['c']],
    ['the email', 'root@', ['c']],
    ['the alias', 'shop', ['d']],
    ['the name behind an alias', 'checkout', ['d']],
    ['a role', 'admin', ['a']],
    ['a role and the account', 'admin staging', []],
    // Equal scores go by display name (punctuation sorts first).
    ['a role in several accounts, by name', 'readonly', ['e', 'c', 'a', 'b']],
    ['HTML in a name, as text', '<script>', ['e']],
    ['a quote and an ampersand', "o'hara &", ['e']],
    ['accents ignored', 'unicode', ['f']],
    ['right-to-left text', 'الإنتاج', ['g']],
    ['an emoji', '🚀', ['k']],
    ['a whole name, a prefix, then the start of a word', 'prod', ['h', 'j', 'a', 'd']],
    ['a name before a role of the same word', 'billing', ['i', 'c']],
    ['a substring before a typo', 'produc', ['j']],
    ['short words need no typo', 'ec2', []],
    ['nothing like it', 'zzzzqqq', []],
    ['no words', '   ', []],
  ])('%s: %j', (_name, query, expected) => {
    expect(keys(query)).toEqual(expected);
  });

  it('an id typo finds nothing: ids are matched as typed', () => {
    expect(keys('111111111112')).toEqual([]);
  });

  it('says whether a hit is about its roles or the account', () => {
    const [admin] = index.search('admin');
    expect(admin).toMatchObject({ key: 'a', viaRoles: true, fields: {} });
    expect([...admin!.roles]).toEqual([['AdministratorAccess', [0, 5]]]);
    const [name] = index.search('payments-prod');
    expect(name?.viaRoles).toBe(false);
    // "payments readonly": the account by name and the role by the second word.
    const [both] = index.search('payments readonly');
    expect(both).toMatchObject({ key: 'a', viaRoles: true });
    expect(both!.fields.name).toEqual([0, 8]);
    expect(both!.fields.email).toEqual([4, 12]);
    expect([...both!.roles.keys()]).toEqual(['ReadOnlyAccess']);
  });

  it('gives the ranges of every word in the fields they matched', () => {
    const [hit] = index.search('prod payments');
    expect(hit?.fields.name).toEqual([0, 8, 9, 13]);
    const [typo] = index.search('paymnts');
    expect(typo?.fields.name).toEqual([0, 8]);
    const [alias] = index.search('live');
    expect(alias?.fields.alias).toEqual([6, 10]);
  });

  it('searches 5,000 accounts × 4 roles: a typo finds its accounts, one letter finds them all', () => {
    const roles = ['AdministratorAccess', 'ReadOnlyAccess', 'PowerUserAccess', 'Billing'];
    const teams = ['payments', 'ledger', 'search', 'identity', 'checkout', 'catalog', 'analytics', 'platform'];
    const big = Array.from({ length: 5_000 }, (_, n) =>
      account(String(n), `${teams[n % teams.length]}-${['prod', 'dev', 'qa'][n % 3]}-${String(n).padStart(4, '0')}`, roles, { accountId: String(100_000_000_000 + n * 7919) }),
    );
    const bigIndex = createPortalSearchIndex(big);
    // Speed is the benchmarks' business (no timed assertion here: a loaded machine made it flake).
    expect(bigIndex.search('ledgr prod').length).toBeGreaterThan(100);
    expect(bigIndex.search('a').length).toBe(5_000);
  });
});

describe('portal search helpers', () => {
  it.each<[string, string[]]>([
    ['  Payments   PROD ', ['payments', 'prod']],
    ['Ünï', ['uni']],
    ['a b c d e f g h i j', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']],
    ['', []],
  ])('queryWords(%j)', (query, words) => {
    expect(queryWords(query)).toEqual(words);
  });

  it('folds without moving characters', () => {
    for (const text of ['İstanbul', 'Ünïcôdé', 'ÀÉÎÕÜ', 'emoji 🚀', 'حساب']) expect(foldForSearch(text)).toHaveLength(text.length);
    expect(foldForSearch('ÀÉÎÕÜ')).toBe('aeiou');
  });

  it.each<[number[], number[], number[]]>([
    [[0, 2], [4, 6], [0, 2, 4, 6]],
    [[4, 6], [0, 2], [0, 2, 4, 6]],
    [[0, 4], [2, 6], [0, 6]],
    [[0, 2], [2, 4], [0, 4]],
    [[], [1, 3], [1, 3]],
  ])('mergeRanges(%j, %j)', (a, b, merged) => {
    expect(mergeRanges(a, b)).toEqual(merged);
  });

  it.each<[string, number[] | undefined, [string, boolean][]]>([
    ['payments-prod', [0, 8], [['payments', true], ['-prod', false]]],
    ['payments-prod', [0, 3, 9, 13], [['pay', true], ['ments-', false], ['prod', true]]],
    ['abc', undefined, [['abc', false]]],
    ['abc', [1, 99], [['a', false], ['bc', true]]],
    ['', [0, 2], []],
  ])('highlightParts(%j, %j)', (text, ranges, parts) => {
    expect(highlightParts(text, ranges).map((part) => [part.text, part.match])).toEqual(parts);
  });
});
