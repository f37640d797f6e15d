/**
 * The conformance ratchet: tests/conformance/best-scores.json holds the best score reached for
 * each measure; a run that falls below one fails. `UPDATE_CONFORMANCE=1` raises the stored scores
 * to the ones just measured where they improved (never lowers them: a deliberate trade-off that
 * lowers one is an edit of the file, explained in its commit).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Measure {
  passed: number;
  total: number;
}
export type Scores = Record<string, Measure>;

export const BEST_FILE = fileURLToPath(new URL('./best-scores.json', import.meta.url));

interface BestFile {
  about: string;
  scores: Scores;
}

/** The stored best scores (none when the file does not exist yet). */
export function readBest(path = BEST_FILE): Scores {
  if (!existsSync(path)) return {};
  return (JSON.parse(readFileSync(path, 'utf8')) as BestFile).scores;
}

/** Measures that fell below their best, as readable lines. */
export function regressions(current: Scores, best: Scores): string[] {
  return Object.entries(best)
    .filter(([key, b]) => (current[key]?.passed ?? 0) < b.passed)
    .map(([key, b]) => `${key}: ${current[key]?.passed ?? 'missing'} < best ${b.passed} (of ${b.total})`);
}

/** The best scores raised to `current` where it improved, or null when nothing improved. */
export function raised(current: Scores, best: Scores): Scores | null {
  let changed = false;
  const next: Scores = { ...best };
  for (const [key, m] of Object.entries(current)) {
    const b = best[key];
    if (!b || m.passed > b.passed || m.total !== b.total) {
      if (!b || m.passed >= b.passed) {
        next[key] = { ...m };
        changed = true;
      }
    }
  }
  return changed ? Object.fromEntries(Object.entries(next).sort(([a], [b]) => (a < b ? -1 : 1))) : null;
}

/** Writes the best scores file (only ever called under UPDATE_CONFORMANCE=1). */
export function writeBest(scores: Scores, path = BEST_FILE): void {
  const file: BestFile = {
    about: 'Best conformance scores reached (passed cases of total). The conformance test fails when a score falls below; UPDATE_CONFORMANCE=1 npx vitest run --project node tests/conformance raises them.',
    scores,
  };
  writeFileSync(path, JSON.stringify(file, null, 2) + '\n');
}
