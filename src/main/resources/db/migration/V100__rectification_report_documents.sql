-- Review findings 9 and 12 (session 14): the day the subject reported its rectification (the subject's
-- deadline stops there and the watch on overdue deadlines leaves the rectification alone until the
-- department accepts or returns it), and the documents uploaded for the rectification report.
alter table enforcement_rectification add column reported_on date;

create table enforcement_rectification_document (
    rectification_id  bigint        not null references enforcement_rectification (id),
    seq               integer       not null,
    document_id       bigint        not null references document (id),
    name              varchar(255)  not null,
    uploaded_by       varchar(100)  not null,
    uploaded_at       timestamp(6) with time zone not null,
    primary key (rectification_id, seq)
);

create index enforcement_rectification_document_doc on enforcement_rectification_document (document_id);
