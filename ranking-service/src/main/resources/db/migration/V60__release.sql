-- Official releases (DESIGN §12): the committee freezes one standings version of a (framework, period)
-- as its official result. Revisions count 1, 2, ... per (framework, period); each later one supersedes
-- the previous and lists what changed against it. Rows are never updated.
create table release (
    id             uuid         primary key,
    framework_code varchar(64)  not null,
    period         varchar(16)  not null,
    basis          varchar(16)  not null check (basis in ('submitted', 'approved')),
    revision       integer      not null check (revision >= 1),
    version        integer      not null check (version >= 1),
    label          varchar(200) not null,
    note           varchar(2000),
    released_by    varchar(200) not null,
    released_at    timestamptz  not null,
    -- no foreign key: a rebuild from dti.standings applies whatever revisions the topic still holds
    supersedes     uuid,
    -- json, not jsonb: served and published byte for byte
    changes        json         not null,
    provenance     json         not null,
    standings      json         not null,
    -- the ce_id of its dti.release.published.v1 (the outbox row's event id, or the consumed record's)
    event_id       varchar(200) not null,
    -- two concurrent releases can never share a revision; a version is released once per basis
    constraint release_revision_unique unique (framework_code, period, revision),
    constraint release_version_unique unique (framework_code, period, basis, version),
    constraint release_supersedes_check check ((revision = 1) = (supersedes is null))
);
create index release_newest_idx on release (released_at desc, id desc);
