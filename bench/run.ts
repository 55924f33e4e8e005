// `npm run bench`: prints figures, each beside a baseline measured in the same run (a ratio), so a
// noisy machine moves both sides alike. Not a test: nothing here passes or fails.
import type { Figure } from './figure';
import { refreshStorm } from './refresh-storm';
import { tokenHotPath } from './token-hot-path';

const benches: readonly [string, () => Promise<Figure[]>][] = [
  ['refresh storm', refreshStorm],
  ['token hot path', tokenHotPath],
];

function format(figure: Figure): string {
  const value = figure.unit === 'x' ? `${figure.value.toFixed(1)}x` : `${figure.value.toFixed(figure.value < 10 ? 2 : 0)} ${figure.unit}`;
  return `  ${figure.name.padEnd(58)} ${value.padStart(12)}${figure.note ? `   (${figure.note})` : ''}`;
}

async function main(): Promise<void> {
  const only = process.argv[2];
  for (const [name, run] of benches) {
    if (only && !name.includes(only)) continue;
    console.log(name);
    for (const figure of await run()) console.log(format(figure));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
