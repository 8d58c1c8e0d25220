import type { FastifyInstance } from 'fastify';
import accounts from './accounts/index.js';
import privacy from './privacy/index.js';
import actors from './actors/index.js';
import developers from './developers/index.js';
import framework from './framework/index.js';
import governance from './governance/index.js';
import cycle from './cycle/index.js';
import monitoring from './monitoring/index.js';
import reporting from './reporting/index.js';
import home from './home/index.js';
import instruments from './instruments/index.js';
import knowledge from './knowledge/index.js';
import organisations from './organisations/index.js';
import maturity from './maturity/index.js';
import assessments from './assessments/index.js';
import benchmarks from './benchmarks/index.js';
import improvement from './improvement/index.js';
import vision from './vision/index.js';
import calls from './calls/index.js';
import review from './review/index.js';
import projects from './projects/index.js';
import search from './search/index.js';
import guide from './guide/index.js';
import opendata from './opendata/index.js';
import changes from './changes/index.js';
import apikeys from './apikeys/index.js';

/** Every capability of the platform, one Fastify plugin each. */
export const modules: Array<(app: FastifyInstance) => Promise<void>> = [
  home,
  accounts,
  privacy,
  framework,
  instruments,
  actors,
  knowledge,
  governance,
  cycle,
  monitoring,
  reporting,
  organisations,
  maturity,
  assessments,
  benchmarks,
  improvement,
  vision,
  calls,
  review,
  projects,
  search,
  guide,
  opendata,
  changes,
  apikeys,
  developers,
];
