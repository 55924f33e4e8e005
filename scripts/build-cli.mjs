// `npm run build:cli`: the CLI as an ES module bundle for plain node (out/cli/sso-tray-cli.mjs),
// split so a command loads only its own chunks: credential-process answered from the keychain
// cache never parses the AWS SDK. esbuild comes with vite. The keychain's native module stays
// outside the bundle and is required from node_modules.
import { build } from 'esbuild';

await build({
  entryPoints: { 'sso-tray-cli': 'app/cli/main.ts' },
  outdir: 'out/cli',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['@napi-rs/keyring'],
  // Bundled CommonJS packages call require; the CLI's own code reads __dirname.
  banner: {
    js: "import { createRequire as __cliRequire } from 'node:module'; import { fileURLToPath as __cliPath } from 'node:url'; import { dirname as __cliDir } from 'node:path'; const require = __cliRequire(import.meta.url); const __filename = __cliPath(import.meta.url); const __dirname = __cliDir(__filename);",
  },
  logLevel: 'warning',
});
