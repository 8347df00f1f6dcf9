// Parallax's defaults for adapter-node's own settings, applied however the server is started (`npm start`,
// `node build`): svelte.config.js writes them into build/index.js, scripts/serve.js applies them before loading
// the handler. Uploads of several articles of up to 1 MB each must fit (adapter-node's default is 512 kB).
export const SERVER_DEFAULTS = { BODY_SIZE_LIMIT: '20M' };
