// The user's list of IAM Identity Center instances: add (validated, normalised, no duplicates,
// the name cleaned of control characters), rename, change the sign-in method, remove. The one list every area follows (sessions now, the
// portal cache next): they subscribe to onDidChange instead of being told by handlers. Persisted
// in the settings; secrets are the session manager's business, not this list's.
import { randomUUID } from 'node:crypto';
import { Emitter } from '../events/emitter';
import { AppError } from '../ipc/result';
import { cleanDisplayName, defaultDisplayName, type Instance, type SignInMethod } from '../model/instance';
import { checkStartUrl, sameStartUrl } from '../model/start-url';
import type { LiveSettings } from '../settings/live-settings';

export interface NewInstance {
  readonly startUrl: string;
  readonly region: string;
  readonly displayName?: string | undefined;
  readonly signInMethod?: SignInMethod | undefined;
}

export interface InstanceChanges {
  readonly displayName?: string | undefined;
  readonly signInMethod?: SignInMethod | undefined;
}

/** Runs before an instance leaves the list; a rejection keeps it in the list (sign-out failed). */
export type WillRemoveListener = (instance: Instance) => Promise<void>;

/** What the catalog offers to the areas that follow it. */
export interface InstanceList {
  list(): readonly Instance[];
  readonly onDidChange: (listener: (instances: readonly Instance[]) => void) => () => void;
  onWillRemove(listener: WillRemoveListener): () => void;
}

export class InstanceCatalog implements InstanceList {
  readonly #changed = new Emitter<readonly Instance[]>();
  readonly #willRemove = new Set<WillRemoveListener>();
  readonly onDidChange = this.#changed.event;

  constructor(
    private readonly settings: LiveSettings,
    private readonly newId: () => string = randomUUID,
  ) {}

  list(): readonly Instance[] {
    return this.settings.current.instances;
  }

  get(instanceId: string): Instance {
    const instance = this.list().find((candidate) => candidate.id === instanceId);
    if (!instance) throw new AppError('not-found', 'This IAM Identity Center instance is no longer in the list.');
    return instance;
  }

  onWillRemove(listener: WillRemoveListener): () => void {
    this.#willRemove.add(listener);
    return () => this.#willRemove.delete(listener);
  }

  async add(input: NewInstance): Promise<Instance> {
    const checked = checkStartUrl(input.startUrl, input.region);
    if (!checked.ok) throw new AppError(checked.code, checked.message);
    const instance: Instance = {
      id: this.newId(),
      startUrl: checked.startUrl,
      region: checked.region,
      partition: checked.partition,
      displayName: cleanDisplayName(input.displayName ?? '') || defaultDisplayName(checked.startUrl),
      signInMethod: input.signInMethod ?? 'browser',
    };
    await this.#save((instances) => {
      // Checked against the newest list: two adds of one URL at once must not both pass.
      const existing = instances.find((candidate) => sameStartUrl(candidate.startUrl, checked.startUrl));
      if (existing) throw new AppError('duplicate-instance', `This start URL is already in the list as "${existing.displayName}".`);
      return [...instances, instance];
    });
    return instance;
  }

  async update(instanceId: string, changes: InstanceChanges): Promise<Instance> {
    this.get(instanceId);
    // A name with nothing left after cleaning (only spaces or controls) keeps the current one.
    const displayName = cleanDisplayName(changes.displayName ?? '');
    let updated: Instance | undefined;
    await this.#save((instances) =>
      instances.map((instance) => {
        if (instance.id !== instanceId) return instance;
        updated = {
          ...instance,
          ...(displayName ? { displayName } : {}),
          ...(changes.signInMethod ? { signInMethod: changes.signInMethod } : {}),
        };
        return updated;
      }),
    );
    if (!updated) throw new AppError('not-found', 'This IAM Identity Center instance is no longer in the list.');
    return updated;
  }

  /** Lets the followers let go first (sign-out, secrets deleted), then removes the instance. */
  async remove(instanceId: string): Promise<void> {
    const instance = this.get(instanceId);
    for (const listener of [...this.#willRemove]) await listener(instance);
    await this.#save((instances) => instances.filter((candidate) => candidate.id !== instanceId));
  }

  async #save(change: (instances: readonly Instance[]) => readonly Instance[]): Promise<void> {
    const next = await this.settings.update((current) => ({ ...current, instances: [...change(current.instances)] }));
    this.#changed.fire(next.instances);
  }
}
