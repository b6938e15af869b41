-- Issue 12 item 1 (DESIGN §13): unit types are data. Any defined type (COUNTRY, DISTRICT, COMMUNE,
-- AGENCY...) can hold units and be ranked; PROVINCE and MINISTRY, hard-coded until now, are seeded.
create table unit_type (
    code       varchar(16)  primary key,
    name       varchar(200) not null,
    name_vi    varchar(200),
    created_at timestamptz  not null default now(),
    changed_at timestamptz  not null default now()
);
insert into unit_type (code, name, name_vi) values
    ('PROVINCE', 'Province or centrally-run city', 'Tỉnh, thành phố trực thuộc trung ương'),
    ('MINISTRY', 'Ministry or ministry-level agency', 'Bộ, cơ quan ngang bộ');

-- A unit names a defined type (the old check listed the two types by hand). Types are never
-- deleted, so the reference never dangles.
alter table unit drop constraint if exists unit_type_check;
alter table unit add constraint unit_type_fk foreign key (type) references unit_type (code);
alter table framework add constraint framework_unit_type_fk foreign key (unit_type) references unit_type (code);

-- Who defined or renamed a unit type is history like any other change.
alter table change_history drop constraint if exists change_history_entity_check;
alter table change_history add constraint change_history_entity_check
    check (entity in ('FRAMEWORK', 'PERIOD', 'UNIT', 'UNIT_TYPE'));

