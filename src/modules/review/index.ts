import type { FastifyInstance } from 'fastify';

export default async function review(_app: FastifyInstance) {}
