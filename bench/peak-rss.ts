// The process's peak resident set size during one bench case, sampled every 50 ms (maxRSS from
// process.resourceUsage() is the peak of the whole process, so it cannot tell cases apart). The
// emulator runs in this process too, so its memory is part of the figure.
export class PeakRss {
  #peak = process.memoryUsage().rss;
  readonly #timer = setInterval(() => this.#sample(), 50);

  constructor() {
    this.#timer.unref();
  }

  /** Stops sampling; the peak in MB (10^6 bytes). */
  stop(): number {
    this.#sample();
    clearInterval(this.#timer);
    return this.#peak / 1e6;
  }

  #sample(): void {
    this.#peak = Math.max(this.#peak, process.memoryUsage().rss);
  }
}
