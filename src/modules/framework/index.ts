import type { FastifyInstance } from 'fastify';

export default async function framework(_app: FastifyInstance) {}
