-- Issue 10 (uploads): the store keeps one file per SHA-256, shared by every document row of the same
-- bytes. Putting an upload's file in place (within the transaction that inserts its row) and removing
-- a file that no committed row names (after a rollback, or the orphan sweep) lock the row of the
-- hash's first hex digit here, so the removal never takes a file whose row another transaction is
-- about to commit (FilePlacement). Sixteen fixed rows: nothing to insert at run time.
create table file_store_lock (
    bucket smallint primary key
);
insert into file_store_lock (bucket) values
    (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15);
