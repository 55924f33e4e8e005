import { HttpsProxyAgent } from 'https-proxy-agent';
import { describe, expect, it } from 'vitest';
import { nodeRequestHandlers } from './node-request-handler';
import { ProxySettingError } from './proxy-environment';

const timeouts = { connectionMs: 1_000, requestMs: 2_000 };
type Options = { httpsAgent?: unknown; httpAgent?: unknown; connectionTimeout?: number; requestTimeout?: number; throwOnRequestTimeout?: boolean };

describe('nodeRequestHandlers', () => {
  it('keeps the time limits, with no agent of its own when no proxy applies', () => {
    const options = nodeRequestHandlers({})({ endpoint: 'https://oidc.eu-west-1.amazonaws.com', timeouts }) as Options;
    expect(options).toEqual({ connectionTimeout: 1_000, requestTimeout: 2_000, throwOnRequestTimeout: true });
  });

  it('tunnels through the proxy for an origin the proxy covers, keeping the time limits', () => {
    const options = nodeRequestHandlers({ HTTPS_PROXY: 'http://proxy.corp:3128' })({ endpoint: 'https://portal.sso.eu-west-1.amazonaws.com', timeouts }) as Options;
    expect(options.httpsAgent).toBeInstanceOf(HttpsProxyAgent);
    expect((options.httpsAgent as HttpsProxyAgent<string>).proxy.href).toBe('http://proxy.corp:3128/');
    expect(options).toMatchObject({ connectionTimeout: 1_000, requestTimeout: 2_000, throwOnRequestTimeout: true });
  });

  it('goes direct for an origin in NO_PROXY', () => {
    const handlers = nodeRequestHandlers({ HTTPS_PROXY: 'http://proxy.corp:3128', NO_PROXY: '.eu-west-1.amazonaws.com' });
    expect((handlers({ endpoint: 'https://oidc.eu-west-1.amazonaws.com', timeouts }) as Options).httpsAgent).toBeUndefined();
    expect((handlers({ endpoint: 'https://oidc.us-east-1.amazonaws.com', timeouts }) as Options).httpsAgent).toBeInstanceOf(HttpsProxyAgent);
  });

  it('refuses an unusable proxy setting when the host starts, not at the first call', () => {
    expect(() => nodeRequestHandlers({ HTTPS_PROXY: 'socks5://proxy.corp:1080' })).toThrow(ProxySettingError);
  });
});
