// The placement rule (../shared/ARCHITECTURE.md) as lint errors: each folder may import only what
// its runtime has. `npm run lint` is part of `npm test`, so a wrong import fails CI.
//
// How the zones are built: in flat config a later `no-restricted-imports` replaces an earlier one
// for the same file instead of adding to it. So every file below app/, main/ and renderer/ is
// matched by exactly one zone object (their `files`/`ignores` are disjoint), and each zone lists
// its complete set of restrictions, assembled from the named pieces below.
// scripts/lint-zones.test.ts proves each zone rejects what it must and accepts what it may.
import { builtinModules } from 'node:module';
import { posix } from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// --- Pieces: each is { paths, patterns } for no-restricted-imports --------------------------------

/** Node's built-ins: `node:*`, and every bare name (`fs`, `fs/promises`, `path`, ...) matched exactly. */
const noNode = (message) => ({
  paths: builtinModules.filter((name) => !name.startsWith('_')).map((name) => ({ name, message })),
  patterns: [{ group: ['node:*'], message }],
});

/** Electron and all its entry points (`electron/main`, `electron/renderer`, `electron/common`, `@electron/remote`). */
const noElectron = (message) => ({
  paths: [{ name: 'electron', message }],
  patterns: [{ group: ['electron/*', '@electron/*'], message }],
});

/** Only main/ipc and the preload may touch Electron's raw IPC objects, under any entry point. */
const rawIpcNames = ['ipcMain', 'ipcRenderer'];
const rawIpcMessage = 'Raw IPC lives only in main/ipc and the preload; add a channel to app/ipc/contract instead.';
const noRawIpc = {
  paths: [{ name: 'electron', importNames: rawIpcNames, message: rawIpcMessage }],
  patterns: [{ group: ['electron/*'], importNames: rawIpcNames, message: rawIpcMessage }],
};

const noReact = (message) => ({
  paths: ['react', 'react-dom'].map((name) => ({ name, message })),
  patterns: [{ group: ['react/*', 'react-dom/*'], message }],
});

/** Packages that need Node, reach AWS or hold secrets: never in code the page can load. */
const noNodeOnlyPackages = (message) => ({
  paths: ['conf', 'electron-store'].map((name) => ({ name, message })),
  patterns: [{ group: ['@aws-sdk/*', '@smithy/*', '@napi-rs/*'], message }],
});

const noFolders = (folders, message) => ({
  patterns: [{ group: folders.flatMap((folder) => [`**/${folder}`, `**/${folder}/**`]), message }],
});

/** Test doubles (app/testing, main/testing, renderer/src/testing) are for tests, never for the product. */
const noTesting = noFolders(['testing'], 'Test doubles under testing/ are for tests; production code uses the real port.');

/**
 * Relative imports from a file `depth` folders below `home` that land outside `allowed` (folders
 * relative to the repository, `home` among them). ESLint matches the import string, not the
 * resolved file, so this spells out, for each folder above `home`, "nothing here except the way
 * down to an allowed folder" as gitignore rules (how no-restricted-imports reads a group), plus the
 * bare folders on the way (`..`, `../../app`), which would resolve to an index file outside.
 */
function fence(home, allowed, depth, message) {
  const group = [];
  const deadEnds = [];
  let up = '../'.repeat(depth);
  for (let dir = posix.dirname(home), top = false; !top; dir = posix.dirname(dir)) {
    top = dir === '.';
    up += '../';
    deadEnds.push(up.slice(0, -1));
    // The allowed folders below `dir` as a tree of path segments.
    const tree = {};
    for (const target of allowed) {
      const relative = top ? target : posix.relative(dir, target);
      if (relative.startsWith('..')) continue;
      let node = tree;
      for (const segment of relative.split('/')) node = node[segment] ??= {};
      node.allowed = true;
    }
    const open = (node, prefix) => {
      group.push(`${prefix}*`);
      for (const [segment, child] of Object.entries(node)) {
        group.push(`!${prefix}${segment}`);
        if (child.allowed) continue;
        deadEnds.push(`${prefix}${segment}`);
        open(child, `${prefix}${segment}/`);
      }
    };
    open(tree, up);
    // One level further up is decided by the next round; above the repository nothing is allowed.
    if (!top) group.push(`!${up}..`);
  }
  const escaped = deadEnds.map((path) => path.replaceAll('.', '\\.'));
  return {
    patterns: [
      { group, message },
      { regex: `^(?:${escaped.join('|')})/?$`, message },
    ],
  };
}

/** The zone object for `files`: one no-restricted-imports built from all the given pieces. */
function zone({ files, ignores = [], languageOptions }, ...pieces) {
  return {
    files,
    ignores,
    ...(languageOptions ? { languageOptions } : {}),
    rules: {
      'no-restricted-imports': ['error', {
        paths: pieces.flatMap((piece) => piece.paths ?? []),
        patterns: pieces.flatMap((piece) => piece.patterns ?? []),
      }],
    },
  };
}

/** One zone per folder depth below `home`, since fence() depends on it (deeper folders: raise it). */
const maxDepth = 6;
function fencedZone(home, allowed, message, { ignores = [], extensions = ['ts'] } = {}, ...pieces) {
  return Array.from({ length: maxDepth + 1 }, (_, depth) =>
    zone(
      { files: extensions.map((extension) => `${home}/${'*/'.repeat(depth)}*.${extension}`), ignores },
      fence(home, allowed, depth, message),
      ...pieces,
    ));
}

const tests = (folder) => [`${folder}/**/*.test.ts`, `${folder}/**/*.test.tsx`];

// --- Messages ----------------------------------------------------------------------------------

