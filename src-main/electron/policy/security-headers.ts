import { CONTENT_SECURITY_POLICY } from '../../shared/content-security-policy.js';

type Headers = Record<string, string | string[]>;

const OURS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
};

/**
 * Response headers with the app's CSP (and nosniff) in place of any the response brought:
 * whatever a response says, the page's policy is ours. Header names compare case-insensitively.
 */
export function withSecurityHeaders(headers: Headers | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const replaced = new Set(Object.keys(OURS).map((k) => k.toLowerCase()));
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (replaced.has(name.toLowerCase())) continue;
    out[name] = Array.isArray(value) ? value : [value];
  }
  for (const [name, value] of Object.entries(OURS)) out[name] = [value];
  return out;
}

/** For `session.webRequest.onHeadersReceived`: every response carries the CSP. */
export function securityHeadersListener(
  details: { responseHeaders?: Headers },
  callback: (response: { responseHeaders: Record<string, string[]> }) => void,
): void {
  callback({ responseHeaders: withSecurityHeaders(details.responseHeaders) });
}
