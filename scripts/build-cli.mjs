// `npm run build:cli`: the CLI as an ES module bundle for plain node (out/cli/sso-tray-cli.mjs),
// split so a command loads only its own chunks: credential-process answered from the keychain
// cache never parses the AWS SDK. esbuild comes with vite. The keychain's native module stays
// outside the bundle and is required from node_modules.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// The keychain module is CommonJS: imported from ESM, node first scans its source for export names
// (about 13 ms of a ~110 ms helper run); required, it loads straight away.
const keyringThroughRequire = {
  name: 'keyring-through-require',
  setup(build) {
    build.onResolve({ filter: /^@napi-rs\/keyring$/ }, (args) =>
      args.namespace === 'keyring-shim' ? { path: args.path, external: true } : { path: 'keyring', namespace: 'keyring-shim' },
    );
    build.onLoad({ filter: /.*/, namespace: 'keyring-shim' }, () => ({ contents: "module.exports = require('@napi-rs/keyring');", loader: 'js' }));
  },
};

// Chunk names carry content hashes: a fresh folder keeps stale chunks from piling up.
rmSync('out/cli', { recursive: true, force: true });

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
  plugins: [keyringThroughRequire],
  // Bundled CommonJS packages call require; the CLI's own code reads __dirname.
  banner: {
    js: "import { createRequire as __cliRequire } from 'node:module'; import { fileURLToPath as __cliPath } from 'node:url'; import { dirname as __cliDir } from 'node:path'; const require = __cliRequire(import.meta.url); const __filename = __cliPath(import.meta.url); const __dirname = __cliDir(__filename);",
  },
  logLevel: 'warning',
});
