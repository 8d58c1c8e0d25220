import type { FastifyInstance } from 'fastify';

export default async function assessments(_app: FastifyInstance) {
  // Routes are registered here.
}
