import { describe, expect, it } from 'vitest';
import { bypassesProxy, parseNoProxy } from './no-proxy';

const target = (hostname: string, port = 443) => ({ hostname, port });

describe('bypassesProxy', () => {
  it.each([
    // Nothing listed: only loopback goes direct (a proxy cannot reach the user's own machine).
    ['', 'oidc.eu-west-1.amazonaws.com', 443, false],
    ['', 'localhost', 8080, true],
    ['', 'app.localhost', 443, true],
    ['', '127.0.0.1', 9000, true],
    ['', '127.10.0.1', 9000, true],
    ['', '[::1]', 9000, true],
    ['', '10.0.0.1', 443, false],
    // `*` alone: nothing goes through the proxy.
    ['*', 'oidc.eu-west-1.amazonaws.com', 443, true],
    // A name covers itself and its subdomains, never a name that merely ends the same way.
    ['amazonaws.com', 'amazonaws.com', 443, true],
    ['amazonaws.com', 'oidc.eu-west-1.amazonaws.com', 443, true],
    ['amazonaws.com', 'notamazonaws.com', 443, false],
    // A leading dot or `*.` means the same (curl's reading).
    ['.amazonaws.com', 'portal.sso.eu-west-1.amazonaws.com', 443, true],
    ['.amazonaws.com', 'amazonaws.com', 443, true],
    ['*.amazonaws.com', 'oidc.us-east-1.amazonaws.com', 443, true],
    ['*.amazonaws.com', 'amazonaws.com.evil.example', 443, false],
    // Case and a trailing dot do not matter.
    ['AmazonAWS.COM', 'OIDC.eu-west-1.amazonaws.com.', 443, true],
    // A port limits the entry to that port.
    ['internal.example:8443', 'internal.example', 8443, true],
    ['internal.example:8443', 'internal.example', 443, false],
    // Lists: commas, spaces, empty items.
    ['corp.example, ,amazonaws.com  other.example', 'oidc.eu-west-1.amazonaws.com', 443, true],
    ['corp.example,other.example', 'oidc.eu-west-1.amazonaws.com', 443, false],
    // Addresses: exact, CIDR, IPv6 (with brackets and a port), never by suffix.
    ['10.1.2.3', '10.1.2.3', 443, true],
    ['10.0.0.0/8', '10.200.3.4', 443, true],
    ['10.0.0.0/8', '11.0.0.1', 443, false],
    ['2.3.4.5', '12.3.4.5', 443, false],
    ['fd00::/8', '[fd12::1]', 443, true],
    ['[fd00::1]:8443', '[fd00::1]', 8443, true],
    ['[fd00::1]:8443', '[fd00::1]', 443, false],
    // An address entry never matches a host name and vice versa.
    ['10.0.0.0/8', 'ten.example', 443, false],
    ['example', '10.0.0.1', 443, false],
  ] as const)('NO_PROXY=%j: %s:%d → direct %s', (noProxy, hostname, port, direct) => {
    expect(bypassesProxy(target(hostname, port), parseNoProxy(noProxy))).toBe(direct);
  });

  it('reads an absent NO_PROXY as an empty list', () => {
    expect(parseNoProxy(undefined)).toMatchObject({ everything: false, names: [], addresses: [] });
  });
});
