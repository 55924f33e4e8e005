// The portal list on disk, one file per instance, so the next start shows it at once. Nothing
// secret: account ids, names, emails, role names. Versioned and zod-checked; written atomically
// through the FileSystem port. A file that is corrupt, truncated, or from another version (older
// or newer) is set aside byte for byte (`.unreadable-<time>`) and the list is rebuilt: the user
// loses nothing, and the app never stops over a cache.
import { join } from 'node:path';
import { z } from 'zod';
import { PortalAccountSchema, type PortalAccount } from '../model/portal';
import type { FileSystem } from '../ports/file-system';
import type { Logger } from '../ports/logger';

export const portalCacheVersion = 1;

const PortalCacheFile = z.object({
  version: z.literal(portalCacheVersion),
  instanceId: z.string(),
  savedAt: z.number(),
  refreshedAt: z.number().optional(),
  accounts: z.array(PortalAccountSchema),
});

export interface CachedPortal {
  readonly accounts: readonly PortalAccount[];
  readonly savedAt: number;
  readonly refreshedAt?: number;
}

export class PortalCache {
  constructor(
    /** `<user data>/portal-cache`; undefined keeps the list in memory only (the dev web host). */
    private readonly folder: string | undefined,
    private readonly files: FileSystem,
    private readonly logger: Logger,
    private readonly now: () => number,
  ) {}

  async load(instanceId: string): Promise<CachedPortal | undefined> {
    if (!this.folder) return undefined;
    const path = this.#path(instanceId);
    let text: string | undefined;
    try {
      text = await this.files.readText(path);
    } catch (error) {
      this.logger.warn('Could not read the portal cache; listing afresh', { instanceId, error });
      return undefined;
    }
    if (text === undefined) return undefined;
    const parsed = parse(text);
    if (parsed && parsed.instanceId === instanceId) return { accounts: parsed.accounts, savedAt: parsed.savedAt, ...(parsed.refreshedAt ? { refreshedAt: parsed.refreshedAt } : {}) };
    await this.#setAside(path, text, instanceId);
    return undefined;
  }

  async save(instanceId: string, accounts: readonly PortalAccount[], refreshedAt: number | undefined): Promise<void> {
    if (!this.folder) return;
    const file = { version: portalCacheVersion, instanceId, savedAt: this.now(), ...(refreshedAt ? { refreshedAt } : {}), accounts };
    try {
      await this.files.writeTextAtomic(this.#path(instanceId), JSON.stringify(file), { mode: 0o600 });
    } catch (error) {
      // The list still works; only the instant start next time is lost.
      this.logger.warn('Could not write the portal cache', { instanceId, error });
    }
  }

  async remove(instanceId: string): Promise<void> {
    if (!this.folder) return;
    await this.files.remove(this.#path(instanceId)).catch((error: unknown) => this.logger.warn('Could not remove the portal cache', { instanceId, error }));
  }

  #path(instanceId: string): string {
    // Instance ids are validated ([A-Za-z0-9-]); the name cannot leave the folder.
    return join(this.folder ?? '', `${instanceId.replace(/[^A-Za-z0-9-]/g, '_')}.json`);
  }

  async #setAside(path: string, text: string, instanceId: string): Promise<void> {
    const aside = `${path}.unreadable-${this.now()}`;
    this.logger.warn('The portal cache could not be used; kept aside and listing afresh', { instanceId, aside });
    await this.files.writeTextAtomic(aside, text, { mode: 0o600 }).catch(() => undefined);
    await this.files.remove(path).catch(() => undefined);
  }
}

function parse(text: string): z.infer<typeof PortalCacheFile> | undefined {
  try {
    const result = PortalCacheFile.safeParse(JSON.parse(text));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}
