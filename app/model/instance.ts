// An IAM Identity Center instance the user added. Non-secret: it lives in the settings file and
// crosses to the page. The schema is the one definition: the settings file, the IPC contract and
// the TypeScript type all come from it.
import { z } from 'zod';
import { cleanText } from './display-text';
import { partitions } from './regions';

/** Browser = authorization code with PKCE (RFC 7636, the AWS CLI default since 2.22); device code = RFC 8628. */
export const SignInMethodSchema = z.enum(['browser', 'device-code']);
export type SignInMethod = z.infer<typeof SignInMethodSchema>;

export const InstanceSchema = z.object({
  /** Stable, opaque, safe in a keychain account name (a UUID). */
  id: z.string().min(1).max(64).regex(/^[A-Za-z0-9-]+$/),
  /** Normalised (see checkStartUrl). */
  startUrl: z.string().url().startsWith('https://'),
  region: z.string().min(1),
  partition: z.enum(partitions),
  displayName: z.string().min(1).max(200),
  signInMethod: SignInMethodSchema,
});
export type Instance = Readonly<z.infer<typeof InstanceSchema>>;

/** A readable default name: the alias or directory ID from the start URL. */
export function defaultDisplayName(startUrl: string): string {
  const match = /^https:\/\/([^./]+)\.(?:awsapps\.com|awsapps\.cn|portal\.)/.exec(startUrl);
  if (match?.[1] && match[1] !== 'start') return match[1];
  const directory = /\/directory\/([^/]+)$/.exec(startUrl);
  return directory?.[1] ?? startUrl.replace(/^https:\/\//, '');
}

/**
 * A display name fit to show anywhere: control characters become a space, bidirectional controls
 * are removed (a name must read as what it is), runs of white space become one, and the ends are
 * trimmed. Applied when a name is added or changed and when it is read back from settings.
 */
export function cleanDisplayName(text: string): string {
  return cleanText(text);
}
