-- An agenda item's type (besluit:Agendapunt.type): 'planned' when it was put on the agenda
-- before the meeting was held, 'added' (ingelast) when it was added once the meeting was held.
-- The platform sets it when the item is created, from the meeting's status at that moment.
alter table agenda_items add column item_type text check (item_type in ('planned', 'added'));

-- Existing items. A meeting that is not recorded as held (planned or cancelled) has not been
-- held, so every item on it was put there before it was: those are 'planned'. Of a held meeting
-- the platform did not record whether an item was added before or after the meeting was marked
-- held (items have no creation time), so those stay null (not known) rather than guessed; the
-- pages say the type was not recorded, and such an item is published without one.
update agenda_items set item_type = 'planned'
  where meeting_id in (select id from meetings where status <> 'held');
