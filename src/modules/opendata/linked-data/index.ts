import type { FastifyInstance } from 'fastify';

/** Stable URIs with content negotiation and the JSON-LD context. */
export default async function linkedData(_app: FastifyInstance): Promise<void> {}
