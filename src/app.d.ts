// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    interface Error {
      message: string;
      code?: string;
    }
    interface Locals {
      /** The repositories (src/lib/server/store), set for every request by hooks.server.ts. */
      store: import('$lib/server/store/Store').Store;
    }
  }
}

export {};
