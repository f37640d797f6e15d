/**
 * `npm run export:svg -- [--doc ID] [--width 1200] [--outline] [--out FILE] [--dataset FILE]`: writes
 * an article's whole timeline as a standalone SVG, without a browser, through the same pipeline as
 * the page's «تنزيل SVG» button. The dataset is dist/data/timeline.json, else one built from seeds/,
 * or the JSON file given with --dataset. Default output: NAME-timeline.svg in the current directory. Bad input is one
 * line on stderr and exit code 1. Relative paths are taken from the directory the command was typed in.
 */
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentExportInput, exportTimelineSvg } from '../lib/export/export-timeline-svg.ts';
import { nodeExportEnvironment, readDatasetFile, readExportDataset } from './export-node.ts';
import { LoaderError } from './loader-error.ts';
import { visibleDataset } from '../lib/visible-events.ts';

const USAGE = 'usage: npm run export:svg -- [--doc ID] [--width PX] [--outline] [--out FILE] [--dataset FILE]';
const MIN_WIDTH = 240;
const MAX_WIDTH = 20000;

class UsageError extends Error {}

interface Args {
  doc?: string;
  width: number;
  outline: boolean;
  out?: string;
  dataset?: string;
}

function parseArgs(argv: string[]): Args | 'help' {
  const args: Args = { width: 1200, outline: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const [name, inline] = arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (name === '--help' || name === '-h') return 'help';
    else if (name === '--outline') args.outline = true;
    else if (name === '--doc') args.doc = value();
    else if (name === '--out') args.out = value();
    else if (name === '--dataset') args.dataset = value();
    else if (name === '--width') {
      const v = value();
      const n = Number(v);
      if (!/^\d+$/.test(v) || n < MIN_WIDTH || n > MAX_WIDTH) throw new UsageError(`--width must be a whole number of pixels from ${MIN_WIDTH} to ${MAX_WIDTH}, got "${v}"`);
      args.width = n;
    } else throw new UsageError(`unknown argument "${arg}"`);
  }
  return args;
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
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
  if (docId === undefined) throw new UsageError(`no article in ${from}`);
  if (!dataset.documents.some((d) => d.id === docId)) {
    throw new UsageError(`unknown document id "${docId}" in ${from} (known: ${dataset.documents.map((d) => d.id).join(', ')})`);
  }
  const env = await nodeExportEnvironment(dataset, args.outline);
  const result = exportTimelineSvg(documentExportInput(visibleDataset(dataset), docId, { width: args.width }, true), env);
  for (const r of result.removed) process.stderr.write(`export:svg: warning: removed from the drawing: ${r}\n`);
  if (result.missing.length) process.stderr.write(`export:svg: warning: the font has no glyph for ${result.missing.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ')}\n`);
  const out = resolve(cwd, args.out ?? result.fileName);
  try {
    writeFileSync(out, result.svg);
  } catch (e) {
    throw new UsageError(`cannot write ${out} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  process.stderr.write(`export:svg: wrote ${relative(cwd, out) || out} (${(Buffer.byteLength(result.svg) / 1024).toFixed(1)} KB${args.outline ? ', text outlined' : ''}) from ${from}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError) process.stderr.write(`export:svg: ${e.message}\n`);
    else if (e instanceof LoaderError) process.stderr.write(`export:svg: ${e.message}\n`);
    else process.stderr.write(`export:svg: internal error: ${(e as Error).message}\n`);
    process.exitCode = e instanceof UsageError || e instanceof LoaderError ? 1 : 2;
  },
);
