import { describe, expect, it } from 'vitest';
import { quickActiveProfile } from './quick-active-profile';

const role = (roleName: string) => ({ instanceId: 'i', accountId: '111111111111', roleName });

describe('the profile the quick "Make active" fills', () => {
  it('is the SDK and CLI default profile when the app keeps none', () => {
    expect(quickActiveProfile({})).toBe('default');
  });

  it('is the one profile the user set up to be kept, whatever its name', () => {
    expect(quickActiveProfile({ work: role('Admin') })).toBe('work');
    expect(quickActiveProfile({ default: role('Admin') })).toBe('default');
  });

  it('stays with default when several profiles are kept (no guess between them)', () => {
    expect(quickActiveProfile({ work: role('Admin'), play: role('ReadOnly') })).toBe('default');
  });
});
