// The user's list of IAM Identity Center instances: add (validated, normalised, no duplicates),
// rename, change the sign-in method, remove. Persisted through the SettingsStore; secrets are the
// session manager's business, not this list's.
import { randomUUID } from 'node:crypto';
import { Emitter } from '../events/emitter';
import { AppError } from '../ipc/result';
import { defaultDisplayName, type Instance, type SignInMethod } from '../model/instance';
import { checkStartUrl, sameStartUrl } from '../model/start-url';
import type { Settings } from '../settings/settings-schema';
import type { SettingsStore } from '../settings/settings-store';

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

export class InstanceCatalog {
  #settings: Settings;
  readonly #changed = new Emitter<readonly Instance[]>();
  readonly onDidChange = this.#changed.event;

  constructor(
    settings: Settings,
    private readonly store: SettingsStore,
    private readonly newId: () => string = randomUUID,
  ) {
    this.#settings = settings;
  }

  list(): readonly Instance[] {
    return this.#settings.instances;
  }

  get(instanceId: string): Instance {
    const instance = this.#settings.instances.find((candidate) => candidate.id === instanceId);
    if (!instance) throw new AppError('not-found', 'This IAM Identity Center instance is no longer in the list.');
    return instance;
  }

  async add(input: NewInstance): Promise<Instance> {
    const checked = checkStartUrl(input.startUrl, input.region);
    if (!checked.ok) throw new AppError(checked.code, checked.message);
    const existing = this.#settings.instances.find((instance) => sameStartUrl(instance.startUrl, checked.startUrl));
    if (existing) {
      throw new AppError('duplicate-instance', `This start URL is already in the list as "${existing.displayName}".`);
    }
    const instance: Instance = {
      id: this.newId(),
      startUrl: checked.startUrl,
      region: checked.region,
      partition: checked.partition,
      displayName: input.displayName?.trim() || defaultDisplayName(checked.startUrl),
      signInMethod: input.signInMethod ?? 'browser',
    };
    await this.#save([...this.#settings.instances, instance]);
    return instance;
  }

  async update(instanceId: string, changes: InstanceChanges): Promise<Instance> {
    const current = this.get(instanceId);
    const updated: Instance = {
      ...current,
      ...(changes.displayName?.trim() ? { displayName: changes.displayName.trim() } : {}),
      ...(changes.signInMethod ? { signInMethod: changes.signInMethod } : {}),
    };
    await this.#save(this.#settings.instances.map((instance) => (instance.id === instanceId ? updated : instance)));
    return updated;
  }

  async remove(instanceId: string): Promise<void> {
    this.get(instanceId);
    await this.#save(this.#settings.instances.filter((instance) => instance.id !== instanceId));
  }

  async #save(instances: readonly Instance[]): Promise<void> {
    const next: Settings = { ...this.#settings, instances: [...instances] };
    await this.store.save(next);
    this.#settings = next;
    this.#changed.fire(next.instances);
  }
}
