// npm run dist: the installers electron-builder.yml describes, for the OS this runs on (a Mac:
// the universal dmg; Windows: the NSIS installer; Linux: the AppImage and the deb). Extra
// arguments go to electron-builder (e.g. `npm run dist -- --linux deb`).
//
// It needs what electron-builder needs: the Electron download for the target (from GitHub, or
// ELECTRON_MIRROR), and on a Mac the code-signing identity (CSC_LINK / the keychain) for a signed,
// notarisable build. Machines that cannot reach the Electron download cannot run it; there the
// packaging is checked by main/packaging.test.ts instead.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const windows = process.platform === 'win32';
const run = (command, args) => execFileSync(windows ? `${command}.cmd` : command, args, { stdio: 'inherit', shell: windows });

if (process.platform === 'darwin') {
  // npm installs only this Mac's keychain binary; the universal app carries both, one per
  // architecture (electron-builder.yml mac.x64ArchFiles). Same version as the binding itself.
  const { version } = JSON.parse(readFileSync(new URL('../node_modules/@napi-rs/keyring/package.json', import.meta.url), 'utf8'));
  run('npm', ['install', '--no-save', '--force', `@napi-rs/keyring-darwin-x64@${version}`, `@napi-rs/keyring-darwin-arm64@${version}`]);
}
run('npx', ['electron-vite', 'build']);
run('npx', ['electron-builder', '--publish', 'never', ...process.argv.slice(2)]);
