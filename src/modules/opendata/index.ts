import type { FastifyInstance } from 'fastify';
import catalogue from './catalogue/index.js';
import linkedData from './linked-data/index.js';

/** Open data: stable URIs in OSLO vocabularies, the DCAT-AP-VL catalogue and the dumps. */
export default async function opendata(app: FastifyInstance): Promise<void> {
  await app.register(linkedData);
  await app.register(catalogue);
}
