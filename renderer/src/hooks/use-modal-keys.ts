// A modal dialog's keys: Escape closes it, and Tab stays inside it (Tab on the last control goes
// to the first, Shift+Tab on the first to the last), as `aria-modal` promises. Shared by every
// dialog so they all behave alike.
import { useCallback, useRef, type KeyboardEvent } from 'react';

const candidates = 'a[href], button, input, select, textarea, [tabindex]';

/** The controls Tab stops at, in document order: enabled and not taken out of the Tab order. */
export function tabStops(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(candidates)].filter((element) => !element.hasAttribute('disabled') && element.tabIndex >= 0);
}

export function useModalKeys(onClose: () => void) {
  const ref = useRef<HTMLDivElement>(null);
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        onClose();
        return;
      }
      if (event.key !== 'Tab' || !ref.current) return;
      const stops = tabStops(ref.current);
      const first = stops[0];
      const last = stops.at(-1);
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first?.focus();
      }
    },
    [onClose],
  );
  return { ref, onKeyDown };
}
