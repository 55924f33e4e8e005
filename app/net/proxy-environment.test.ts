import { describe, expect, it } from 'vitest';
import { describeProxy, proxyFor, ProxySettingError, readProxyEnvironment } from './proxy-environment';

const oidc = 'https://oidc.eu-west-1.amazonaws.com';

describe('readProxyEnvironment and proxyFor', () => {
  it.each([
    [{}, oidc, undefined],
    [{ HTTPS_PROXY: 'http://proxy.corp:3128' }, oidc, 'http://proxy.corp:3128/'],
    [{ https_proxy: 'http://lower.corp:3128', HTTPS_PROXY: 'http://upper.corp:3128' }, oidc, 'http://lower.corp:3128/'],
    // Without a scheme the value is an http proxy, as curl reads it.
    [{ HTTPS_PROXY: 'proxy.corp:8080' }, oidc, 'http://proxy.corp:8080/'],
    [{ HTTPS_PROXY: 'https://secure-proxy.corp' }, oidc, 'https://secure-proxy.corp/'],
    [{ ALL_PROXY: 'http://all.corp:3128' }, oidc, 'http://all.corp:3128/'],
    [{ ALL_PROXY: 'http://all.corp:3128', HTTPS_PROXY: 'http://https.corp:3128' }, oidc, 'http://https.corp:3128/'],
    // An https target never takes HTTP_PROXY, an http one never HTTPS_PROXY.
    [{ HTTP_PROXY: 'http://plain.corp:3128' }, oidc, undefined],
    [{ HTTPS_PROXY: 'http://proxy.corp:3128' }, 'http://emulator.example:9000', undefined],
    [{ HTTP_PROXY: 'http://plain.corp:3128' }, 'http://emulator.example:9000', 'http://plain.corp:3128/'],
    // NO_PROXY, with the target's default port.
    [{ HTTPS_PROXY: 'http://proxy.corp:3128', NO_PROXY: '.amazonaws.com' }, oidc, undefined],
    [{ HTTPS_PROXY: 'http://proxy.corp:3128', no_proxy: 'oidc.eu-west-1.amazonaws.com:443' }, oidc, undefined],
    [{ HTTPS_PROXY: 'http://proxy.corp:3128', NO_PROXY: 'oidc.eu-west-1.amazonaws.com:8443' }, oidc, 'http://proxy.corp:3128/'],
    [{ HTTPS_PROXY: 'http://proxy.corp:3128', NO_PROXY: '*' }, oidc, undefined],
    // The emulator on loopback is never proxied.
    [{ HTTP_PROXY: 'http://plain.corp:3128' }, 'http://127.0.0.1:9000', undefined],
    // A blank variable is no setting.
    [{ HTTPS_PROXY: '  ' }, oidc, undefined],
  ] as const)('%j, %s → %s', (env, endpoint, expected) => {
    expect(proxyFor(endpoint, readProxyEnvironment(env))?.href).toBe(expected);
  });

  it.each([
    [{ HTTPS_PROXY: 'socks5://proxy.corp:1080' }, 'HTTPS_PROXY uses socks5, which the app does not support. Use an http:// or https:// proxy, or unset it.'],
    [{ ALL_PROXY: 'http://[not-an-address' }, 'ALL_PROXY is not a proxy URL. Set it to http://HOST:PORT (or https://), or unset it.'],
    [{ http_proxy: 'pac+http://wpad.corp/proxy.pac' }, 'http_proxy uses pac+http, which the app does not support. Use an http:// or https:// proxy, or unset it.'],
  ] as const)('refuses %j with a clear message', (env, message) => {
    expect(() => readProxyEnvironment(env)).toThrow(new ProxySettingError(message));
  });

  it('never puts the proxy password in an error message or a description', () => {
    let message = '';
    try {
      readProxyEnvironment({ HTTPS_PROXY: 'socks5://user:s3cret-pass@proxy.corp:1080' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('HTTPS_PROXY');
    expect(message).not.toContain('s3cret-pass');
    const proxy = proxyFor(oidc, readProxyEnvironment({ HTTPS_PROXY: 'http://user:s3cret-pass@proxy.corp:3128' }));
    expect(describeProxy(proxy ?? new URL('http://missing'))).toBe('http://proxy.corp:3128');
  });
});
