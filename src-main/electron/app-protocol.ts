import { readFile, realpath, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { type Session, protocol } from 'electron';
import { APP_SCHEME } from './policy/app-origin.js';
import { contentTypeOf, resolveAppAsset } from './policy/app-assets.js';
import { withSecurityHeaders } from './policy/security-headers.js';

/** Must run before the app is ready: app:// behaves like https (standard, secure origin). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
}

function reply(status: number, body: string | Uint8Array<ArrayBuffer> | null, contentType: string): Response {
  const headers = withSecurityHeaders({ 'Content-Type': contentType, 'Cache-Control': 'no-cache' });
  return new Response(body, { status, headers: Object.entries(headers).map(([k, v]) => [k, v.join(', ')] as [string, string]) });
}

/** Serves the built renderer folder at app://twinlens/, read-only, nothing outside it. */
export async function serveAppScheme(session: Session, rendererDir: string): Promise<void> {
  const root = await realpath(resolve(rendererDir));
  session.protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return reply(405, 'Use GET.', 'text/plain; charset=utf-8');
    const file = resolveAppAsset(root, request.url);
    if (!file) return reply(404, 'Not found.', 'text/plain; charset=utf-8');
    try {
      const real = await realpath(file);
      if (!real.startsWith(root + sep) || !(await stat(real)).isFile()) return reply(404, 'Not found.', 'text/plain; charset=utf-8');
      return reply(200, request.method === 'HEAD' ? null : new Uint8Array(await readFile(real)), contentTypeOf(real));
    } catch {
      return reply(404, 'Not found.', 'text/plain; charset=utf-8');
    }
  });
}
