import type { FastifyInstance } from 'fastify';

export default async function actors(_app: FastifyInstance) {}