const coreElectron = 'app/ is the headless core: put Electron code in main/ behind a port.';
const coreUi = 'app/ is the headless core: UI belongs in renderer/.';
const shared = 'app/ipc and app/model are loaded by the sandboxed page too: no Node, no AWS SDK, no secrets.';
const sharedFence = 'app/ipc and app/model may import only each other (and zod or small pure libraries).';
const page = 'The renderer is sandboxed: ask main through window.desktop (app/ipc).';
const preload = 'The sandboxed preload has no Node: it can only bridge app/ipc to Electron\'s renderer modules.';
const preloadFence = 'The preload may import only its own folder and app/ipc (the contract); everything else runs in main.';

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'test-results/', 'playwright-report/', 'e2e/web-host/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },

  // app/ (production): the headless core. Node and the SDK yes; Electron, React, main/, renderer/,
  // e2e/ and the test doubles no. app/ipc and app/model have their own, stricter zone below.
  zone(
    { files: ['app/**/*.ts'], ignores: [...tests('app'), 'app/ipc/**', 'app/model/**', 'app/testing/**'] },
    noElectron(coreElectron),
    noReact(coreUi),
    { paths: [{ name: 'electron-store', message: 'app/ uses the SettingsStore port; electron-store lives in main/.' }] },
    noFolders(['main', 'renderer', 'e2e'], 'app/ must not import main/, renderer/ or e2e/.'),
    noTesting,
  ),
  // app/testing/: the core's test doubles, held to the core's rules except that they share each other.
  zone(
    { files: ['app/testing/**/*.ts'], ignores: tests('app') },
    noElectron(coreElectron),
    noReact(coreUi),
    noFolders(['main', 'renderer', 'e2e'], 'app/ must not import main/, renderer/ or e2e/.'),
  ),
  // app/ tests (app/ipc and app/model ones too): they run only in Vitest in Node, never in the
  // page, so they may use Node, the SDK, the doubles and the emulator in e2e/; still no Electron,
  // React, main/ or renderer/.
  zone(
    { files: tests('app') },
    noElectron(coreElectron),
    noReact(coreUi),
    noFolders(['main', 'renderer'], 'app/ tests must not import main/ or renderer/.'),
  ),
  // app/ipc and app/model (production): the common layer the renderer and the preload bundle.
  // Nothing that needs Node or reaches AWS, and no other part of app/.
  ...['app/ipc', 'app/model'].flatMap((home) => fencedZone(
    home, ['app/ipc', 'app/model'], sharedFence, { ignores: tests(home) },
    noNode(shared),
    noNodeOnlyPackages(shared),
    noElectron(shared),
    noReact(shared),
    noTesting,
  )),

  // renderer/: the sandboxed page, held to the same rules in its tests; only production code is
  // kept from the test doubles in renderer/src/testing.
  ...[
    { files: ['renderer/**/*.ts', 'renderer/**/*.tsx'], ignores: [...tests('renderer'), 'renderer/**/testing/**'], extra: [noTesting] },
    { files: [...tests('renderer'), 'renderer/**/testing/**/*.ts', 'renderer/**/testing/**/*.tsx'], extra: [] },
  ].map(({ files, ignores, extra }) => zone(
    { files, ignores, languageOptions: { globals: { ...globals.browser } } },
    noElectron(page),
    noNode('The renderer has no Node: ask main through window.desktop.'),
    noNodeOnlyPackages('AWS calls and secrets stay in main: ask through window.desktop.'),
    noFolders(['main', 'e2e'], 'The renderer may not import main/ or e2e/.'),
    { patterns: [{ group: ['**/app/**', '!**/app/ipc', '!**/app/ipc/**', '!**/app/model', '!**/app/model/**'], message: 'The renderer may import only app/ipc and app/model from the core.' }] },
    ...extra,
  )),

  // main/ (production, outside main/ipc and the preload): Electron and Node, but no raw IPC, no
  // renderer/, e2e/ or test doubles.
  zone(
    { files: ['main/**/*.ts'], ignores: [...tests('main'), 'main/ipc/**', 'main/preload/**', 'main/testing/**'] },
    noRawIpc,
    noFolders(['renderer', 'e2e'], 'main/ may not import renderer/ or e2e/.'),
    noTesting,
  ),
  // main/ipc/ (production): the one place for ipcMain; otherwise main's rules.
  zone(
    { files: ['main/ipc/**/*.ts'], ignores: tests('main') },
    noFolders(['renderer', 'e2e'], 'main/ may not import renderer/ or e2e/.'),
    noTesting,
  ),
  // main/ tests and main/testing/: Node and the doubles, still no renderer/ or e2e/, and raw IPC
  // only in main/ipc and main/preload ones.
  zone(
    { files: ['main/**/*.test.ts', 'main/testing/**/*.ts'], ignores: ['main/ipc/**', 'main/preload/**'] },
    noRawIpc,
    noFolders(['renderer', 'e2e'], 'main/ may not import renderer/ or e2e/.'),
  ),
  zone(
    { files: ['main/ipc/**/*.test.ts', 'main/preload/**/*.test.ts'] },
    noFolders(['renderer', 'e2e'], 'main/ may not import renderer/ or e2e/.'),
  ),
  // main/preload/ (production): runs sandboxed in the page's process. No Node, nothing that needs
  // it, no main-process Electron modules; it may import its own folder and app/ipc, nothing else.
  ...fencedZone(
    'main/preload', ['main/preload', 'app/ipc'], preloadFence, { ignores: tests('main/preload') },
    noNode(preload),
    noNodeOnlyPackages(preload),
    { patterns: [{ group: ['electron/main', 'electron/utility', '@electron/*'], message: preload }] },
    noTesting,
  ),
);
