// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { useModalKeys } from './use-modal-keys';

afterEach(cleanup);

function Modal({ onClose }: { readonly onClose: () => void }) {
  const modal = useModalKeys(onClose);
  return (
    <div ref={modal.ref} role="dialog" aria-label="Modal" onKeyDown={modal.onKeyDown}>
      <button type="button" disabled>
        Disabled
      </button>
      <input aria-label="First" />
      <button type="button" tabIndex={-1}>
        Out of the Tab order
      </button>
      <button type="button">Middle</button>
      <button type="button">Last</button>
    </div>
  );
}

it('wraps Tab from the last stop to the first and back, skipping disabled and tabindex=-1 controls', () => {
  render(<Modal onClose={() => {}} />);
  const first = screen.getByLabelText('First');
  const last = screen.getByRole('button', { name: 'Last' });
  last.focus();
  fireEvent.keyDown(last, { key: 'Tab' });
  expect(document.activeElement).toBe(first);
  fireEvent.keyDown(first, { key: 'Tab', shiftKey: true });
  expect(document.activeElement).toBe(last);
  // In the middle, Tab is the browser's own: the handler leaves it alone.
  const middle = screen.getByRole('button', { name: 'Middle' });
  middle.focus();
  expect(fireEvent.keyDown(middle, { key: 'Tab' })).toBe(true);
  expect(document.activeElement).toBe(middle);
});

it('closes on Escape and stops it there, so the list behind does not clear its search', () => {
  const onClose = vi.fn();
  const outer = vi.fn();
  document.addEventListener('keydown', outer);
  render(<Modal onClose={onClose} />);
  const escape = fireEvent.keyDown(screen.getByLabelText('First'), { key: 'Escape' });
  document.removeEventListener('keydown', outer);
  expect(onClose).toHaveBeenCalledOnce();
  expect(escape).toBe(false);
  expect(outer).not.toHaveBeenCalled();
});
