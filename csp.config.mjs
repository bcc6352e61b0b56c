/**
 * The strict Content-Security-Policy the element is tested under, and the dev-server middleware
 * that sends it for the pages meant to prove it (examples/csp.html, test/fixtures/csp/csp.html).
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'", // Cytoscape injects one <style> element for its container
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html dompurify argument-map-worker',
].join('; ');

export function strictCspMiddleware(context, next) {
  if (/\/csp\.html$/.test(context.path)) context.set('Content-Security-Policy', STRICT_CSP);
  return next();
}
