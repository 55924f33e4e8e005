// The emulator's only source of chance. Fault decisions (and the generator's names and ids) come
// from a seeded PRNG, never Math.random, so a failing run replays exactly with the same seed.

/** Used when no seed is given, so even an unconfigured emulator makes the same choices every run. */
export const DEFAULT_SEED = 1;

/** A tiny seeded PRNG (public domain, Tommy Ettinger): uniform floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One sequence of draws that can be restarted: the admin API reseeds it whenever a settings patch
 * names `seed`, so a test gets the same fault decisions no matter what ran before it.
 */
export class SeededRandom {
  private draw: () => number;

  constructor(seed: number = DEFAULT_SEED) {
    this.draw = mulberry32(seed);
  }

  reseed(seed: number): void {
    this.draw = mulberry32(seed);
  }

  /** The next float in [0, 1). An arrow so it can be passed around as a plain `() => number`. */
  readonly next = (): number => this.draw();
}
