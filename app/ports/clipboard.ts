/**
 * The system clipboard, written by main (Electron's clipboard) or recorded by the web host. Copies
 * of secrets (credentials for a shell) go through this port, never through the page, so the secret
 * never enters renderer state.
 */
export interface Clipboard {
  writeText(text: string): Promise<void>;
}
