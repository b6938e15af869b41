-- Briefs have a lifecycle (DESIGN §12): DRAFT (committee and admin only) → PUBLISHED (every
-- authenticated caller). Briefs made before this migration were visible to everybody, so they
-- become PUBLISHED, by their author at their creation time; new briefs start as DRAFT.
alter table brief add column status varchar(10) not null default 'PUBLISHED'
    constraint brief_status_check check (status in ('DRAFT', 'PUBLISHED'));
alter table brief alter column status set default 'DRAFT';
alter table brief add column published_at timestamptz;
alter table brief add column published_by varchar(200);
update brief set published_at = created_at, published_by = created_by where status = 'PUBLISHED';
alter table brief add constraint brief_published_check
    check ((status = 'PUBLISHED') = (published_at is not null and published_by is not null));
create index brief_published_newest_idx on brief (created_at desc, id desc) where status = 'PUBLISHED';

-- Share links: read access to one published brief's HTML and PDF without a token, until expires_at
-- or until revoked. Only the SHA-256 of the link's secret is stored; the secret itself is shown once,
-- in the link's URL, at creation. A link is found by its hash (unique), never by comparing secrets.
create table share_link (
    id           uuid         primary key,
    brief_id     uuid         not null references brief (id),
    secret_hash  bytea        not null unique check (octet_length(secret_hash) = 32),
    created_at   timestamptz  not null,
    created_by   varchar(200) not null,
    expires_at   timestamptz  not null,
    revoked_at   timestamptz,
    revoked_by   varchar(200),
    opens        bigint       not null default 0,
    last_opened_at timestamptz
);
create index share_link_brief_idx on share_link (brief_id, created_at desc, id desc);
