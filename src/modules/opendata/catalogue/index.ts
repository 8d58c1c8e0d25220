import type { FastifyInstance } from 'fastify';

/** The DCAT-AP-VL catalogue, CSV and N-Triples dumps. */
export default async function catalogue(_app: FastifyInstance): Promise<void> {}
