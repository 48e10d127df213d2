/** The nearest-rank percentile of ascending `sorted`: `share` 0.99 is the p99. */
export function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!;
}
