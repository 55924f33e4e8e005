// `npm run bench`: prints figures, each beside a baseline or a floor measured in the same run (a
// ratio), so a noisy machine moves both sides alike. Not a test: nothing here passes or fails.
//
//   npm run bench                         every case, as a table
//   npm run -s bench -- --json            one JSON object per line on stdout, nothing else
//                                         (-s keeps npm's own "> sso-tray bench" banner off stdout)
//   npm run bench -- --only listing       one case by its name (see `benches` below)
//
// Diagnostics (the SDK's warnings, anything the core logged as a warning) go to stderr.
// The listing case takes about 80 s (1,000 accounts cost 1,010 calls at 20 requests/s), the
// refresh case about 60 s (it lists 1,000 accounts first), ui-list about 50 s (the renderer build,
// then Debian's Chromium, or CHROMIUM_PATH, through the web host, 5,000 accounts and 50); the whole
// run about 3.5 minutes.
import type { BenchOutput, Figure } from './figure';
import { cachedStart } from './cached-start';
import { credentialProcessBench } from './credential-process';
import { listing } from './listing';
import { portalRefresh } from './portal-refresh';
import { refreshStorm } from './refresh-storm';
import { tokenHotPath } from './token-hot-path';
import { uiListBench } from './ui-list';

interface Bench {
  /** What --only takes. */
  readonly name: string;
  readonly title: string;
  readonly run: () => Promise<BenchOutput>;
}

const benches: readonly Bench[] = [
  { name: 'refresh-storm', title: 'refresh storm', run: refreshStorm },
  { name: 'token-hot-path', title: 'token hot path', run: tokenHotPath },
  { name: 'listing', title: 'portal listing after sign-in (50 ms a call, 20 requests/s), and the naive loop', run: listing },
  { name: 'cached-start', title: 'portal list from the cache at start', run: cachedStart },
  { name: 'refresh', title: 'portal refresh of a known list that grew', run: portalRefresh },
  { name: 'credential-process', title: 'credential_process helper as a process (20 runs), and aws configure export-credentials', run: credentialProcessBench },
  { name: 'ui-list', title: 'portal list in Chromium: first render and keystroke to paint, 5,000 accounts x 4 roles and 50 (baseline)', run: uiListBench },
];

interface Args {
  readonly json: boolean;
  readonly only: string | undefined;
}

function parseArgs(argv: readonly string[]): Args {
  let json = false;
  let only: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--only' || arg.startsWith('--only=')) {
      only = arg === '--only' ? argv[(index += 1)] : arg.slice('--only='.length);
      if (!only) usage('--only needs a bench name');
    }
    else usage(`unknown argument "${arg}"`);
  }
  if (only !== undefined && !benches.some((bench) => bench.name === only)) usage(`no bench named "${only ?? ''}"`);
  return { json, only };
}

function usage(problem: string): never {
  console.error(`bench: ${problem}\nusage: tsx bench/run.ts [--json] [--only ${benches.map((bench) => bench.name).join('|')}]`);
  process.exit(2);
}

function format(figure: Figure): string {
  const value = figure.unit === 'x' ? `${figure.value.toFixed(2)}x` : `${figure.value.toFixed(figure.value < 10 ? 2 : 0)} ${figure.unit}`;
  return `  ${figure.name.padEnd(66)} ${value.padStart(12)}${figure.note ? `   (${figure.note})` : ''}`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  for (const bench of benches) {
    if (args.only !== undefined && bench.name !== args.only) continue;
    if (!args.json) console.log(bench.title);
    const output = await bench.run();
    if (args.json) for (const line of output.lines) console.log(JSON.stringify(line));
    else for (const figure of output.figures) console.log(format(figure));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
