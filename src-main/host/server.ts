import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve, sep } from 'node:path';
import { type ApiErrorCode, type ApiHandlers, type AppEvent, MAX_UPLOAD_BYTES, type Result, dispatch, fail, failSaying } from '../shared/api-contract.js';
import { issueText } from '../shared/issues.js';
import { CONTENT_SECURITY_POLICY } from '../shared/content-security-policy.js';
import { contentTypeOf } from '../shared/content-types.js';

/**
 * The loopback browser host: serves the built renderer and answers the contract at
 * POST /api/<method>. Only this launch's token opens the API (as `Authorization: Bearer`
 * or the `token` cookie set when the page is opened with ?token=...); the Host header
 * must name this server (no DNS rebinding) and an Origin, when sent, must be its own.
 * Events (import progress, project changes) stream as Server-Sent Events at GET /api/events.
 */

export interface HostOptions {
  /** Folder holding the built renderer (index.html and assets/). */
  rendererDir: string;
  handlers: ApiHandlers;
  /** 0 or absent: an ephemeral port. */
  port?: number;
  /** Absent: a fresh random token. */
  token?: string;
  /** Where AppEvents come from; each open /api/events stream subscribes. */
  events?: { subscribe(listener: (event: AppEvent) => void): () => void };
}

export interface RunningHost {
  port: number;
  token: string;
  /** The address to open, token included. */
  url: string;
  close(): Promise<void>;
}

/** Calls carry filters and table pages: 16 MB is far above any of them. */
const MAX_BODY_BYTES = 16 * 1024 * 1024;
/** Uploads carry whole workbooks, base64-encoded (4/3 of their size) plus a little JSON. */
const MAX_UPLOAD_BODY_BYTES = Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 64 * 1024;
/** A comment line every so often keeps idle event streams open through proxies and timeouts. */
const EVENT_KEEPALIVE_MS = 15_000;

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const STATUS_OF: Record<ApiErrorCode, number> = {
  'bad-argument': 400,
  forbidden: 403,
  'unknown-method': 404,
  internal: 500,
};

function sameSecret(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function bearer(req: IncomingMessage): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return match?.[1];
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(body)), ...extra });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

function sendResult(res: ServerResponse, result: Result<unknown>): void {
  const status = result.ok ? 200 : STATUS_OF[result.error.code];
  send(res, status, JSON.stringify(result), 'application/json; charset=utf-8', { 'Cache-Control': 'no-store' });
}

function refuse(res: ServerResponse, status: number, message: string, extra: Record<string, string> = {}): void {
  send(res, status, `${message}\n`, 'text/plain; charset=utf-8', { 'Cache-Control': 'no-store', ...extra });
}

/** The body as text, or null when it is larger than `limit` bytes (reading then stops). */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData).pause();
      resolveBody(null);
    };
    req.on('data', onData);
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const root = await realpath(resolve(options.rendererDir));
  let port = 0;

  const streams = new Set<ServerResponse>();

  function authorised(req: IncomingMessage): boolean {
    return sameSecret(bearer(req), token) || sameSecret(cookie(req, 'token'), token);
  }

  function eventStream(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'GET') return refuse(res, 405, 'Use GET.');
    if (!authorised(req)) return sendResult(res, failSaying('forbidden', issueText('issue.api.badToken')));
    if (req.headers['sec-fetch-site'] === 'cross-site') return sendResult(res, fail('forbidden', 'cross-site request'));
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': twinlens events\n\n');
    const unsubscribe = options.events?.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`)) ?? (() => undefined);
    const keepalive = setInterval(() => res.write(': keepalive\n\n'), EVENT_KEEPALIVE_MS);
    streams.add(res);
    res.on('close', () => {
      clearInterval(keepalive);
      unsubscribe();
      streams.delete(res);
    });
  }

  async function api(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (method === 'events') return eventStream(req, res);
    if (req.method !== 'POST') return refuse(res, 405, 'Use POST.');
    if (!authorised(req)) {
      return sendResult(res, failSaying('forbidden', issueText('issue.api.badToken')));
    }
    if (req.headers['sec-fetch-site'] === 'cross-site') return sendResult(res, fail('forbidden', 'cross-site request'));
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return refuse(res, 415, 'Send application/json.');
    const limit = method === 'import/upload' ? MAX_UPLOAD_BODY_BYTES : MAX_BODY_BYTES;
    const body = Number(req.headers['content-length'] ?? 0) > limit ? null : await readBody(req, limit);
    if (body === null) return refuse(res, 413, 'Request body too large.', { Connection: 'close' });
    let arg: unknown;
    try {
      arg = body.trim() === '' ? undefined : JSON.parse(body);
    } catch {
      return sendResult(res, fail('bad-argument', 'the request body is not JSON'));
    }
    sendResult(res, await dispatch(options.handlers, method, arg));
  }

  async function file(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Use GET.');
    if (url.pathname === '/' && url.searchParams.has('token')) {
      // Trade the token in the address for a cookie, and drop it from the address bar.
      if (!sameSecret(url.searchParams.get('token') ?? undefined, token)) return refuse(res, 403, 'Wrong token.');
      return send(res, 303, '', 'text/plain; charset=utf-8', {
        Location: '/',
        'Set-Cookie': `token=${token}; Path=/; HttpOnly; SameSite=Strict`,
        'Cache-Control': 'no-store',
      });
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return refuse(res, 400, 'Bad path.');
    }
    if (pathname.includes('\0') || pathname.includes('\\')) return refuse(res, 400, 'Bad path.');
    const relative = pathname === '/' ? 'index.html' : pathname.slice(1);
    const candidate = resolve(root, relative);
    if (!candidate.startsWith(root + sep)) return refuse(res, 404, 'Not found.');
    let real: string;
    let size: number;
    try {
      real = await realpath(candidate);
      const info = await stat(real);
      if (!real.startsWith(root + sep) || !info.isFile()) return refuse(res, 404, 'Not found.');
      size = info.size;
    } catch {
      return refuse(res, 404, 'Not found.');
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': contentTypeOf(real),
      'Content-Length': String(size),
      // Vite names built assets by content hash, so they never change under their name.
      'Cache-Control': relative === 'index.html' ? 'no-store' : relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(real).on('error', () => res.destroy()).pipe(res);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return refuse(res, 403, 'Unknown Host.');
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${host}`) return refuse(res, 403, 'Foreign Origin.');
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (url.pathname.startsWith('/api/')) return api(req, res, url.pathname.slice('/api/'.length));
    return file(req, res, url);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) res.destroy();
      else sendResult(res, fail('internal', error instanceof Error ? error.message : String(error)));
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        for (const stream of streams) stream.end();
        server.close((error) => (error ? reject(error) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}
