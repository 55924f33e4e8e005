// A Clipboard that keeps what was copied: the dev web host's clipboard (a test reads it back
// through the host, as a person would paste it) and the core's default when a host has none.
import type { Clipboard } from '../ports/clipboard';

export class InMemoryClipboard implements Clipboard {
  #text: string | undefined;

  async writeText(text: string): Promise<void> {
    this.#text = text;
  }

  /** What the last copy wrote, or undefined before any. */
  read(): string | undefined {
    return this.#text;
  }
}
