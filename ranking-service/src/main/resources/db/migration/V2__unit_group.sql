-- Ministries are ranked in two groups (DESIGN §1): a framework may name a unitGroup, and then it
-- ranks only the units of its unitType whose group (dti.unit.changed.v1 `group`) equals it.
-- Without a unitGroup a framework ranks every unit of its unitType, as before.

alter table unit add column unit_group varchar(100);
alter table framework add column unit_group varchar(100);

-- Frameworks are kept whole: their group is in the stored document.
update framework set unit_group = document ->> 'unitGroup' where document ? 'unitGroup';

-- Units stored before this migration have no group; the group was in their events but was not
-- kept. Forget that those events were applied, so that replaying dti.units (resetting the
-- ranking-service group's offsets on that topic) applies them again and fills the group in.
-- Applying a unit event twice is harmless: the upsert keeps the state with the latest changedAt.
delete from processed_event where event_type = 'dti.unit.changed.v1';

drop index unit_type_validity_idx;
create index unit_type_validity_idx on unit (type, unit_group, valid_from, valid_to);
