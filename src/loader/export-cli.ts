/**
 * `npm run export:svg -- [--doc ID] [--width 1200] [--outline] [--print] [--dark] [--out FILE] [--dataset FILE]`:
 * writes an article's whole timeline as a standalone SVG, without a browser, through the same
 * pipeline as the page's «تنزيل SVG» button: every event with its whole title, as tall as needed,
 * or on one A4 landscape page with --print (it says so when the events do not fit one page). The dataset is dist/data/timeline.json, else one built from seeds/,
 * or the JSON file given with --dataset. Default output: NAME-timeline.svg in the current directory. A bad
 * command line (unknown option, missing value) is a message and the usage on stderr, exit code 2;
 * bad input (unknown article, unreadable dataset, too many events for a page) one line, exit code 1. Relative paths are taken from the directory the command was typed in.
 */
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { documentExportInput, exportTimelineSvg, PrintDoesNotFitError } from '../lib/export/export-timeline-svg.ts';
import { DARK_PALETTE } from '../lib/render/palette.ts';
import { nodeExportEnvironment, readDatasetFile, readExportDataset } from './export-node.ts';
import { LoaderError } from './loader-error.ts';
import { visibleDataset } from '../lib/visible-events.ts';

const USAGE = 'usage: npm run export:svg -- [--doc ID] [--width PX] [--outline] [--print] [--dark] [--out FILE] [--dataset FILE]';
const MIN_WIDTH = 240;
const MAX_WIDTH = 20000;

/** Bad command line: exit 2, as a shell's own usage errors do. */
class UsageError extends Error {}
/** Good command line, bad input (unknown article, unreadable file, events too many for a page): exit 1. */
class InputError extends Error {}

interface Args {
  doc?: string;
  width: number;
  outline: boolean;
  print: boolean;
  dark: boolean;
  out?: string;
  dataset?: string;
}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  outline: { type: 'boolean' },
  print: { type: 'boolean' },
  dark: { type: 'boolean' },
  doc: { type: 'string' },
  out: { type: 'string' },
  dataset: { type: 'string' },
  width: { type: 'string' },
} as const;

/** node:util's parser, its errors turned into one plain line each. */
function readArgs(argv: string[]): Args | 'help' {
  let values: ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; strict: true; allowPositionals: false }>>['values'];
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const option = /'(-[^' ]+)/.exec((e as Error).message)?.[1]?.split(' ')[0] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option "${option}"`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`${option.replace(/^-\w, /, '')} needs a value`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new UsageError(`unexpected argument ${/'([^']*)'/.exec((e as Error).message)?.[0] ?? ''}`.trim());
    throw new UsageError((e as Error).message);
  }
  if (values.help) return 'help';
  for (const name of ['doc', 'out', 'dataset', 'width'] as const) if (values[name] === '') throw new UsageError(`--${name} needs a value`);
  const args: Args = { width: 1200, outline: values.outline ?? false, print: values.print ?? false, dark: values.dark ?? false };
  if (values.doc !== undefined) args.doc = values.doc;
  if (values.out !== undefined) args.out = values.out;
  if (values.dataset !== undefined) args.dataset = values.dataset;
  if (values.width !== undefined) {
    const v = values.width;
    const n = Number(v);
    if (!/^\d+$/.test(v) || n < MIN_WIDTH || n > MAX_WIDTH) throw new UsageError(`--width must be a whole number of pixels from ${MIN_WIDTH} to ${MAX_WIDTH}, got "${v}"`);
    args.width = n;
  }
  return args;
}

async function main(argv: string[]): Promise<number> {
  const args = readArgs(argv);
  if (args === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  // npm runs scripts from the project root; INIT_CWD is where the user typed the command.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const { dataset, from } = args.dataset
    ? { dataset: readDatasetFile(resolve(cwd, args.dataset), args.dataset), from: args.dataset }
    : readExportDataset(resolve(fileURLToPath(new URL('../..', import.meta.url))));
  const docId = args.doc ?? dataset.documents[0]?.id;
  if (docId === undefined) throw new InputError(`no article in ${from}`);
  if (!dataset.documents.some((d) => d.id === docId)) {
    throw new InputError(`unknown document id "${docId}" in ${from} (known: ${dataset.documents.map((d) => d.id).join(', ')})`);
  }
  const env = await nodeExportEnvironment(dataset, args.outline);
  const input = documentExportInput(visibleDataset(dataset), docId, { width: args.width }, true);
  if (args.dark) input.palette = DARK_PALETTE;
  if (args.print) input.print = true;
  let result;
  try {
    result = exportTimelineSvg(input, env);
  } catch (e) {
    if (e instanceof PrintDoesNotFitError) throw new InputError(`${e.message} (run without --print)`);
    throw e;
  }
  for (const r of result.removed) process.stderr.write(`export:svg: warning: removed from the drawing: ${r}\n`);
  if (result.missing.length) process.stderr.write(`export:svg: warning: the font has no glyph for ${result.missing.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ')}\n`);
  const out = resolve(cwd, args.out ?? result.fileName);
  try {
    writeFileSync(out, result.svg);
  } catch (e) {
    throw new InputError(`cannot write ${out} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  process.stderr.write(`export:svg: wrote ${relative(cwd, out) || out} (${(Buffer.byteLength(result.svg) / 1024).toFixed(1)} KB${args.outline ? ', text outlined' : ''}${args.print ? ', A4 landscape' : ''}) from ${from}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError) process.stderr.write(`export:svg: ${e.message}\n${USAGE}\n`);
    else if (e instanceof InputError || e instanceof LoaderError) process.stderr.write(`export:svg: ${e.message}\n`);
    else process.stderr.write(`export:svg: internal error: ${(e as Error).message}\n`);
    process.exitCode = e instanceof UsageError ? 2 : e instanceof InputError || e instanceof LoaderError ? 1 : 3;
  },
);
