import type { FastifyInstance } from 'fastify';

export default async function search(_app: FastifyInstance) {}
