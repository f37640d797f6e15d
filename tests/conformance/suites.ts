/**
 * Locating and reading the peer conformance suites (Duckling's Arabic time corpus and Microsoft
 * Recognizers-Text's Arabic DateTime specs), copied into tests/conformance/data with their licences.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding duckling-ar/, recognizers-text-ar/ and month-names.json. */
export const CONFORMANCE_DIR = fileURLToPath(new URL('./data', import.meta.url));

export const DUCKLING_FILE = 'duckling-ar/duckling-ar-time.json';
export const RECOGNIZERS_DIR = 'recognizers-text-ar';

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
export function readDuckling(dir = CONFORMANCE_DIR): DucklingCorpus {
  return readJson<DucklingCorpus>(join(dir, DUCKLING_FILE));
}

/** Reads one Recognizers-Text spec file, e.g. "DateParser". */
export function readRecognizers(name: string, dir = CONFORMANCE_DIR): RecognizersCase[] {
  return readJson<RecognizersCase[]>(join(dir, RECOGNIZERS_DIR, `${name}.json`));
}
