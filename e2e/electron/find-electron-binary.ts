// Finds an Electron executable WITHOUT requiring the electron package: requiring it downloads the
// binary on first use, which fails on machines without GitHub access (reference/toolchain.md).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type ElectronBinary =
  | { readonly found: true; readonly path: string }
  | { readonly found: false; readonly reason: string };

export interface FindElectronInputs {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The electron package folder (node_modules/electron). */
  readonly packageDir: string;
  readonly exists?: (path: string) => boolean;
  readonly readText?: (path: string) => string | undefined;
}

/** ELECTRON_PATH first (a developer's own build), then the binary the electron package installed. */
export function findElectronBinary(inputs: FindElectronInputs): ElectronBinary {
  const exists = inputs.exists ?? existsSync;
  const readText = inputs.readText ?? readIfPresent;
  const fromEnv = inputs.env.ELECTRON_PATH?.trim();
  if (fromEnv) {
    return exists(fromEnv) ? { found: true, path: fromEnv } : { found: false, reason: `ELECTRON_PATH points at ${fromEnv}, which does not exist` };
  }
  const relative = readText(join(inputs.packageDir, 'path.txt'))?.trim();
  if (!relative) {
    return { found: false, reason: 'no Electron binary on this machine (node_modules/electron/path.txt is missing: its download never ran); set ELECTRON_PATH to use one' };
  }
  const path = join(inputs.packageDir, 'dist', relative);
  return exists(path) ? { found: true, path } : { found: false, reason: `node_modules/electron/path.txt names ${path}, which does not exist` };
}

function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
