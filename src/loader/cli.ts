/**
 * `npm run --silent extract -- FILE... [--ref-date YYYY-MM-DD]`: prints the dataset for the files as JSON
 * on stdout and nothing else there; warnings go to stderr as `file:line:col: message`; bad input (an
 * article, its meta or edits file) exits 1, a bad command line exits 2. Each FILE's NAME.edits.json is applied.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
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

/** The command line, read by node:util's parseArgs: every option spelt out, a value required where one is due. */
function readArgs(argv: string[]): { files: string[]; refDate?: string; help: boolean } | { usage: string } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { 'ref-date': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { files: positionals, help: !!values.help, ...(values['ref-date'] !== undefined ? { refDate: values['ref-date'] } : {}) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const name = /'(-[^' ]*)/.exec((e as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return { usage: `unknown option ${name} (to pass a file whose name starts with "-", put it after --)` };
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return { usage: `${name} needs a value` };
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return { usage: (e as Error).message };
    throw e;
  }
}

function main(argv: string[]): number {
  const args = readArgs(argv);
  if ('usage' in args) return usage(args.usage);
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const refDate = args.refDate !== undefined ? checkRefDate(args.refDate) : undefined;
  if (!args.files.length) return usage('no input file');
  const { dataset, warnings } = buildDataset(args.files, { root: ROOT, cwd: invocationDir(), ...(refDate ? { refDate } : {}) });
  for (const w of warnings) process.stderr.write(`${formatDiagnostic(w)}\n`);
  process.stdout.write(serializeDataset(dataset));
  return 0;
}

/** A usage error: the reason and the usage line on stderr, exit code 2 (bad input files exit 1). */
function usage(message: string): number {
  process.stderr.write(`extract: ${message}\n${USAGE}\n`);
  return 2;
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
