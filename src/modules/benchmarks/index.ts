import type { FastifyInstance } from 'fastify';

export default async function benchmarks(_app: FastifyInstance) {
  // Routes are registered here.
}
