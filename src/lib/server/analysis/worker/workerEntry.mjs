// Worker-thread entry: lets Node load the TypeScript sources through tsx (as bin/parallax.js does), then runs
// the analysis worker. A plain file outside the Vite build, so the dev server, the build and tests share it.
import { register } from 'tsx/esm/api';

register({ tsconfig: false });
await import('./analysisWorker.ts');
