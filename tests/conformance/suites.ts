/**
 * Locating and reading the peer conformance suites (Duckling's Arabic time corpus and Microsoft
 * Recognizers-Text's Arabic DateTime specs). They live outside the project, in
 * ../shared/conformance, or wherever TIMELINE_CONFORMANCE_DIR points.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The folder holding duckling-ar/ and recognizers-text-ar/. */
export function conformanceDir(): string {
  return resolve(process.env.TIMELINE_CONFORMANCE_DIR || join(PROJECT_ROOT, '../shared/conformance'));
}

export const DUCKLING_FILE = 'duckling-ar/duckling-ar-time.json';
export const RECOGNIZERS_DIR = 'recognizers-text-ar';

/** True when both suites are there. */
export function suitesPresent(dir = conformanceDir()): boolean {
  return existsSync(join(dir, DUCKLING_FILE)) && existsSync(join(dir, RECOGNIZERS_DIR, 'DateParser.json'));
}

export interface DucklingExample {
  text: string;
  kind: 'datetime' | 'interval';
  category: string;
  tags: string[];
  expected: { grain: string; startDate: string; endExclusiveDate?: string };
}

export interface DucklingCorpus {
  referenceTime: { local: string };
  examples: DucklingExample[];
  negative: string[];
}

export interface RecognizersResult {
  Text: string;
  Start: number;
  Length: number;
  Type?: string;
  Value?: {
    Timex?: string;
    FutureResolution?: { date?: string; startDate?: string; endDate?: string };
    PastResolution?: { date?: string; startDate?: string; endDate?: string };
  };
}

export interface RecognizersCase {
  Input: string;
  Context?: { ReferenceDateTime: string };
  IgnoreResolution?: string;
  Results: RecognizersResult[];
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as T;

/** Reads the Duckling corpus. */
export function readDuckling(dir = conformanceDir()): DucklingCorpus {
  return readJson<DucklingCorpus>(join(dir, DUCKLING_FILE));
}

/** Reads one Recognizers-Text spec file, e.g. "DateParser". */
export function readRecognizers(name: string, dir = conformanceDir()): RecognizersCase[] {
  return readJson<RecognizersCase[]>(join(dir, RECOGNIZERS_DIR, `${name}.json`));
}
