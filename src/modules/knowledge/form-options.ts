import type { Catalog } from '../../catalog/catalog.js';
import type { CurrentUser } from '../../plugins/auth.js';
import type { Lang } from '../../plugins/i18n.js';
import type { Reader } from './learning-queries.js';
import { editorActorIds, editsAll } from './access.js';

/**
 * The actors a form offers as maintainer or provider: every current actor for the transition
 * team, only its own actors for an editor (the server checks it again on save).
 */
export async function actorChoices(db: Reader, catalog: Catalog, user: CurrentUser, lang: Lang): Promise<{ team: boolean; actors: Array<[string, string]> }> {
  const team = editsAll(user);
  const ids = team ? null : new Set(await editorActorIds(db, user.id));
  const actors = [...catalog.actors.values()].filter((a) => !a.retired && (ids === null || ids.has(a.id)))
    .sort((a, b) => a.name.localeCompare(b.name, lang)).map((a): [string, string] => [a.code, a.name]);
  return { team, actors };
}
