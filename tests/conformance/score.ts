/** Tallies of passed cases, by category, for several readings of the same expected value. */

export interface Tally {
  total: number;
  /** Passed cases per reading, e.g. { duckling: 12, news: 14 }. */
  passed: Record<string, number>;
}

export class Scoreboard {
  readonly categories = new Map<string, Tally>();

  constructor(readonly readings: string[]) {}

  /** Records one case of `category`, passing the readings listed in `passed`. */
  add(category: string, passed: Record<string, boolean>): void {
    for (const key of [category, 'TOTAL']) {
      let t = this.categories.get(key);
      if (!t) {
        t = { total: 0, passed: Object.fromEntries(this.readings.map((r) => [r, 0])) };
        this.categories.set(key, t);
      }
      t.total++;
      for (const r of this.readings) if (passed[r]) t.passed[r]!++;
    }
  }

  /** Total passed for a reading. */
  score(reading: string): number {
    return this.categories.get('TOTAL')?.passed[reading] ?? 0;
  }

  /** A fixed-width table: one row per category (TOTAL last), passed/total and percent per reading. */
  table(title: string, labels: Record<string, string> = {}): string {
    const keys = [...this.categories.keys()].filter((k) => k !== 'TOTAL').sort();
    keys.push('TOTAL');
    const head = ['category', 'cases', ...this.readings.map((r) => labels[r] ?? r)];
    const rows = keys.map((k) => {
      const t = this.categories.get(k)!;
      return [k, String(t.total), ...this.readings.map((r) => `${t.passed[r]} (${Math.round((100 * t.passed[r]!) / t.total)}%)`)];
    });
    const all = [head, ...rows];
    const w = head.map((_, c) => Math.max(...all.map((row) => row[c]!.length)));
    const fmt = (row: string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(w[c]!) : cell.padStart(w[c]!))).join('  ');
    return [title, fmt(head), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(fmt)].join('\n');
  }
}
