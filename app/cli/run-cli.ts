// The CLI: finds the command, parses its options with node:util parseArgs (strict: an unknown
// option is a usage error), runs it and answers an exit code. Secrets go to stdout only, from
// `credentials` and `credential-process`; every failure is one line on stderr.
import { parseArgs } from 'node:util';
import type { CliCommand } from './cli-command';
import { CliContext, type CliIo } from './cli-context';
import { errorLine, exitCodes, UsageError } from './cli-error';
import { globalOptions, globalUsage, resolveLocation } from './cli-options';

interface CommandEntry {
  readonly name: string;
  readonly summary: string;
  /** Loaded when run: each command pulls in only what it needs (credential-process must start fast). */
  readonly load: () => Promise<CliCommand>;
}

export const commands: readonly CommandEntry[] = [
  { name: 'login', summary: 'sign in to an instance (adds it when new)', load: async () => (await import('./commands/login')).loginCommand },
  { name: 'logout', summary: 'sign out of an instance', load: async () => (await import('./commands/logout')).logoutCommand },
  { name: 'accounts', summary: 'list the accounts and roles you can use', load: async () => (await import('./commands/accounts')).accountsCommand },
  { name: 'credentials', summary: "print a role's credentials for a shell or a .env file", load: async () => (await import('./commands/credentials')).credentialsCommand },
  { name: 'credential-process', summary: 'print role credentials as credential_process JSON (for ~/.aws/config)', load: async () => (await import('./commands/credential-process')).credentialProcessCommand },
  { name: 'config sync', summary: 'write a profile for every role to ~/.aws/config', load: async () => (await import('./commands/config-sync')).configSyncCommand },
  { name: 'console', summary: 'open (or print) the AWS console sign-in URL for a role', load: async () => (await import('./commands/console')).consoleCommand },
];

export function overview(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return `Usage: sso-tray COMMAND [options]

Commands:
${commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n')}

${globalUsage}

Run sso-tray COMMAND --help for a command's options.
`;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, second] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.stdout(overview());
    return first === undefined ? exitCodes.failed : exitCodes.ok;
  }
  const entry = commands.find((candidate) => candidate.name === first) ?? commands.find((candidate) => candidate.name === `${first} ${second ?? ''}`);
  if (!entry) {
    io.stderr(errorLine(new UsageError(`no command "${first}"; the commands are ${commands.map((candidate) => candidate.name).join(', ')}`)).line + '\n');
    return exitCodes.failed;
  }
  const rest = argv.slice(entry.name.split(' ').length);
  let context: CliContext | undefined;
  try {
    const command = await entry.load();
    const { values } = parseArgs({ args: [...rest], options: { ...command.options, ...globalOptions }, strict: true, allowPositionals: false });
    if (values.help) {
      io.stdout(`${command.help}\n\n${globalUsage}\n`);
      return exitCodes.ok;
    }
    context = new CliContext(resolveLocation(values as { 'user-data'?: string; 'keychain-service'?: string }, io.env, io.packaged, io.defaultUserDataDir), io);
    await command.run(context, values);
    return exitCodes.ok;
  } catch (error) {
    const { line, code } = errorLine(error);
    io.stderr(`${line}\n`);
    return code;
  } finally {
    await context?.close().catch(() => undefined);
  }
}
