// Reads what the app stored in the keychain the way a person would check it: with secret-tool,
// outside the app. A long value is split over `<account>#1…#n` under a head entry
// (app/secrets/chunked-secret-store.ts); this joins the slices back.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { secretToolLookup, type ToolEnvironment } from '../../app/testing/keyring';

const headPattern = /^sso-tray-chunks:v1:(\d{1,3}):[0-9a-f]{16}$/;

/**
 * The whole secret under `account`, or undefined when the keyring answered that there is none;
 * throws when the keyring cannot be reached, so "the secret is gone" checks cannot pass by accident.
 */
export async function readKeychainSecret(service: string, account: string, env: ToolEnvironment = process.env): Promise<string | undefined> {
  const head = await secretToolLookup(service, account, env);
  const chunked = head === undefined ? undefined : headPattern.exec(head);
  if (!chunked) return head;
  const slices: string[] = [];
  for (let index = 1; index <= Number(chunked[1]); index++) {
    const slice = await secretToolLookup(service, `${account}#${index}`, env);
    if (slice === undefined) throw new Error(`${account}#${index} is missing from the keychain`);
    slices.push(slice);
  }
  return slices.join('');
}

/** Every file under `folder` with its text, for "the secret is in no file" checks. */
export function filesUnder(folder: string): { readonly path: string; readonly text: string }[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path, text: readFileSync(path, 'latin1') };
    });
}
