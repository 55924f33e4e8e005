// Something the app tells the user once and keeps until dismissed (a banner or a tray badge), for
// example that a session expired or that sign-ins will not be remembered.

export type NoticeKind = 'session-expired' | 'keychain-unavailable' | 'settings-reset';

export type NoticeAction = { readonly kind: 'sign-in'; readonly instanceId: string };

export interface Notice {
  /** Stable per subject (for example `session-expired:<instanceId>`), so a repeat does not pile up. */
  readonly id: string;
  readonly kind: NoticeKind;
  readonly level: 'info' | 'warning' | 'error';
  readonly message: string;
  readonly instanceId?: string;
  readonly action?: NoticeAction;
  readonly createdAt: number;
}
