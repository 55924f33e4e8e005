// Renders the whole App signed in to one or more instances with portal lists, as a person sees it
// after signing in. happy-dom lays nothing out, so the list's scroll box is given the portal
// window's size (380 x 600) for the virtualiser to work with.
import { act, render } from '@testing-library/react';
import { App } from '../app';
import type { InstanceView } from '../../../app/model/instance-view';
import type { PortalAccount, PortalProgress } from '../../../app/model/portal';
import type { Preferences } from '../../../app/model/preferences';
import { createAppStore, type AppStore } from '../store/app-store';
import { AppStoreProvider } from '../store/app-store-context';
import { fakeDesktop, type FakeAnswers, type FakeDesktop } from './fake-desktop';
import { instanceView } from './sample-instances';
import { ok, preferencesWith, snapshotOf } from './sample-portal';

export const signedIn = (id: string, displayName = id): InstanceView =>
  instanceView({ id, displayName, session: { kind: 'signed-in', accessTokenExpiresAt: Date.now() + 3_600_000 } });

export interface PortalFixture {
  readonly instances?: readonly InstanceView[];
  /** Accounts per instance id (default: every instance gets `accounts`). */
  readonly accounts?: readonly PortalAccount[] | Readonly<Record<string, readonly PortalAccount[]>>;
  readonly progress?: Partial<PortalProgress>;
  readonly preferences?: Preferences;
  readonly answers?: FakeAnswers;
}

/** Gives elements with `className` a layout size (happy-dom has no layout). */
export function fakeLayout(className: string, size: { width: number; height: number }): () => void {
  const prototype = HTMLElement.prototype;
  const sizes = { clientHeight: size.height, clientWidth: size.width } as const;
  const originals = (Object.keys(sizes) as (keyof typeof sizes)[]).map((name) => [name, Object.getOwnPropertyDescriptor(prototype, name)] as const);
  for (const [name, original] of originals) {
    Object.defineProperty(prototype, name, {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains(className) ? sizes[name] : (original?.get?.call(this) ?? 0);
      },
    });
  }
  return () => {
    for (const [name, original] of originals) {
      if (original) Object.defineProperty(prototype, name, original);
      else delete (prototype as unknown as Record<string, unknown>)[name];
    }
  };
}

export async function renderPortal(fixture: PortalFixture = {}): Promise<{ desktop: FakeDesktop; store: AppStore; unmount: () => void }> {
  const instances = fixture.instances ?? [signedIn('a', 'd-1234567890')];
  const accountsOf = (instanceId: string): readonly PortalAccount[] => {
    const accounts = fixture.accounts ?? [];
    return Array.isArray(accounts) ? accounts : ((accounts as Record<string, readonly PortalAccount[]>)[instanceId] ?? []);
  };
  const desktop = fakeDesktop({
    'app:get-info': () => ok({ name: 'SSO Tray', version: '0.1.0', runtime: 'web-host', platform: 'linux' }),
    'instances:list': () => ok([...instances]),
    'notices:list': () => ok([]),
    'preferences:get': () => ok(fixture.preferences ?? preferencesWith()),
    'portal:get-snapshot': ({ instanceId }) => ok(snapshotOf(instanceId, accountsOf(instanceId), fixture.progress)),
    'portal:get-snapshots': () => ok(instances.map((instance) => snapshotOf(instance.id, accountsOf(instance.id), fixture.progress))),
    'portal:refresh': () => ok(undefined),
    'preferences:set-favourite': () => ok(undefined),
    'preferences:set-account': () => ok(undefined),
    ...fixture.answers,
  });
  const store = createAppStore(desktop);
  let unmount = () => {};
  await act(async () => {
    unmount = render(
      <AppStoreProvider store={store}>
        <App />
      </AppStoreProvider>,
    ).unmount;
  });
  // Let the snapshot answers and the virtualiser's first measurement land.
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  return { desktop, store, unmount };
}
