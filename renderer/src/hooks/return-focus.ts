// Where the focus goes when a dialog or a screen closes: back to the control that opened it (or a
// fallback when that control is gone, re-rendered meanwhile), one frame later, once the dialog has
// left the page. Unless the user has already put the focus somewhere in that frame (with `/`, say):
// a late restore would take it from under them.
export function returnFocus(opener: HTMLElement | null | undefined, fallback?: () => HTMLElement | null | undefined): void {
  requestAnimationFrame(() => {
    const active = document.activeElement;
    if (active && active !== document.body) return;
    (opener?.isConnected ? opener : fallback?.())?.focus();
  });
}
