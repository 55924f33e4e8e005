// Opaque `next_token` values for ListAccounts / ListAccountRoles. The token names the listing it
// belongs to, so a token from one listing (or a made-up one) is rejected instead of silently
// restarting, which is how real pagination bugs in clients become visible.

interface Cursor {
  /** Which listing: e.g. "accounts" or "roles:123456789012". */
  listing: string;
  offset: number;
}

export function encodeNextToken(cursor: Cursor): string {
  return Buffer.from(JSON.stringify({ v: 1, l: cursor.listing, o: cursor.offset }), 'utf8').toString('base64url');
}

/** Decodes a token for `listing`; undefined when it is malformed or belongs to another listing. */
export function decodeNextToken(token: string, listing: string): number | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null) return undefined;
    const { v, l, o } = value as Record<string, unknown>;
    if (v !== 1 || l !== listing || typeof o !== 'number' || !Number.isInteger(o) || o < 0) return undefined;
    return o;
  } catch {
    return undefined;
  }
}

export interface Page<T> {
  items: T[];
  /** null on the last page: the real portal sends `"nextToken": null` there (docs/aws-wire.md §2). */
  nextToken: string | null;
}

/**
 * Slices one page. The last page says `nextToken: null` explicitly, like the real portal: clients
 * that stop only on a missing key (or only on null) both meet what production sends. Offsets are
 * positions, so an organisation changed between two pages (admin API) can skip or repeat an item.
 */
export function paginate<T>(all: readonly T[], listing: string, offset: number, pageSize: number): Page<T> {
  const end = offset + pageSize;
  const items = all.slice(offset, end);
  return { items, nextToken: end < all.length ? encodeNextToken({ listing, offset: end }) : null };
}
