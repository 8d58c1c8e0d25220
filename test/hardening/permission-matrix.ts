import type { Outcome } from './matrix-run.js';
import { PEOPLE, type Person } from './world.js';

/**
 * Who may do what: every write route of the platform (API and HTML forms) against every kind of
 * person (see world.ts). A route the app has and this table lacks fails the test, so a new write
 * route is classified here before it ships.
 *
 * Outcomes, for a well-formed request on an existing record: 'ok' passes the permission rules
 * (the answer may still be 400, 409 or 2xx), 401 asks to log in, 403 refuses, 404 hides a record
 * the person may not know of; 'open' is no permission matter (logging in). A person left out of
 * a rule gets its default: 401 for visitors without an account, else the rule's second argument.
 */
function rule(outcomes: Partial<Record<Person, Outcome>>, otherwise: Outcome = 403): Record<Person, Outcome> {
  const row = {} as Record<Person, Outcome>;
  for (const person of PEOPLE) row[person] = outcomes[person] ?? (person === 'anonymous' ? 401 : otherwise);
  return row;
}

/** Everyone, with or without an account. */
const EVERYONE = rule({ anonymous: 'ok' }, 'ok');
/** Any account; what it may do with one record is decided by the record (and shows in 'ok' answers as 400/409). */
const ACCOUNTS = rule({}, 'ok');
/** The transition team prepares and edits (R1.3). */
const TEAM = rule({ transition_team: 'ok', admin: 'ok' });
/** The steering committee approves, adopts and publishes what the team prepared (R1.3). */
const STEERING = rule({ steering_committee: 'ok', admin: 'ok' });
/** Team and steering committee together (signals, decisions on applications). */
const BODIES = rule({ steering_committee: 'ok', transition_team: 'ok', admin: 'ok' });
const ADMIN = rule({ admin: 'ok' });
/** No permission matter: logging in answers 401 to a wrong password, to anyone. */
const OPEN = rule({ anonymous: 'open' }, 'open');
/** An organisation's own data: owners and members manage it, respondents only answer, coaches read; others do not see it. */
const ORG_MANAGERS = rule({ org_owner: 'ok', org_member: 'ok', org_respondent: 403, coach: 403 }, 404);
/** Membership, coaches and consent: owners only. */
const ORG_OWNERS = rule({ org_owner: 'ok', org_member: 403, org_respondent: 403, coach: 403 }, 404);
/** Answering an assessment: every member, respondents included. */
const ORG_RESPONDENTS = rule({ org_owner: 'ok', org_member: 'ok', org_respondent: 'ok', coach: 403 }, 404);
/** Membership pages: owners; the team and outsiders who know the organisation exists get 403, others 404. */
const ORG_OWNERS_ONLY = rule({ outsider: 404, org_owner: 'ok', reviewer: 404, actor_editor: 404, steering_committee: 404 });
/** An application: its consortium (the lead's owners and members) and the team. */
const CONSORTIUM = rule({ org_owner: 'ok', org_member: 'ok', transition_team: 'ok', admin: 'ok' }, 404);
/** An entry of a support actor: its editors and the team. */
const ACTOR_EDITORS = rule({ actor_editor: 'ok', transition_team: 'ok', admin: 'ok' });

/**
 * Pages' forms are sent empty: where a form checks the record after reading the form (an
 * application, a question, a lesson), an account without rights meets the form's validation
 * first ('ok' with a 400 page); the API twin, sent a well-formed body, shows the record rule.
 */
