/**
 * The benchmark's one table: rows of measured figures, each optionally held to a budget, printed
 * with aligned columns; and the machine the figures were measured on. Pure apart from machineInfo.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';

/** A budget: the figure must stay at or under `max` (or at or over `min`). */
export interface Budget {
  max?: number;
  min?: number;
  /** How the budget reads in the table, e.g. "≤ 40 KB". */
  text: string;
}

export interface Row {
  section: string;
  measure: string;
  /** The figure as printed. */
  result: string;
  /** The number the budget is checked against (same unit as the budget). */
  value?: number;
  budget?: Budget;
  note?: string;
}

export type Verdict = 'pass' | 'MISS' | '';

/** Whether a row keeps its budget ('' when it has none). A missing figure (NaN) misses. */
export function verdict(row: Row): Verdict {
  if (!row.budget) return '';
  const v = row.value;
  if (v === undefined || !Number.isFinite(v)) return 'MISS';
  if (row.budget.max !== undefined && v > row.budget.max) return 'MISS';
  if (row.budget.min !== undefined && v < row.budget.min) return 'MISS';
  return 'pass';
}

/** The rows as one aligned table (section, measure, result, budget, verdict, note). */
export function formatTable(rows: readonly Row[]): string {
  const cells = [['section', 'measure', 'result', 'budget', '', 'note'], ...rows.map((r) => [r.section, r.measure, r.result, r.budget?.text ?? '', verdict(r), r.note ?? ''])];
  const widths = (cells[0] as string[]).map((_, c) => Math.max(...cells.map((row) => [...(row[c] as string)].length)));
  const line = (row: string[]) =>
    row
      .map((cell, c) => {
        const pad = (widths[c] as number) - [...cell].length;
        return c === 2 ? ' '.repeat(pad) + cell : cell + ' '.repeat(pad);
      })
      .join('  ')
      .trimEnd();
  return [line(cells[0] as string[]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** `1234.5` → "1,234.5"; `digits` after the point. */
export function num(value: number, digits = 0): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Bytes as KB (1 KB = 1,000 bytes, as Vite prints sizes), two decimals. */
export function kb(bytes: number): string {
  return `${num(bytes / 1000, 2)} KB`;
}

/** nproc, CPU model, Node and Chromium versions, date and load: the context every figure needs. */
export function machineInfo(chromiumPath: string): string {
  let cpu = 'unknown CPU';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // not Linux
  }
  let chromium = 'unknown';
  try {
    chromium = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // reported as unknown
  }
  const load = loadavg().map((l) => l.toFixed(2)).join(' ');
  return `machine: nproc ${availableParallelism()}, ${cpu}; Node ${process.version}; ${chromium}; ${new Date().toISOString()}; load average ${load}`;
}
