import { AppError, conflict, invalid } from '../../plugins/errors.js';

/** The module's error codes; pages translate them through `knowledge.error.<code>`. */
export const stale = (what: string, id: string | number, currentVersion: number, sent: number) =>
  conflict('KNOWLEDGE_STALE', `${what} ${id} was changed by someone else (version ${currentVersion}, your edit started from ${sent})`, { currentVersion });

export const codeTaken = (what: string, code: string) =>
  conflict('KNOWLEDGE_CODE_TAKEN', `A ${what} with code ${code} already exists`, { field: 'code' });

export const notEditor = (actor: string | null) =>
  new AppError('KNOWLEDGE_NOT_EDITOR', 403, actor
    ? `You are not an editor of ${actor}: only its editors and the transition team may maintain its entries`
    : 'Only the transition team may maintain entries that belong to no support actor', [], { field: 'actor' });

export const retired = (what: string, id: string | number) =>
  conflict('KNOWLEDGE_RETIRED', `${what} ${id} is retired; restore it before editing`);

/** One end of a period before its start: a 400 on the later field. */
export const endsBeforeStart = (field: string, startField: string) =>
  invalid([{ field, message: `must not be before ${startField}`, code: 'dateOrder' }]);

export const duplicate = (constraint: string) =>
  conflict('KNOWLEDGE_DUPLICATE', `Someone saved the same record at the same time (${constraint}); reload and try again`);
