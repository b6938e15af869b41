-- Since V50 every version's inputs are kept in standings_version (and the framework document once per
-- framework version in framework_document). The standings row kept a second copy of the latest
-- inputs that nothing reads: it is now only the pointer to the latest version, with that version's
-- body for the hot read. Dropping the copies also makes each recompute's update of this row small,
-- so the table no longer bloats with dead copies of large rows under a steady load.
alter table standings
    drop column framework,
    drop column unit_codes,
    drop column unit_names,
    drop column unit_valid_from,
    drop column indicator_codes,
    drop column raw_values;
