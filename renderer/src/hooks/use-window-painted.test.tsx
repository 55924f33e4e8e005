// @vitest-environment happy-dom
// The card's clock time waits for the window's first paint, and is there at once for anything
// mounted after it.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

beforeEach(() => {
  // A fresh module: its "painted" flag is per window.
  vi.resetModules();
  seen.length = 0;
});
afterEach(cleanup);

/** What each render of each probe saw, in order: effects after a render cannot hide its first value. */
const seen: { readonly name: string; readonly painted: boolean }[] = [];

async function probe() {
  const { useWindowPainted } = await import('./use-window-painted');
  return function Probe({ name }: { readonly name: string }) {
    const painted = useWindowPainted();
    seen.push({ name, painted });
    return <p>{`${name}: ${painted ? 'painted' : 'not yet'}`}</p>;
  };
}

/** One frame, then the task after it. */
const nextPaint = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

describe('useWindowPainted', () => {
  it('is false in the first render and true once the next frame has painted', async () => {
    const Probe = await probe();
    render(<Probe name="card" />);
    expect(screen.getByText('card: not yet')).toBeTruthy();
    await nextPaint();
    expect(screen.getByText('card: painted')).toBeTruthy();
  });

  it('is true from the first render of anything mounted after that paint', async () => {
    const Probe = await probe();
    render(<Probe name="first" />);
    await nextPaint();
    render(<Probe name="later" />);
    expect(seen.find(({ name }) => name === 'later')).toEqual({ name: 'later', painted: true });
    expect(screen.getByText('later: painted')).toBeTruthy();
  });
});
