// The `[sso-session NAME]` an instance is known by in ~/.aws/config, and so the name the AWS CLI
// hashes (SHA-1) for its token cache file. One definition, shared by the config sync and the
// token-cache writer, so the two always agree. Prefixed so it never takes a name the user chose.
import { defaultDisplayName } from './instance';

/** Characters the AWS CLI and the JS SDK both accept in a section name, without quoting. */
const unsafe = /[^A-Za-z0-9_.-]+/g;

export function ssoSessionName(instance: { readonly startUrl: string }): string {
  const slug = defaultDisplayName(instance.startUrl).toLowerCase().replace(unsafe, '-').replace(/^-+|-+$/g, '');
  return `sso-tray-${slug || 'instance'}`;
}
