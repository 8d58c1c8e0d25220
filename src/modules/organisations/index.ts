import type { FastifyInstance } from 'fastify';

export default async function organisations(_app: FastifyInstance) {
  // Routes are registered here.
}
