-- When a (framework, period)'s oldest change not yet covered by standings was applied: the start of
-- the "consumer commit → recompute" hop of dti.freshness.recompute.started (docs/operations.md).
-- Kept by a trigger, so every statement that dirties standings (submissions, units, frameworks,
-- periods, reviews) sets it without one more round trip and without each having to remember it.
alter table standings_state add column dirty_since timestamptz;

create function standings_state_dirty_since() returns trigger language plpgsql as $$
begin
    if new.change_seq <= new.computed_seq then
        new.dirty_since := null;                      -- covered
    elsif tg_op = 'INSERT' or old.change_seq <= old.computed_seq then
        new.dirty_since := clock_timestamp();         -- newly dirty
    elsif new.computed_seq > old.computed_seq then
        -- a recompute covered part of the changes: the rest came after its snapshot, which was taken
        -- after its transaction began (now()), so they have waited at most since then
        new.dirty_since := greatest(old.dirty_since, now());
    end if;                                           -- still dirty: the oldest change stays the mark
    return new;
end $$;

create trigger standings_state_dirty_since before insert or update of change_seq, computed_seq on standings_state
    for each row execute function standings_state_dirty_since();
