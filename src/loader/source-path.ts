import { isAbsolute, relative, sep } from 'node:path';

/**
 * The `source` of an article: its path relative to the project root, with forward slashes
 * ("seeds/NAME.txt"), so the dataset is the same on every machine; a file outside the root keeps
 * the path it was given as.
 */
export function sourcePath(absolutePath: string, root: string, given: string): string {
  const rel = relative(root, absolutePath);
  const inside = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  return (inside ? rel : given).split(sep).join('/');
}
