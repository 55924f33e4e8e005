// Browser doubles for tests. The emulator-facing one does what a person's browser does, over real
// HTTP: it requests the authorize URL without following redirects, then requests the Location on
// the app's loopback listener; with `consent: 'deny'` it answers the emulator's consent form with
// Deny instead. Test tooling only.
import type { Browser } from '../ports/browser';

export class RecordingBrowser implements Browser {
  readonly opened: string[] = [];

  get openCount(): number {
    return this.opened.length;
  }

  async open(url: string): Promise<void> {
    this.opened.push(url);
  }
}

export type Consent = 'auto' | 'deny' | 'ignore';

export class RedirectingBrowser extends RecordingBrowser {
  /** What the last visit to the loopback listener answered. */
  lastCallbackStatus: number | undefined;
  lastCallbackPage: string | undefined;

  readonly #visits: Promise<void>[] = [];

  constructor(public consent: Consent = 'auto') {
    super();
  }

  /** Resolves when every page visit started so far has finished (the app does not wait for them). */
  async settled(): Promise<void> {
    await Promise.allSettled(this.#visits);
  }

  override open(url: string): Promise<void> {
    const visit = this.#visit(url);
    this.#visits.push(visit);
    return visit;
  }

  async #visit(url: string): Promise<void> {
    await super.open(url);
    if (this.consent === 'ignore' || !new URL(url).pathname.endsWith('/authorize')) return;
    let response = await fetch(url, { redirect: 'manual' });
    if (this.consent === 'deny' && response.status === 200) {
      // No auto-approval: the emulator shows its consent form; answer it like a person would.
      const requestId = /name="request_id" value="([^"]+)"/.exec(await response.text())?.[1] ?? '';
      response = await fetch(new URL('/authorize', url), {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ request_id: requestId, decision: 'deny' }).toString(),
      });
    }
    const location = response.headers.get('location');
    if (response.status !== 302 || !location) throw new Error(`The authorize page answered ${response.status} without a redirect`);
    const callback = await fetch(location);
    this.lastCallbackStatus = callback.status;
    this.lastCallbackPage = await callback.text();
  }
}
