import type { FastifyInstance } from 'fastify';

export default async function projects(_app: FastifyInstance) {}
