import type { FastifyInstance } from 'fastify';

export default async function vision(_app: FastifyInstance) {
  // Routes are registered here.
}
