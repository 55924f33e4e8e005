// The CLI's entry in a checkout (`npm run -s cli -- COMMAND`, or the bundle `npm run build:cli`
// makes for plain node). The packaged app runs runCli from main/cli-mode.ts instead.
import packageJson from '../../package.json';
import { runCli } from './run-cli';

// Node's and the SDK's warnings (such as its Node-version notice) would add lines to stderr, where
// the CLI promises one line per failure; SSO_TRAY_CLI_WARNINGS=1 shows them.
if (process.env.SSO_TRAY_CLI_WARNINGS !== '1') process.removeAllListeners('warning');

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  packaged: false,
  appVersion: packageJson.version,
}).then(
  (code) => {
    // Exit once the output is flushed; keychain and socket handles must not keep the process alive.
    process.exitCode = code;
    process.stdout.write('', () => process.exit(code));
  },
  () => process.exit(1),
);
