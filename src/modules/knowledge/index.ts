import type { FastifyInstance } from 'fastify';

export default async function knowledge(_app: FastifyInstance) {}
