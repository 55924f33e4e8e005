import { describe, expect, it } from 'vitest';
import type { PortalAccount } from '../model/portal';
import { sweepOrder } from './portal-service';

const account = (accountId: string, checkedAt: number): PortalAccount => ({ accountId, accountName: accountId, emailAddress: '', roles: { status: 'loaded', names: ['Admin'], checkedAt } });

describe('sweepOrder', () => {
  it('checks favourite and recent accounts first, then the ones checked longest ago', () => {
    const accounts = [account('111111111111', 5), account('222222222222', 1), account('333333333333', 9), account('444444444444', 3)];
    expect(sweepOrder(accounts, new Set(['333333333333']))).toEqual(['333333333333', '222222222222', '444444444444', '111111111111']);
    expect(sweepOrder(accounts, new Set())).toEqual(['222222222222', '444444444444', '111111111111', '333333333333']);
  });
});
