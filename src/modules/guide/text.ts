import { sql, type RawBuilder } from 'kysely';
import type { Reader } from './queries.js';

/**
 * A question (or an offer) as a text query: the stems of its words with the `dutch`
 * configuration, and with `english` for words that are not Dutch stop words, any of which may
 * match. Each stem remembers the words it came from, so a proposal can say which words matched.
 */
export interface TextQuery { lexemes: string[]; words: Map<string, string[]> }

const MIN_LENGTH = 3;

export async function textQuery(db: Reader, text: string): Promise<TextQuery> {
  const { rows } = await sql<{ word: string; lexemes: string[] }>`
    select w as word, array(
      select distinct l from unnest(tsvector_to_array(to_tsvector('dutch', w))
        || case when to_tsvector('dutch', w) = ''::tsvector then '{}'::text[] else tsvector_to_array(to_tsvector('english', w)) end) l
      where length(l) >= ${MIN_LENGTH}) as lexemes
    from (select distinct w from regexp_split_to_table(lower(${text}), '[^[:alnum:]]+') w where length(w) >= ${MIN_LENGTH}) words`.execute(db);
  const words = new Map<string, string[]>();
  for (const r of rows) {
    for (const l of r.lexemes) {
      const list = words.get(l) ?? [];
      if (!list.includes(r.word)) list.push(r.word);
      words.set(l, list);
    }
  }
  return { lexemes: [...words.keys()].sort(), words };
}

/** The words behind the matched stems, in the order they were asked, without repeats. */
export function matchedWords(query: TextQuery, matched: readonly string[]): string[] {
  const out: string[] = [];
  for (const l of matched) for (const w of query.words.get(l) ?? []) if (!out.includes(w)) out.push(w);
  return out.slice(0, 6);
}

/**
 * The stems joined with "or", as a tsquery. Words were split on anything that is not a letter or
 * digit, so the stems contain nothing that the tsquery syntax could read as an operator.
 */
export function orQuery(query: TextQuery): RawBuilder<unknown> {
  const text = query.lexemes.map((l) => `'${l.replace(/'/g, "''")}'`).join(' | ');
  return sql`${text}::tsquery`;
}
