import { resolve } from 'node:path';
import type { ViteDevServer } from 'vite';

/**
 * In `npm run dev`, a change under seeds/ may bring new characters: `drop` forgets what a plugin
 * built, and the given virtual modules are invalidated in every environment so they load again.
 */
export function invalidateOnSeedsChange(server: ViteDevServer, seedsDir: string, ids: readonly string[], drop: () => void): void {
  server.watcher.on('all', (_event, file) => {
    if (!resolve(file).startsWith(seedsDir)) return;
    drop();
    for (const env of Object.values(server.environments)) {
      for (const id of ids) {
        const mod = env.moduleGraph.getModuleById(id);
        if (mod) env.moduleGraph.invalidateModule(mod);
      }
    }
  });
}
