// The CLI: finds the command, parses its options with node:util parseArgs (strict: an unknown
// option is a usage error), runs it and answers an exit code. Secrets go to stdout only, from
// `credentials` and `credential-process`; every failure is one line on stderr.
import { parseArgs } from 'node:util';
import { accountsCommand } from './commands/accounts';
import { credentialProcessCommand } from './commands/credential-process';
import { credentialsCommand } from './commands/credentials';
import { loginCommand } from './commands/login';
import { logoutCommand } from './commands/logout';
import { configSyncCommand, consoleCommand } from './commands/pending';
import type { CliCommand } from './cli-command';
import { CliContext, type CliIo } from './cli-context';
import { errorLine, exitCodes, UsageError } from './cli-error';
import { globalOptions, globalUsage, resolveLocation } from './cli-options';

export const commands: readonly CliCommand[] = [loginCommand, logoutCommand, accountsCommand, credentialsCommand, credentialProcessCommand, configSyncCommand, consoleCommand];

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
  const command = commands.find((candidate) => candidate.name === first) ?? commands.find((candidate) => candidate.name === `${first} ${second ?? ''}`);
  if (!command) {
    io.stderr(errorLine(new UsageError(`no command "${first}"; the commands are ${commands.map((candidate) => candidate.name).join(', ')}`)).line + '\n');
    return exitCodes.failed;
  }
  const rest = argv.slice(command.name.split(' ').length);
  let context: CliContext | undefined;
  try {
    const { values } = parseArgs({ args: [...rest], options: { ...command.options, ...globalOptions }, strict: true, allowPositionals: false });
    if (values.help) {
      io.stdout(`${command.help}\n\n${globalUsage}\n`);
      return exitCodes.ok;
    }
    context = new CliContext(resolveLocation(values as { 'user-data'?: string; 'keychain-service'?: string }, io.env, io.packaged), io);
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
