import type { FastifyInstance } from 'fastify';

export default async function improvement(_app: FastifyInstance) {
  // Routes are registered here.
}
