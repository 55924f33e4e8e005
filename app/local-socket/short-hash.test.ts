import { describe, expect, it } from 'vitest';
import { shortHash } from './short-hash';

describe('shortHash (FNV-1a 64)', () => {
  it('matches the published FNV-1a 64 test vectors', () => {
    // From the FNV reference test suite (Landon Curt Noll, "FNV test vectors").
    expect(shortHash('')).toBe('cbf29ce484222325');
    expect(shortHash('a')).toBe('af63dc4c8601ec8c');
    expect(shortHash('foobar')).toBe('85944171f73967e8');
  });

  it('hashes the UTF-8 bytes, so folders with non-ASCII names differ', () => {
    expect(shortHash('/home/zoë/.config/SSO Tray')).not.toBe(shortHash('/home/zoe/.config/SSO Tray'));
    expect(shortHash('/home/zoë/.config/SSO Tray')).toMatch(/^[0-9a-f]{16}$/);
  });
});
