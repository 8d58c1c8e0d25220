import type { FastifyInstance } from 'fastify';
import { linkedDataRoutes } from './routes.js';

/** Stable URIs with content negotiation and the JSON-LD context. */
export default async function linkedData(app: FastifyInstance): Promise<void> {
  await app.register(linkedDataRoutes);
}
