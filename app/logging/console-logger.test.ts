import { describe, expect, it, vi } from 'vitest';
import { createConsoleLogger } from './console-logger';
import { createRedactingLogger } from './redacting-logger';

// Shaped like an IAM Identity Center access token: a long opaque run.
const token = 'aoaAAAAAGlyb2U5dXlaY2V0Sk1hUGlHb0xqTDJWS0tzM2hYdkxNRzRBbWN0cEhKNXFyNWFfZ3JyMC1NYWdnZXI';

function setup() {
  const sink = { log: vi.fn(), warn: vi.fn(), error: vi.fn() };
  return { sink, logger: createConsoleLogger('test', sink) };
}

describe('createConsoleLogger', () => {
  it('writes one line per call to the sink of its level, with the scope', () => {
    const { sink, logger } = setup();
    logger.info('started');
    logger.warn('odd');
    logger.error('failed', { channel: 'app:get-info' });
    expect(sink.log.mock.calls[0]?.[0]).toMatch(/^\S+ INFO \[test\] started$/);
    expect(sink.warn.mock.calls[0]?.[0]).toMatch(/WARN \[test\] odd$/);
    expect(sink.error.mock.calls[0]?.[0]).toMatch(/ERROR \[test\] failed \{"channel":"app:get-info"\}$/);
  });

  // The console logger writes what it is given; redaction is the core's, applied once in createCore.
  it('behind the core\'s redaction, never writes a secret held under a secret key or inside text', () => {
    const { sink, logger: raw } = setup();
    const logger = createRedactingLogger(raw);
    logger.warn(`refresh failed for ${token}`, { clientSecret: 'shh-its-a-secret', error: new Error(`bad ${token}`) });
    const line = String(sink.warn.mock.calls[0]?.[0]);
    expect(line).not.toContain('shh-its-a-secret');
    expect(line).not.toContain(token.slice(0, 32));
  });
});
