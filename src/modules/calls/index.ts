import type { FastifyInstance } from 'fastify';

export type { FormField, FormFieldOption, FormFieldType, FormAnswers } from './form-fields.js';

export default async function calls(_app: FastifyInstance) {}
