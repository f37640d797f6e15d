/**
 * `npm run --silent extract -- FILE... [--ref-date YYYY-MM-DD]`: prints the dataset for the files as JSON
 * on stdout and nothing else there; warnings go to stderr as `file:line:col: message`; bad input exits 1.
 */
import { fileURLToPath } from 'node:url';
import { buildDataset, serializeDataset } from './build-dataset.ts';
import { formatDiagnostic, LoaderError } from './loader-error.ts';
import { checkRefDate } from './read-article.ts';

const USAGE = 'usage: npm run --silent extract -- FILE... [--ref-date YYYY-MM-DD]';
/** The project root: `source` paths are written relative to it ("seeds/NAME.txt"). */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * `npm run` starts scripts in the project root; INIT_CWD is the folder the user typed the command
 * in, so FILE arguments resolve from there. Only trusted when this very script was started by npm,
 * since a child process of another npm script inherits a stale INIT_CWD.
 */
function invocationDir(): string {
  const env = process.env;
  return env.npm_lifecycle_event === 'extract' && env.INIT_CWD ? env.INIT_CWD : process.cwd();
}

function main(argv: string[]): number {
  const files: string[] = [];
  let refDate: string | undefined;
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyFiles) files.push(arg);
    else if (arg === '--') onlyFiles = true;
    else if (arg === '--ref-date') {
      const v = argv[++i];
      if (v === undefined) return usage('--ref-date needs a value');
      refDate = checkRefDate(v);
    } else if (arg.startsWith('--ref-date=')) {
      refDate = checkRefDate(arg.slice('--ref-date='.length));
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else if (arg.startsWith('-') && arg !== '-') {
      return usage(`unknown option ${arg}`);
    } else {
      files.push(arg);
    }
  }
  if (!files.length) return usage('no input file');
  const { dataset, warnings } = buildDataset(files, { root: ROOT, cwd: invocationDir(), ...(refDate ? { refDate } : {}) });
  for (const w of warnings) process.stderr.write(`${formatDiagnostic(w)}\n`);
  process.stdout.write(serializeDataset(dataset));
  return 0;
}

function usage(message: string): number {
  process.stderr.write(`extract: ${message}\n${USAGE}\n`);
  return 1;
}

// `extract … | head` closes the pipe early: that is the reader's choice, not an error to report.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof LoaderError) {
    process.stderr.write(`${e.message}\n`);
    process.exitCode = 1;
  } else {
    // A bug, not bad input: still one line, no stack trace (the contract's promise to users).
    process.stderr.write(`extract: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  }
}
