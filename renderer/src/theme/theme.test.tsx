// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { effectiveTheme, useTheme, type ThemeSetting } from './theme';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('effectiveTheme', () => {
  it.each<[ThemeSetting, boolean, string]>([
    ['system', false, 'light'],
    ['system', true, 'dark'],
    ['light', true, 'light'],
    ['dark', false, 'dark'],
  ])('%s with the OS dark=%s is %s', (setting, dark, expected) => {
    expect(effectiveTheme(setting, dark)).toBe(expected);
  });
});

describe('useTheme', () => {
  /** A matchMedia whose answer the test changes, telling its listeners as a browser would. */
  function fakeMedia(initiallyDark: boolean) {
    const listeners = new Set<() => void>();
    const media = {
      matches: initiallyDark,
      addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
    };
    vi.stubGlobal('matchMedia', () => media);
    return {
      listeners,
      set(dark: boolean) {
        media.matches = dark;
        listeners.forEach((listener) => listener());
      },
    };
  }

  function Themed({ setting, root }: { readonly setting: ThemeSetting; readonly root: HTMLElement }) {
    useTheme(setting, root);
    return null;
  }

  it('follows the OS while set to system, and stops following when the user picks one', () => {
    const media = fakeMedia(false);
    const root = document.createElement('div');
    const view = render(<Themed setting="system" root={root} />);
    expect(root.dataset.theme).toBe('light');
    media.set(true);
    expect(root.dataset.theme).toBe('dark');
    view.rerender(<Themed setting="light" root={root} />);
    expect(root.dataset.theme).toBe('light');
    expect(media.listeners.size).toBe(0);
    media.set(false);
    media.set(true);
    expect(root.dataset.theme).toBe('light');
  });
});
