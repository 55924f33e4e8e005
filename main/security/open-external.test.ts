import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../app/ipc/result';
import { createExternalUrlPolicy } from '../../app/security/external-url-policy';
import { createGuardedOpener } from './open-external';

function setup() {
  const openExternal = vi.fn(async (_url: string) => {});
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const open = createGuardedOpener({ openExternal, policy: createExternalUrlPolicy(), logger });
  return { open, openExternal, logger };
}

describe('createGuardedOpener', () => {
  it('hands an allowed URL to the mechanism, normalised', async () => {
    const { open, openExternal } = setup();
    await open('https://D-1234567890.awsapps.com/start');
    expect(openExternal).toHaveBeenCalledWith('https://d-1234567890.awsapps.com/start');
  });

  it('refuses a disallowed URL with an AppError and never calls the mechanism', async () => {
    const { open, openExternal } = setup();
    await expect(open('file:///etc/passwd')).rejects.toBeInstanceOf(AppError);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('tells the page why, as invalid input, without repeating the URL', async () => {
    const { open } = setup();
    const refusal = open('https://example.com/path?token=abc123');
    await expect(refusal).rejects.toMatchObject({
      code: 'invalid-input',
      message: 'The app will not open this link (host is not an AWS sign-in, portal or console host).',
    });
  });

  it('logs a refusal with the origin and the reason only', async () => {
    const { open, logger } = setup();
    await expect(open('https://example.com/path?token=abc123')).rejects.toThrow();
    expect(logger.warn.mock.calls).toEqual([
      ['Refused to open a URL outside the app', { origin: 'https://example.com', reason: 'host is not an AWS sign-in, portal or console host' }],
    ]);
    expect(JSON.stringify(logger.warn.mock.calls)).not.toContain('abc123');
  });

  it('logs nothing for a URL it opens', async () => {
    const { open, logger } = setup();
    await open('https://signin.aws.amazon.com/federation');
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it('passes the failure of the mechanism on', async () => {
    const { open, openExternal } = setup();
    openExternal.mockRejectedValueOnce(new Error('no browser'));
    await expect(open('https://signin.aws.amazon.com/federation')).rejects.toThrow('no browser');
  });
});
