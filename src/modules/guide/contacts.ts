import { sql } from 'kysely';
import type { Reader } from './queries.js';

export interface ContactView {
  id: number; direction: 'to_actor' | 'to_peer' | 'to_organisation';
  question: { id: number; text: string } | null;
  offer: { id: number; title: string } | null;
  from: { kind: 'organisation' | 'actor'; id: number; name: string; isDemo: boolean };
  to: { kind: 'organisation' | 'actor'; id: number; name: string; isDemo: boolean };
  message: string; sentAt: string;
  /** The sender's e-mail address is shown to the receiver only once the request is accepted. */
  sender: { name: string; email: string | null };
  answer: 'accepted' | 'declined' | null; answeredAt: string | null;
  canAnswer: boolean;
}

interface Row {
  id: number; direction: ContactView['direction']; question_id: number | null; question: string | null; offer_id: number | null; offer_title: string | null;
  from_org_id: number | null; from_org_name: string | null; from_org_demo: boolean | null; from_actor_id: number | null; from_actor_name: string | null; from_actor_demo: boolean | null;
  to_org_id: number | null; to_org_name: string | null; to_org_demo: boolean | null; to_actor_id: number | null; to_actor_name: string | null; to_actor_demo: boolean | null;
  message: string; sent_at: Date; sender_name: string; sender_email: string; answer: ContactView['answer']; answered_at: Date | null; incoming: boolean; can_answer: boolean;
}

/**
 * The requests one account deals with: incoming ones it may answer (to an actor it edits, to a
 * peer organisation it owns, an answer to a question of an organisation it is owner or member of)
 * and the ones its organisations or actors sent. Newest first.
 */
export async function contactsOf(db: Reader, userId: number, only?: number): Promise<{ incoming: ContactView[]; sent: ContactView[] }> {
  const { rows } = await sql<Row>`
    with mine as (
      select c.*,
        ((c.direction = 'to_actor' and exists (select 1 from actor_editors e where e.actor_id = c.to_actor_id and e.user_id = ${userId}))
          or (c.direction = 'to_peer' and exists (select 1 from organisation_members m where m.organisation_id = c.to_organisation_id and m.user_id = ${userId} and m.role = 'owner'))
          or (c.direction = 'to_organisation' and exists (select 1 from organisation_members m where m.organisation_id = c.to_organisation_id and m.user_id = ${userId} and m.role in ('owner', 'member')))) as can_answer,
        (c.sent_by = ${userId}
          or exists (select 1 from organisation_members m where m.organisation_id = c.from_organisation_id and m.user_id = ${userId} and m.role in ('owner', 'member'))
          or exists (select 1 from actor_editors e where e.actor_id = c.from_actor_id and e.user_id = ${userId})) as is_sender
      from guide_contacts c
      where (${only ?? null}::int is null or c.id = ${only ?? null}::int)
    )
    select c.id, c.direction, c.question_id, q.question, c.offer_id, g.title_nl as offer_title,
      fo.id as from_org_id, fo.name as from_org_name, fo.is_demo as from_org_demo, fa.id as from_actor_id, fa.name as from_actor_name, fa.is_demo as from_actor_demo,
      tor.id as to_org_id, tor.name as to_org_name, tor.is_demo as to_org_demo, ta.id as to_actor_id, ta.name as to_actor_name, ta.is_demo as to_actor_demo,
      c.message, c.sent_at, u.display_name as sender_name, u.email as sender_email, c.answer, c.answered_at, c.can_answer as incoming, c.can_answer
    from mine c
    join users u on u.id = c.sent_by
    left join guide_questions q on q.id = c.question_id
    left join guide_offers g on g.id = c.offer_id
    left join organisations fo on fo.id = c.from_organisation_id
    left join actors fa on fa.id = c.from_actor_id
    left join organisations tor on tor.id = c.to_organisation_id
    left join actors ta on ta.id = c.to_actor_id
    where c.can_answer or c.is_sender
    order by c.sent_at desc, c.id desc
    limit 300`.execute(db);
  const views = rows.map((r): ContactView & { incoming: boolean } => ({
    id: r.id, direction: r.direction,
    question: r.question_id === null ? null : { id: r.question_id, text: r.question ?? '' },
    offer: r.offer_id === null ? null : { id: r.offer_id, title: r.offer_title ?? '' },
    from: r.from_actor_id !== null ? { kind: 'actor', id: r.from_actor_id, name: r.from_actor_name ?? '', isDemo: Boolean(r.from_actor_demo) }
      : { kind: 'organisation', id: r.from_org_id ?? 0, name: r.from_org_name ?? '', isDemo: Boolean(r.from_org_demo) },
    to: r.to_actor_id !== null ? { kind: 'actor', id: r.to_actor_id, name: r.to_actor_name ?? '', isDemo: Boolean(r.to_actor_demo) }
      : { kind: 'organisation', id: r.to_org_id ?? 0, name: r.to_org_name ?? '', isDemo: Boolean(r.to_org_demo) },
    message: r.message, sentAt: new Date(r.sent_at).toISOString(),
    sender: { name: r.sender_name, email: r.incoming && r.answer !== 'accepted' ? null : r.sender_email },
    answer: r.answer, answeredAt: r.answered_at ? new Date(r.answered_at).toISOString() : null, canAnswer: r.can_answer && r.answer === null,
    incoming: r.incoming,
  }));
  return {
    incoming: views.filter((v) => v.incoming).map(({ incoming: _i, ...v }) => v),
    sent: views.filter((v) => !v.incoming).map(({ incoming: _i, ...v }) => v),
  };
}
