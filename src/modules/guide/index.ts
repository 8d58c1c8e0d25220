import type { FastifyInstance } from 'fastify';

export default async function guide(_app: FastifyInstance) {}
