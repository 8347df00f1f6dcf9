import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { SERVER_DEFAULTS } from './serverDefaults.js';

const out = 'build';
const nodeAdapter = adapter({ out });

/**
 * adapter-node, then build/index.js sets Parallax's defaults (SERVER_DEFAULTS) before the adapter's server (now
 * build/server.js) reads its environment, so `node build` has the same body limit as `npm start`.
 */
const parallaxAdapter = {
  ...nodeAdapter,
  async adapt(builder) {
    await nodeAdapter.adapt(builder);
    const index = join(out, 'index.js');
    renameSync(index, join(out, 'server.js'));
    const defaults = Object.entries(SERVER_DEFAULTS)
      .map(([name, value]) => `process.env.${name} ??= ${JSON.stringify(value)};`)
      .join('\n');
    writeFileSync(
      index,
      `// Parallax's defaults (serverDefaults.js), set before adapter-node reads the environment.\n${defaults}\nawait import('./server.js');\n`
    );
  }
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    adapter: parallaxAdapter,
    // The cross-site form check is src/lib/server/auth/csrfHandle.ts, so the API answers it in its error shape.
    csrf: { trustedOrigins: ['*'] }
  }
};

export default config;
