/** One measured figure, printed as a row by bench/run.ts. */
export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: 'ms' | 'µs' | 'x' | 's' | 'MB' | 'calls';
  readonly note?: string;
}

/** One machine-readable result, printed as a JSON line by `bench/run.ts --json`. */
export interface BenchLine {
  readonly bench: string;
  readonly [key: string]: string | number | boolean;
}

/** What a bench case reports: rows for people and lines for `--json`. */
export interface BenchOutput {
  readonly figures: readonly Figure[];
  readonly lines: readonly BenchLine[];
}

/** Rounded for printing; the measurement itself keeps full precision. */
export function round(value: number, digits = 3): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
