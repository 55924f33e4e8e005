// `SSO Tray --cli COMMAND ...`: the packaged app's binary as the headless CLI. With the RunAsNode
// fuse off the binary always runs main, so main looks at argv before anything else and, in this
// mode, runs app/cli without a window, a tray or the single-instance lock, then exits with the
// CLI's code. It shares the app's settings folder and keychain entries.
import { app } from 'electron';

export const cliSwitch = '--cli';

/** The CLI's arguments when the app was started as the CLI, else undefined. */
export function cliArguments(argv: readonly string[]): string[] | undefined {
  const index = argv.indexOf(cliSwitch);
  return index < 0 ? undefined : argv.slice(index + 1);
}

export function runCliMode(args: readonly string[]): void {
  // No dock icon on macOS for a command-line run.
  app.dock?.hide();
  const launcher = app.isPackaged ? [process.execPath, cliSwitch] : [process.execPath, app.getAppPath(), cliSwitch];
  // Loaded only in this mode: the app's own start never pays for the CLI.
  import('../app/cli/run-cli')
    .then(({ runCli }) =>
      runCli(args, {
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
        env: process.env,
        packaged: app.isPackaged,
        appVersion: app.getVersion(),
        launcher,
        defaultUserDataDir: app.getPath('userData'),
      }),
    )
    .then(
      (code) => process.stdout.write('', () => app.exit(code)),
      () => app.exit(1),
    );
}
