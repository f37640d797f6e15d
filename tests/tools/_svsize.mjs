import { compile } from 'svelte/compiler';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { execSync } from 'node:child_process';
import { transformSync } from 'esbuild';
for (const f of process.argv.slice(2)) {
  for (const [name, src] of [['new', readFileSync(f, 'utf8')], ['old', execSync(`git show 75cbf52:${f}`).toString()]]) {
    const ts = src.replace(/<script lang="ts">([\s\S]*?)<\/script>/, (_, c) => `<script>${transformSync(c, { loader: 'ts' }).code}</script>`);
    const js = compile(ts, { generate: 'client', filename: f }).js.code;
    const min = transformSync(js, { minify: true }).code;
    console.log(f, name, gzipSync(min, { level: 9 }).length);
  }
}
