// The zustand slice pattern: each area of the page state is created by its own function, and
// app-store.ts merges them into one store (one subscription, one provider). A slice that follows
// an event also returns `listen`, which the store's connect() calls.
import type { StoreApi } from 'zustand/vanilla';
import type { DesktopApi } from '../../../app/ipc/contract';
import type { AppState } from './app-store';
import type { ActionRunner } from './action-runner';

export interface SliceContext {
  readonly desktop: DesktopApi;
  readonly set: StoreApi<AppState>['setState'];
  readonly get: StoreApi<AppState>['getState'];
  readonly run: ActionRunner;
}

export interface EventSlice<T> {
  readonly state: T;
  /** Subscribes to the slice's event; returns the unsubscribe. */
  listen(): () => void;
}
