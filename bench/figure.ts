/** One measured figure, printed as a row by bench/run.ts. */
export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: 'ms' | 'µs' | 'x';
  readonly note?: string;
}
