import { translator } from '../../../../plugins/i18n.js';
import type { PublicEntityType } from '../../entity-type.js';
import { Graph } from '../../rdf/terms.js';
import { bilingual, pageOf } from './shared.js';

/**
 * The platform's own code lists for governance: the kinds of body (org:classification of a
 * besluit:Bestuursorgaan) and the roles in a body (org:role of a mandaat:Mandaat). The official
 * OSLO code lists are made for local government (municipal council, mayor, ...) and have no
 * entry for a steering committee or a working group, so these are published as concept schemes
 * of their own. The labels are the ones the platform shows. The kinds of decision and the types
 * of agenda item are the platform's own in the same way.
 */
const nl = translator('nl');
const en = translator('en');

export const BODY_KINDS = ['steering_committee', 'transition_team', 'advisory_board', 'working_group'] as const;
export const MANDATE_ROLES = ['chair', 'vice_chair', 'member', 'secretary', 'observer'] as const;
/** Kinds of decision: the eli:type_document of the legal resource a decision realises (eli:ResourceType). */
export const DECISION_TYPES = ['establishment', 'appointment', 'policy', 'approval', 'other'] as const;
/**
 * Types of agenda item (besluit:Agendapunt.type): put on the agenda before the meeting was held,
 * or added (ingelast) once it was. The platform's own concepts: no official URI for them is cited
 * here, so none is claimed (no skos:exactMatch).
 */
export const AGENDA_ITEM_TYPES = ['planned', 'added'] as const;

export const kindLabel = (kind: string) => ({ nl: nl(`gov.kind.${kind}`), en: en(`gov.kind.${kind}`) });
export const roleLabel = (role: string) => ({ nl: nl(`gov.role.${role}`), en: en(`gov.role.${role}`) });
export const decisionTypeLabel = (code: string) => ({ nl: nl(`gov.documentType.${code}`), en: en(`gov.documentType.${code}`) });
export const agendaItemTypeLabel = (code: string) => ({ nl: nl(`gov.agendaItemType.${code}`), en: en(`gov.agendaItemType.${code}`) });

function codeList(type: string, codes: readonly string[], label: (code: string) => { nl: string; en: string }, also: 'org:Role' | 'eli:ResourceType' | null): PublicEntityType {
  return {
    type,
    dataset: 'governance',
    page: () => null,
    async ids(_db, after, limit) {
      return pageOf(codes, after, limit);
    },
    async describe(_db, ids, uris) {
      const g = new Graph();
      for (const code of ids.filter((id) => codes.includes(id))) {
        const s = g.subject(uris.thing(type, code)).type('skos', 'Concept')
          .ref('skos', 'inScheme', uris.collection(type)).ref('skos', 'topConceptOf', uris.collection(type)).text('skos', 'notation', code);
        if (also === 'org:Role') s.type('org', 'Role');
        if (also === 'eli:ResourceType') s.type('eli', 'ResourceType');
        const l = label(code);
        bilingual(s, 'skos', 'prefLabel', l.nl, l.en);
      }
      return g.quads;
    },
  };
}

export const bodyKindType = codeList('body-kind', BODY_KINDS, kindLabel, null);
export const mandateRoleType = codeList('mandate-role', MANDATE_ROLES, roleLabel, 'org:Role');
export const decisionTypeType = codeList('decision-type', DECISION_TYPES, decisionTypeLabel, 'eli:ResourceType');
export const agendaItemTypeType = codeList('agenda-item-type', AGENDA_ITEM_TYPES, agendaItemTypeLabel, null);

export const CODE_LIST_SCHEMES = {
  'body-kind': { label: { nl: 'Soorten bestuursorganen', en: 'Kinds of governance body' }, codes: BODY_KINDS },
  'mandate-role': { label: { nl: 'Rollen in een bestuursorgaan', en: 'Roles in a governance body' }, codes: MANDATE_ROLES },
  'decision-type': { label: { nl: 'Soorten besluiten', en: 'Kinds of decision' }, codes: DECISION_TYPES },
  'agenda-item-type': { label: { nl: 'Soorten agendapunten', en: 'Types of agenda item' }, codes: AGENDA_ITEM_TYPES },
} as const;
