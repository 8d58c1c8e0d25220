import type { FastifyInstance } from 'fastify';
import type { SeedSet } from '../../seed/seed-sets.js';

export const seedSets: SeedSet[] = [];

export default async function monitoring(_app: FastifyInstance) {}
