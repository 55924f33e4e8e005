// Instance views and notices for renderer tests, shaped as the core sends them.
import type { InstanceView } from '../../../app/model/instance-view';
import type { Notice } from '../../../app/model/notice';
import type { SessionState } from '../../../app/model/session';

export function instanceView(overrides: Partial<InstanceView> = {}): InstanceView {
  return {
    id: '6f1c2d9e-0000-4000-8000-000000000001',
    startUrl: 'https://d-1234567890.awsapps.com/start',
    region: 'eu-west-1',
    partition: 'aws',
    displayName: 'd-1234567890',
    signInMethod: 'browser',
    session: { kind: 'signed-out' } satisfies SessionState,
    remembered: true,
    ...overrides,
  };
}

export function expiredNotice(instanceId: string, overrides: Partial<Notice> = {}): Notice {
  return {
    id: `session-expired:${instanceId}`,
    kind: 'session-expired',
    level: 'warning',
    message: 'Your session for d-1234567890 has ended. Sign in again to keep using it.',
    instanceId,
    action: { kind: 'sign-in', instanceId },
    createdAt: 1_700_000_000_000,
    ...overrides,
  };
}
