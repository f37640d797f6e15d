/**
 * `npm run --silent extract -- FILE... [--ref-date YYYY-MM-DD]`: prints the dataset for the files as JSON
 * on stdout and nothing else there; warnings go to stderr as `file:line:col: message`; bad input exits 1.
 */
import { buildDataset, serializeDataset } from './build-dataset.ts';
import { formatDiagnostic, LoaderError } from './loader-error.ts';
import { checkRefDate } from './read-article.ts';

function main(argv: string[]): number {
  const files: string[] = [];
  let refDate: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--ref-date') {
      const v = argv[++i];
      if (v === undefined) return usage('--ref-date needs a value');
      refDate = checkRefDate(v);
    } else if (arg.startsWith('--ref-date=')) {
      refDate = checkRefDate(arg.slice('--ref-date='.length));
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write('usage: npm run --silent extract -- FILE... [--ref-date YYYY-MM-DD]\n');
      return 0;
    } else if (arg.startsWith('--')) {
      return usage(`unknown option ${arg}`);
    } else {
      files.push(arg);
    }
  }
  if (!files.length) return usage('no input file');
  const { dataset, warnings } = buildDataset(files, refDate ? { refDate } : {});
  for (const w of warnings) process.stderr.write(`${formatDiagnostic(w)}\n`);
  process.stdout.write(serializeDataset(dataset));
  return 0;
}

function usage(message: string): number {
  process.stderr.write(`extract: ${message}\nusage: npm run --silent extract -- FILE... [--ref-date YYYY-MM-DD]\n`);
  return 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof LoaderError) {
    process.stderr.write(`${e.message}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`extract: internal error: ${(e as Error).message}\n`);
    process.exitCode = 2;
  }
}
