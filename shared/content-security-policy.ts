/**
 * The renderer's Content-Security-Policy: its own files only, no network, no plugins. The same
 * string sits in renderer/index.html; a test keeps the two equal.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
