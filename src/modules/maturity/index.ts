import type { FastifyInstance } from 'fastify';

export default async function maturity(_app: FastifyInstance) {
  // Routes are registered here.
}
