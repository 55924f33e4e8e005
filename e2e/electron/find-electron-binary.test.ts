import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary } from './find-electron-binary';

const packageDir = '/repo/node_modules/electron';

function inputs(options: { env?: Record<string, string>; files?: Record<string, string> }) {
  const files = options.files ?? {};
  return {
    env: options.env ?? {},
    packageDir,
    exists: (path: string) => Object.hasOwn(files, path),
    readText: (path: string) => files[path],
  };
}

describe('findElectronBinary', () => {
  it('uses ELECTRON_PATH when it exists', () => {
    expect(findElectronBinary(inputs({ env: { ELECTRON_PATH: '/opt/electron/electron' }, files: { '/opt/electron/electron': '' } }))).toEqual({
      found: true,
      path: '/opt/electron/electron',
    });
  });

  it('reports an ELECTRON_PATH that does not exist instead of falling back silently', () => {
    const result = findElectronBinary(inputs({ env: { ELECTRON_PATH: '/nope' } }));
    expect(result).toMatchObject({ found: false, reason: expect.stringContaining('/nope') });
  });

  it('follows node_modules/electron/path.txt into dist/', () => {
    const binary = join(packageDir, 'dist', 'electron');
    const files = { [join(packageDir, 'path.txt')]: 'electron\n', [binary]: '' };
    expect(findElectronBinary(inputs({ files }))).toEqual({ found: true, path: binary });
  });

  it('handles the macOS app bundle path', () => {
    const relative = 'Electron.app/Contents/MacOS/Electron';
    const binary = join(packageDir, 'dist', relative);
    const files = { [join(packageDir, 'path.txt')]: relative, [binary]: '' };
    expect(findElectronBinary(inputs({ files }))).toEqual({ found: true, path: binary });
  });

  it('says why when the download never ran', () => {
    expect(findElectronBinary(inputs({}))).toMatchObject({ found: false, reason: expect.stringContaining('path.txt') });
  });

  it('says why when path.txt names a missing file', () => {
    const files = { [join(packageDir, 'path.txt')]: 'electron' };
    expect(findElectronBinary(inputs({ files }))).toMatchObject({ found: false, reason: expect.stringContaining('does not exist') });
  });
});
