import fp from 'fastify-plugin';

/**
 * Security headers on every response. The content security policy allows scripts and styles
 * from this origin only: no inline script, no inline style attribute, nothing from other hosts.
 */
export const securityHeaders = fp(async (app) => {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('content-security-policy',
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
      + "base-uri 'self'; form-action 'self'; frame-ancestors 'self'");
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'strict-origin-when-cross-origin');
    reply.header('x-frame-options', 'SAMEORIGIN');
    reply.header('cross-origin-opener-policy', 'same-origin');
    return payload;
  });
}, { name: 'security-headers' });
