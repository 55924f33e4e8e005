// @vitest-environment happy-dom
// On a busy machine the list renders an earlier query's hits while the box already holds the
// next letters (React's deferred value lags). An account opened in that gap must stay open when
// the list catches up. React's lag is not reproducible under act(), so this file holds the
// deferred value back by hand: a gate that, while closed, keeps returning the last value it let
// through.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import type * as React from 'react';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import { fakeLayout, renderPortal } from '../testing/render-portal';
import { sampleAccounts } from '../testing/sample-portal';

const gate = vi.hoisted(() => {
  const listeners = new Set<() => void>();
  let held = false;
  return {
    isHeld: () => held,
    set(next: boolean) {
      held = next;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
});

vi.mock('react', async (importOriginal) => {
  const react = await importOriginal<typeof React>();
  function useDeferredValue<T>(value: T): T {
    const held = react.useSyncExternalStore(gate.subscribe, gate.isHeld);
    const shown = react.useRef(value);
    if (!held) shown.current = value;
    return shown.current;
  }
  return { ...react, default: react, useDeferredValue };
});

let restoreLayout = () => {};
beforeAll(() => {
  restoreLayout = fakeLayout('portal-scroller', { width: 380, height: 420 });
});
afterAll(() => restoreLayout());
afterEach(() => {
  cleanup();
  gate.set(false);
});

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
const search = () => screen.getByRole('searchbox', { name: 'Search accounts and roles' });
const tree = () => screen.getByRole('tree', { name: 'Accounts and roles' });
const account = (name: string) => within(tree()).getByRole('treeitem', { name: new RegExp(`^${name}`) });
const type = async (text: string) => {
  fireEvent.change(search(), { target: { value: text } });
  await settle();
};

it('an account opened while the list lags behind the box stays open when the list catches up', async () => {
  await renderPortal({ accounts: sampleAccounts });
  await type('paym');
  gate.set(true);
  await type('paymnts');
  // The box says "paymnts"; the list still shows the hits for "paym".
  expect((search() as HTMLInputElement).value).toBe('paymnts');
  expect(screen.queryByText('No account or role matches “paymnts”.')).toBeNull();
  fireEvent.keyDown(search(), { key: 'ArrowDown' });
  expect(document.activeElement).toBe(account('payments-prod'));
  fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
  expect(account('payments-prod').getAttribute('aria-expanded')).toBe('true');

  await act(async () => gate.set(false));
  await settle();
  expect(account('payments-prod').getAttribute('aria-expanded')).toBe('true');
  expect(within(tree()).getAllByRole('treeitem').map((item) => item.getAttribute('aria-label')?.split(',')[0])).toContain('payments-staging');

  // A new letter is a new search: the flip made for "paymnts" no longer applies.
  await type('paymnts-');
  expect(account('payments-prod').getAttribute('aria-expanded')).toBe('false');
});
