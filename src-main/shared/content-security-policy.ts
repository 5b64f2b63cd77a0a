/**
 * The renderer's Content-Security-Policy, sent as a header by main and by the browser host.
 * src-renderer/index.html repeats it in a <meta> tag without `frame-ancestors`, which
 * browsers ignore (and warn about) in a meta tag; the build checks the two agree.
 * ECharts sets inline styles, hence `style-src 'unsafe-inline'`; scripts stay 'self' only.
 */
const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
] as const;

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');

/** The policy as a <meta http-equiv> can carry it. */
export const META_CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');
