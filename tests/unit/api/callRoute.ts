// Calls a SvelteKit +server.ts handler directly with a real Request, the way the app would (with the store in
// `locals`, as hooks.server.ts sets it).
import { appStore } from '../../../src/lib/server/store/appStore';

type Handler = (event: never) => Response | Promise<Response>;

export interface Call {
  method?: string;
  path: string;
  params?: Record<string, string>;
  body?: unknown;
  /** Sent as is (for malformed JSON). */
  raw?: string;
  headers?: Record<string, string>;
  cookies?: Record<string, string>;
}

export async function callRoute(
  handler: Handler | undefined,
  call: Call
): Promise<{ status: number; body: any }> {
  if (!handler) throw new Error(`No ${call.method ?? 'GET'} handler for ${call.path}`);
  const url = new URL(call.path, 'http://localhost');
  const hasBody = call.body !== undefined || call.raw !== undefined;
  const request = new Request(url, {
    method: call.method ?? 'GET',
    headers: { ...(hasBody ? { 'content-type': 'application/json' } : {}), ...call.headers },
    body: call.raw ?? (call.body !== undefined ? JSON.stringify(call.body) : undefined)
  });
  const cookies = { get: (name: string) => call.cookies?.[name] };
  const response = await (handler as (e: unknown) => Response | Promise<Response>)({
    request,
    url,
    params: call.params ?? {},
    cookies,
    locals: { store: appStore() }
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}
