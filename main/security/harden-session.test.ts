import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../app/security/content-security-policy';
import type { RendererSource } from '../renderer-source';
import { createFakeElectron } from '../testing/fake-electron';
import { createSessionHardener, sessionPolicyFor } from './harden-session';

const built: RendererSource = { kind: 'built', directory: '/app/out/renderer' };
const dev: RendererSource = { kind: 'dev-server', url: 'http://localhost:5173' };

describe('sessionPolicyFor', () => {
  it.each([
    ['portal', built, 'app-pages', contentSecurityPolicy('production')],
    ['portal', dev, 'app-pages', contentSecurityPolicy('development')],
    ['quick-switcher', built, 'app-pages', contentSecurityPolicy('production')],
    // AWS's page with AWS's own policy: ours would break the console.
    ['console', built, 'console', undefined],
    ['console', dev, 'console', undefined],
  ] as const)('%s, %o → %s session, CSP %s', (kind, source, family, policy) => {
    expect(sessionPolicyFor(kind, source)).toEqual({ family, contentSecurityPolicy: policy });
  });
});

describe('createSessionHardener', () => {
  function setup() {
    const { module } = createFakeElectron();
    const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const hardener = createSessionHardener({ source: built, logger });
    return { module, logger, hardener, asSession: (fake: unknown) => fake as Session };
  }
  type FakeSession = ReturnType<ReturnType<typeof createFakeElectron>['module']['session']['fromPartition']>;
  const permissionHandler = (fake: FakeSession) => fake.setPermissionRequestHandler.mock.calls[0]?.[0] as (...args: unknown[]) => void;
  const checkHandler = (fake: FakeSession) => fake.setPermissionCheckHandler.mock.calls[0]?.[0] as (...args: unknown[]) => boolean;

  it.each(['portal', 'console'] as const)('a %s session refuses permissions except the sanitised clipboard write', (kind) => {
    const { module, hardener, asSession } = setup();
    const fake = module.session.fromPartition(`test:${kind}`);
    hardener.harden(asSession(fake), kind);
    for (const [permission, allowed] of [['media', false], ['notifications', false], ['clipboard-read', false], ['clipboard-sanitized-write', true]] as const) {
      const callback = vi.fn();
      permissionHandler(fake)({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(allowed);
      expect(checkHandler(fake)({}, permission)).toBe(allowed);
    }
  });

  it('logs a denied permission with its name and the session family, and nothing for an allowed one', () => {
    const { module, hardener, logger, asSession } = setup();
    const fake = module.session.fromPartition('persist:console:123456789012:AdminAccess');
    hardener.harden(asSession(fake), 'console');
    permissionHandler(fake)({}, 'clipboard-sanitized-write', vi.fn());
    expect(logger.warn).not.toHaveBeenCalled();
    permissionHandler(fake)({}, 'media', vi.fn());
    expect(logger.warn.mock.calls).toEqual([['Denied a permission request', { permission: 'media', session: 'console' }]]);
  });

  it("puts the app's CSP on frame responses of an app-pages session only", () => {
    const { module, hardener, asSession } = setup();
    hardener.harden(asSession(module.session.defaultSession), 'portal');
    const onHeaders = module.session.defaultSession.webRequest.onHeadersReceived.mock.calls[0]?.[0] as (...args: unknown[]) => void;
    const respond = vi.fn();
    onHeaders({ resourceType: 'subFrame', responseHeaders: { 'X-Other': ['1'] } }, respond);
    expect(respond).toHaveBeenLastCalledWith({ responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [contentSecurityPolicy('production')] } });
    onHeaders({ resourceType: 'script', responseHeaders: {} }, respond);
    expect(respond).toHaveBeenLastCalledWith({});

    const consoleSession = module.session.fromPartition('persist:console:123456789012:AdminAccess');
    hardener.harden(asSession(consoleSession), 'console');
    expect(consoleSession.webRequest.onHeadersReceived).not.toHaveBeenCalled();
  });

  it('hardens a session once, and keeps its first policy when asked for another', () => {
    const { module, hardener, logger, asSession } = setup();
    const fake = module.session.fromPartition('persist:console:123456789012:AdminAccess');
    expect(hardener.isHardened(asSession(fake))).toBe(false);
    hardener.harden(asSession(fake), 'console');
    hardener.harden(asSession(fake), 'console');
    expect(hardener.isHardened(asSession(fake))).toBe(true);
    expect(fake.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(logger.error).not.toHaveBeenCalled();

    hardener.harden(asSession(fake), 'portal');
    expect(fake.webRequest.onHeadersReceived).not.toHaveBeenCalled();
    expect(logger.error).toHaveBeenCalledWith('A session was asked to serve two kinds of window', { kept: 'console', refused: 'app-pages' });
  });
});