const TABLE: Record<string, Record<Person, Outcome>> = {
  // accessibility
  'POST /accessibility': EVERYONE,
  // action-lines
  'POST /action-lines': TEAM,
  'POST /api/action-lines': TEAM,
  'POST /action-lines/:code': TEAM,
  'PUT /api/action-lines/:code': TEAM,
  'POST /action-lines/:code/plans': TEAM,
  'POST /api/action-lines/:code/plans': TEAM,
  // actions
  'POST /actions/:id': TEAM,
  'PUT /api/actions/:id': TEAM,
  'POST /actions/:id/decisions': TEAM,
  'POST /api/actions/:id/decisions': TEAM,
  'POST /actions/:id/milestones': TEAM,
  'POST /api/actions/:id/milestones': TEAM,
  // admin
  'POST /admin/login-settings': TEAM,
  'POST /admin/users': ADMIN,
  // api-keys
  'POST /api-keys': ACCOUNTS,
  'POST /api/api-keys': rule({ org_owner: 'ok' }),
  'POST /api-keys/:id/revoke': rule({}, 404),
  'POST /api/api-keys/:id/revoke': rule({}, 404),
  // applications
  'POST /applications/:id': rule({ org_owner: 'ok', org_member: 'ok', transition_team: 403, admin: 403 }, 404),
  'PUT /api/applications/:id': rule({ org_owner: 'ok', org_member: 'ok', transition_team: 403, admin: 403 }, 404),
  'POST /applications/:id/decision': BODIES,
  'POST /api/applications/:id/decision': BODIES,
  'POST /applications/:id/partners': CONSORTIUM,
  'POST /api/applications/:id/partners': CONSORTIUM,
  'DELETE /api/applications/:id/partners/:organisationId': CONSORTIUM,
  'POST /applications/:id/partners/:organisationId/confirm': CONSORTIUM,
  'POST /api/applications/:id/partners/:organisationId/confirm': CONSORTIUM,
  'POST /applications/:id/partners/:organisationId/remove': CONSORTIUM,
  'POST /applications/:id/steps': TEAM,
  'POST /api/applications/:id/steps': TEAM,
  'POST /api/applications/:id/submit': CONSORTIUM,
  'POST /applications/:id/withdraw': CONSORTIUM,
  'POST /api/applications/:id/withdraw': CONSORTIUM,
  // assessments
  'PUT /api/assessments/:id/answers/:questionId': ORG_RESPONDENTS,
  'POST /assessments/:id/dimensions/:code': ORG_RESPONDENTS,
  'POST /assessments/:id/finish': ORG_RESPONDENTS,
  'POST /api/assessments/:id/finish': ORG_RESPONDENTS,
  'POST /assessments/:id/reopen': ORG_RESPONDENTS,
  'POST /api/assessments/:id/reopen': ORG_RESPONDENTS,
  'POST /assessments/:id/submit': ORG_MANAGERS,
  'POST /api/assessments/:id/submit': ORG_MANAGERS,
  // bodies
  'POST /bodies': TEAM,
  'POST /api/bodies': TEAM,
  'POST /bodies/:code/meetings': TEAM,
  'POST /api/bodies/:code/meetings': TEAM,
  'POST /bodies/:code/members': TEAM,
  'POST /api/bodies/:code/members': TEAM,
  'POST /bodies/:code/members/:memberId': TEAM,
  'PUT /api/bodies/:code/members/:memberId': TEAM,
  // calls
  'POST /calls': TEAM,
  'POST /api/calls': TEAM,
  'PUT /api/calls/:code': TEAM,
  'POST /calls/:code/applications': ACCOUNTS,
  'POST /api/calls/:code/applications': ACCOUNTS,
  'POST /calls/:code/edit': TEAM,
  'POST /calls/:code/publish': TEAM,
  'POST /api/calls/:code/publish': TEAM,
  'POST /calls/:code/review/close': TEAM,
  'POST /api/calls/:code/review/close': TEAM,
  'POST /calls/:code/reviewers': TEAM,
  'POST /api/calls/:code/reviewers': TEAM,
  'DELETE /api/calls/:code/reviewers/:userId': TEAM,
  'POST /calls/:code/reviewers/:userId/remove': TEAM,
  // cases
  'POST /cases': ACCOUNTS,
  'POST /api/cases': ACTOR_EDITORS,
  'PUT /api/cases/:code': TEAM,
  'POST /cases/:code/edit': ACCOUNTS,
  // conformity
  'POST /conformity': TEAM,
  'POST /api/conformity': TEAM,
  'POST /conformity/:id': TEAM,
  'PUT /api/conformity/:id': TEAM,
  // decisions
  'POST /decisions/:code': TEAM,
  'PUT /api/decisions/:code': TEAM,
  'POST /decisions/:code/approve': STEERING,
  'POST /api/decisions/:code/approve': STEERING,
  'POST /decisions/:code/publish': STEERING,
  'POST /api/decisions/:code/publish': STEERING,
  // forms
  'POST /forms': TEAM,
  'POST /api/forms': TEAM,
  'PUT /api/forms/:id': TEAM,
  'POST /forms/:id/edit': TEAM,
  'POST /forms/:id/publish': TEAM,
  'POST /api/forms/:id/publish': TEAM,
  'POST /forms/:id/versions': TEAM,
  'POST /api/forms/:id/versions': TEAM,
  // funding
  'POST /funding': ACCOUNTS,
  'POST /api/funding': ACTOR_EDITORS,
  'PUT /api/funding/:code': TEAM,
  'POST /funding/:code/edit': ACCOUNTS,
  'POST /funding/:code/retire': TEAM,
  'POST /api/funding/:code/retire': TEAM,
  // guide
  'POST /guide/contacts/:id/answer': ACCOUNTS,
  'POST /api/guide/contacts/:id/answer': rule({}, 404),
  'POST /guide/offers': ACCOUNTS,
  'POST /api/guide/offers': ACCOUNTS,
  'PUT /api/guide/offers/:id': ACTOR_EDITORS,
  'POST /guide/offers/:id/responses': ACCOUNTS,
  'POST /api/guide/offers/:id/responses': ACTOR_EDITORS,
  'POST /api/guide/offers/:id/retire': ACTOR_EDITORS,
  'POST /guide/questions': ACCOUNTS,
  'POST /api/guide/questions': rule({ org_owner: 'ok', org_member: 'ok' }),
  'POST /guide/questions/:id/close': rule({ org_owner: 'ok', org_member: 'ok', org_respondent: 'ok' }, 404),
  'POST /api/guide/questions/:id/close': rule({ org_owner: 'ok', org_member: 'ok' }),
  'POST /guide/questions/:id/contacts': rule({ org_owner: 'ok', org_member: 'ok', org_respondent: 'ok' }, 404),
  'POST /api/guide/questions/:id/contacts': rule({ org_owner: 'ok', org_member: 'ok' }),
  // imports
  'POST /imports': TEAM,
  'POST /api/imports': TEAM,
  // instruments
  'POST /instruments': TEAM,
  'POST /api/instruments': TEAM,
  'POST /instruments/:code': TEAM,
  'PUT /api/instruments/:code': TEAM,
  'POST /instruments/:code/restore': TEAM,
  'POST /api/instruments/:code/restore': TEAM,
  'POST /instruments/:code/retire': TEAM,
  'POST /api/instruments/:code/retire': TEAM,
  // invitations
  'POST /invitations/:token': EVERYONE,
  'POST /api/invitations/:token': EVERYONE,
  // knowledge
  'POST /knowledge/editors': TEAM,
  'POST /api/knowledge/editors': TEAM,
  'DELETE /api/knowledge/editors/:actor/:userId': TEAM,
  'POST /knowledge/editors/:actor/:userId/remove': TEAM,
  // kpis
  'POST /kpis': TEAM,
  'POST /api/kpis': TEAM,
  'POST /kpis/:code': TEAM,
  'PUT /api/kpis/:code': TEAM,
  'POST /kpis/:code/measurements': TEAM,
  'POST /api/kpis/:code/measurements': TEAM,
  'DELETE /api/kpis/:code/measurements/:id': TEAM,
  'POST /kpis/:code/measurements/:id/delete': TEAM,
  'POST /kpis/:code/restore': TEAM,
  'POST /api/kpis/:code/restore': TEAM,
  'POST /kpis/:code/retire': TEAM,
  'POST /api/kpis/:code/retire': TEAM,
  // learning
  'POST /learning': ACCOUNTS,
  'POST /api/learning': TEAM,
  'PUT /api/learning/:id': ACTOR_EDITORS,
  'POST /learning/:id/edit': ACCOUNTS,
  'POST /learning/:id/retire': ACTOR_EDITORS,
  'POST /api/learning/:id/retire': ACTOR_EDITORS,
  // lessons
  'POST /lessons': rule({ outsider: 'ok', org_owner: 'ok', org_member: 'ok' }),
  'POST /api/lessons': rule({ steering_committee: 403 }, 'ok'),
  'PUT /api/lessons/:code': rule({ steering_committee: 403 }, 'ok'),
  'POST /lessons/:code/edit': TEAM,
  'POST /lessons/:code/publish': rule({ steering_committee: 403 }, 'ok'),
  'POST /api/lessons/:code/publish': rule({ steering_committee: 403 }, 'ok'),
  // login
  'POST /login': OPEN,
  // No identity provider is configured in the tests: the route answers 404 until one is.
  'POST /login/oidc': rule({ anonymous: 404 }, 404),
  // logout
  'POST /logout': EVERYONE,
  // maturity
  'POST /maturity/models': TEAM,
  'POST /api/maturity/models': TEAM,
  'DELETE /api/maturity/models/:version': TEAM,
  'PUT /api/maturity/models/:version': TEAM,
  'PUT /api/maturity/models/:version/dimension-order': TEAM,
  'POST /maturity/models/:version/dimensions': TEAM,
  'POST /api/maturity/models/:version/dimensions': TEAM,
  'POST /maturity/models/:version/dimensions/:code': TEAM,
  'DELETE /api/maturity/models/:version/dimensions/:code': TEAM,
  'PUT /api/maturity/models/:version/dimensions/:code': TEAM,
  'POST /maturity/models/:version/dimensions/:code/move': TEAM,
  'POST /maturity/models/:version/dimensions/:code/remove': TEAM,
  'POST /maturity/models/:version/discard': TEAM,
  'POST /maturity/models/:version/import': TEAM,
  'POST /api/maturity/models/:version/import': TEAM,
  'POST /maturity/models/:version/levels': TEAM,
  'PUT /api/maturity/models/:version/levels': TEAM,
  'POST /maturity/models/:version/mappings': TEAM,
  'PUT /api/maturity/models/:version/mappings': TEAM,
  'POST /maturity/models/:version/note': TEAM,
  'POST /maturity/models/:version/publish': TEAM,
  'POST /api/maturity/models/:version/publish': TEAM,
  'POST /maturity/models/:version/questions': TEAM,
  'POST /api/maturity/models/:version/questions': TEAM,
  'POST /maturity/models/:version/questions/:code': TEAM,
  'DELETE /api/maturity/models/:version/questions/:code': TEAM,
  'PUT /api/maturity/models/:version/questions/:code': TEAM,
  'POST /maturity/models/:version/questions/:code/move': TEAM,
  'POST /maturity/models/:version/questions/:code/remove': TEAM,
  'POST /maturity/sector/kpis': TEAM,
  'POST /api/maturity/sector/kpis': TEAM,
  // me
  'DELETE /api/me': ACCOUNTS,
  // meetings
  'POST /meetings/:id': TEAM,
  'PUT /api/meetings/:id': TEAM,
  'POST /meetings/:id/agenda-items': TEAM,
  'POST /api/meetings/:id/agenda-items': TEAM,
  'POST /meetings/:id/agenda-items/:itemId': TEAM,
  'PUT /api/meetings/:id/agenda-items/:itemId': TEAM,
  'POST /meetings/:id/agenda-items/:itemId/decisions': TEAM,
  'POST /api/meetings/:id/agenda-items/:itemId/decisions': TEAM,
  'POST /meetings/:id/agenda-items/:itemId/treatment': TEAM,
  'PUT /api/meetings/:id/agenda-items/:itemId/treatment': TEAM,
  'POST /meetings/:id/attendance': TEAM,
  'PUT /api/meetings/:id/attendance': TEAM,
  'POST /meetings/:id/publications': TEAM,
  'POST /api/meetings/:id/publications': TEAM,
  // milestones
  'POST /milestones/:id': TEAM,
  'PUT /api/milestones/:id': TEAM,
  'POST /milestones/:id/done': TEAM,
  'POST /api/milestones/:id/done': TEAM,
  // organisations
  'POST /organisations': ACCOUNTS,
  'POST /api/organisations': ACCOUNTS,
  'PUT /api/organisations/:id': rule({ outsider: 404, org_owner: 'ok', org_member: 'ok', reviewer: 404, actor_editor: 404, steering_committee: 404 }),
  'POST /organisations/:id/assessments': rule({ org_owner: 'ok', org_member: 'ok' }),
  'POST /api/organisations/:id/assessments': rule({ org_owner: 'ok', org_member: 'ok' }),
  'POST /organisations/:id/coaches': ORG_OWNERS,
  'POST /api/organisations/:id/coaches': ORG_OWNERS,
  'DELETE /api/organisations/:id/coaches/:invitationId': ORG_OWNERS,
  'POST /organisations/:id/coaches/:invitationId/withdraw': ORG_OWNERS,
  'POST /organisations/:id/contact-requests': ORG_MANAGERS,
  'POST /api/organisations/:id/contact-requests': ORG_MANAGERS,
  'POST /organisations/:id/contact-requests/:requestId/answer': ORG_OWNERS,
  'POST /api/organisations/:id/contact-requests/:requestId/answer': ORG_OWNERS,
  'POST /organisations/:id/edit': rule({ outsider: 404, org_owner: 'ok', org_member: 'ok', reviewer: 404, actor_editor: 404, steering_committee: 404 }),
  'DELETE /api/organisations/:id/invitations/:invitationId': ORG_OWNERS_ONLY,
  'POST /organisations/:id/invitations/:invitationId/withdraw': ORG_OWNERS_ONLY,
  'POST /organisations/:id/members': ORG_OWNERS_ONLY,
  'POST /api/organisations/:id/members': ORG_OWNERS_ONLY,
  'POST /organisations/:id/members/:userId': ORG_OWNERS_ONLY,
  'DELETE /api/organisations/:id/members/:userId': ORG_OWNERS_ONLY,
  'PATCH /api/organisations/:id/members/:userId': ORG_OWNERS_ONLY,
  'POST /organisations/:id/members/:userId/remove': ORG_OWNERS_ONLY,
  'POST /organisations/:id/plan': ORG_MANAGERS,
  'PUT /api/organisations/:id/plan': ORG_MANAGERS,
  'POST /organisations/:id/plan/comments': rule({ org_owner: 'ok', org_member: 'ok', org_respondent: 403, coach: 'ok' }, 404),
  'POST /api/organisations/:id/plan/comments': rule({ org_owner: 'ok', org_member: 'ok', org_respondent: 403, coach: 'ok' }, 404),
  'POST /organisations/:id/plan/items': ORG_MANAGERS,
  'POST /api/organisations/:id/plan/items': ORG_MANAGERS,
  'POST /organisations/:id/plan/items/:itemId': ORG_MANAGERS,
  'PUT /api/organisations/:id/plan/items/:itemId': ORG_MANAGERS,
  'POST /organisations/:id/plan/priorities': ORG_MANAGERS,
  'PUT /api/organisations/:id/plan/priorities': ORG_MANAGERS,
  'POST /organisations/:id/plan/settings': ORG_MANAGERS,
  'POST /api/organisations/:id/plans': ORG_MANAGERS,
  // paths
  'POST /paths': TEAM,
  'POST /api/paths': TEAM,
  'PUT /api/paths/:code': TEAM,
  'POST /paths/:code/action-lines': TEAM,
  'DELETE /api/paths/:code/action-lines/:line': TEAM,
  'PUT /api/paths/:code/action-lines/:line': TEAM,
  'POST /paths/:code/action-lines/:line/remove': rule({ transition_team: 404, admin: 404 }),
  'POST /paths/:code/edit': TEAM,
  // plans
  'POST /plans/:id': TEAM,
  'PUT /api/plans/:id': TEAM,
  'POST /plans/:id/actions': TEAM,
  'POST /api/plans/:id/actions': TEAM,
  'POST /plans/:id/adopt': STEERING,
  'POST /api/plans/:id/adopt': STEERING,
  'POST /plans/:id/rebaseline': STEERING,
  'POST /api/plans/:id/rebaseline': STEERING,
  'POST /plans/:id/roll-over': TEAM,
  'POST /api/plans/:id/roll-over': TEAM,
  // privacy
  'POST /privacy/delete': ACCOUNTS,
  // projects
  'POST /projects/:code/close': TEAM,
  'POST /api/projects/:code/close': TEAM,
  'POST /projects/:code/lessons': TEAM,
  'POST /api/projects/:code/lessons': rule({ steering_committee: 403 }, 'ok'),
  'POST /projects/:code/milestones': TEAM,
  'POST /api/projects/:code/milestones': TEAM,
  'PUT /api/projects/:code/milestones/:id': TEAM,
  'POST /projects/:code/milestones/:id/done': rule({ steering_committee: 403 }, 'ok'),
  'POST /api/projects/:code/milestones/:id/done': TEAM,
  'POST /projects/:code/milestones/:id/edit': TEAM,
  'POST /projects/:code/reports': TEAM,
  'POST /api/projects/:code/reports': TEAM,
  // publications
  'PUT /api/publications/:id': TEAM,
  'POST /publications/:id/approve': STEERING,
  'POST /api/publications/:id/approve': STEERING,
  'POST /publications/:id/publish': STEERING,
  'POST /api/publications/:id/publish': STEERING,
  'POST /publications/:id/refresh': TEAM,
  // register
  'POST /register': EVERYONE,
  'POST /api/register': EVERYONE,
  // reports
  'POST /reports/:year/publish': STEERING,
  'POST /reports/template': TEAM,
  // review
  'POST /review/applications/:id/declaration': rule({ reviewer: 'ok' }, 404),
  'POST /api/review/applications/:id/declaration': rule({ reviewer: 'ok' }, 404),
  'POST /review/applications/:id/scores': rule({ reviewer: 403 }, 404),
  'PUT /api/review/applications/:id/scores': rule({ reviewer: 403 }, 404),
  // scenarios
  'PUT /api/scenarios/:code': TEAM,
  'POST /scenarios/:code/edit': TEAM,
  'POST /scenarios/sets': TEAM,
  'POST /api/scenarios/sets': TEAM,
  'PUT /api/scenarios/sets/:code': TEAM,
  'POST /scenarios/sets/:code/edit': TEAM,
  // session
  'DELETE /api/session': EVERYONE,
  'POST /api/session': OPEN,
  // signals
  'POST /signals': BODIES,
  'POST /api/signals': BODIES,
  // vision
  'POST /vision': TEAM,
  'POST /api/vision': TEAM,
  'POST /vision/:code/rounds': TEAM,
  'POST /api/vision/:code/rounds': TEAM,
  'PUT /api/vision/:code/rounds/:n': TEAM,
  'POST /vision/:code/rounds/:n/close': TEAM,
  'POST /api/vision/:code/rounds/:n/close': TEAM,
  'POST /vision/:code/rounds/:n/comments': ACCOUNTS,
  'POST /api/vision/:code/rounds/:n/comments': ACCOUNTS,
  'POST /vision/:code/rounds/:n/edit': TEAM,
  'POST /vision/:code/rounds/:n/endorsements': ACCOUNTS,
  'POST /api/vision/:code/rounds/:n/endorsements': ACCOUNTS,
  'DELETE /api/vision/:code/rounds/:n/endorsements/:organisationId': ACCOUNTS,
  'POST /vision/:code/rounds/:n/endorsements/:organisationId/withdraw': ACCOUNTS,
  'POST /vision/:code/rounds/:n/open': TEAM,
  'POST /api/vision/:code/rounds/:n/open': TEAM,
  'POST /vision/comments/:id/answer': TEAM,
  'PUT /api/vision/comments/:id/answer': TEAM,
  'POST /vision/kpi-measurements': TEAM,
  'POST /api/vision/kpi-measurements': TEAM,
};

export function expectedOutcomes(): Record<string, Record<Person, Outcome>> { return TABLE; }
