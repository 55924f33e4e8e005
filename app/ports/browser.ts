/** Opens a URL for the user: the system browser in Electron, a new tab in the dev web host. */
export interface Browser {
  open(url: string): Promise<void>;
}
