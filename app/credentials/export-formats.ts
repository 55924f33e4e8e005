// Role credentials as text a terminal or a tool takes: one shell's syntax, a .env file or the
// credential_process JSON. Same variable names and order as `aws configure export-credentials`
// (docs/terminal-credentials.md, docs/aws-wire.md §5.8), plus both region variables, since the JS
// SDK reads AWS_REGION and upstream botocore only AWS_DEFAULT_REGION (aws-wire §5.1). Unlike the
// CLI we quote every value for its shell, so text that is not a plain token can never run as code.
import type { RoleCredentials } from '../aws/portal-client';
import type { ExportFormat } from '../model/export-format';

export interface FormatOptions {
  /** The role's default region; adds AWS_REGION and AWS_DEFAULT_REGION to the shell formats. */
  readonly region?: string;
}

/** A value this format cannot carry safely (cmd's `%`, a newline in a .env value, …). */
export class UnquotableValueError extends Error {
  constructor(format: ExportFormat, variable: string, reason: string) {
    super(`Cannot write ${variable} for ${format}: ${reason}`);
    this.name = 'UnquotableValueError';
  }
}

/**
 * The expiry as the CLI prints it: Python's isoformat() of a UTC time, whole seconds, `+00:00`
 * (aws-wire §5.8). Both the SDKs and botocore parse it.
 */
export function cliExpiration(epochMs: number): string {
  return new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace('.000Z', '+00:00');
}

/** The variables in the CLI's order, then the two region variables when a region is known. */
export function credentialVariables(credentials: RoleCredentials, options: FormatOptions = {}): [string, string][] {
  const variables: [string, string][] = [
    ['AWS_ACCESS_KEY_ID', credentials.accessKeyId],
    ['AWS_SECRET_ACCESS_KEY', credentials.secretAccessKey],
    ['AWS_SESSION_TOKEN', credentials.sessionToken],
    ['AWS_CREDENTIAL_EXPIRATION', cliExpiration(credentials.expiration)],
  ];
  if (options.region) variables.push(['AWS_REGION', options.region], ['AWS_DEFAULT_REGION', options.region]);
  return variables;
}

/** POSIX sh, bash, zsh: single quotes keep every byte; a `'` closes, is escaped, and reopens. */
export function quotePosix(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/** fish: inside single quotes only `\\` and `\'` are escapes. */
export function quoteFish(value: string): string {
  return `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}

/**
 * PowerShell: a single-quoted string expands nothing; a quote is doubled. PowerShell also takes the
 * typographic single quotes (U+2018..U+201B) as quote characters, so those are doubled as well.
 */
export function quotePowerShell(value: string): string {
  return `'${value.replace(/['\u2018-\u201b]/g, (c) => c + c)}'`;
}

/**
 * cmd: `set "NAME=value"` protects & | < > ^ inside the quotes. Nothing protects `%` on an
 * interactive command line (it expands variables), a `"` ends the quoting, `!` expands under
 * delayed expansion, and a line break ends the command: those are refused rather than mangled.
 */
export function cmdSet(name: string, value: string): string {
  const bad = /[%"!\r\n]/.exec(value);
  if (bad) throw new UnquotableValueError('cmd', name, `contains ${JSON.stringify(bad[0])}, which cmd cannot take literally`);
  return `set "${name}=${value}"`;
}

/** .env: plain tokens stay bare (every dotenv reader takes them); others in single quotes. */
export function dotenvLine(name: string, value: string): string {
  if (/^[A-Za-z0-9_./+=:@-]*$/.test(value)) return `${name}=${value}`;
  if (/['\r\n]/.test(value)) throw new UnquotableValueError('dotenv', name, 'contains a quote or a line break');
  return `${name}='${value}'`;
}

export function formatCredentials(credentials: RoleCredentials, format: ExportFormat, options: FormatOptions = {}): string {
  if (format === 'json') return processJson(credentials);
  const lines = credentialVariables(credentials, options).map(([name, value]) => {
    switch (format) {
      case 'bash':
      case 'zsh':
        return `export ${name}=${quotePosix(value)}`;
      case 'fish':
        return `set -gx ${name} ${quoteFish(value)}`;
      case 'powershell':
        return `$Env:${name}=${quotePowerShell(value)}`;
      case 'cmd':
        return cmdSet(name, value);
      case 'dotenv':
        return dotenvLine(name, value);
    }
  });
  return lines.map((line) => `${line}\n`).join('');
}

/** credential_process output, Version 1 (aws-wire §5.7), laid out as the CLI prints it. */
function processJson(credentials: RoleCredentials): string {
  const output = {
    Version: 1,
    AccessKeyId: credentials.accessKeyId,
    SecretAccessKey: credentials.secretAccessKey,
    SessionToken: credentials.sessionToken,
    Expiration: cliExpiration(credentials.expiration),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}
