import { fileURLToPath } from 'node:url';

/** The project root (the benchmark reads seeds/ and runs tools from here). */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
