/**
 * The renderer's Content-Security-Policy as its meta tag in renderer/index.html says it (a test
 * keeps the two equal): its own files only, no network, no plugins.
 */
export const META_CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/**
 * The same policy as the response header the hosts send, which also forbids framing the app:
 * frame-ancestors only works in a header (in a meta tag browsers ignore it, with a console error).
 */
export const CONTENT_SECURITY_POLICY = `${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
