/**
 * Security headers on every response (helmet). The pages this service serves
 * (GraphiQL, the explorer) load only their own assets from this origin and talk
 * only to it, so the policy can be strict: no inline or foreign scripts, no
 * framing by other sites, nothing fetched from elsewhere.
 */
import { RequestHandler } from 'express';
import helmet from 'helmet';

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  // Cytoscape and GraphiQL set element styles at run time.
  styleSrc: ["'self'", "'unsafe-inline'"],
  // The explorer's PNG/JSON exports are data: and blob: URLs made in the page; GraphiQL's fonts are data: URLs.
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // Plain HTTP on loopback by default: HSTS would be ignored, and a TLS proxy in front sets its own.
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
  });
}
