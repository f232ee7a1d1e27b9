package cn.ecozone.enforcement.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enforcement module's lock on a title (V99): openers of proposals for one title take it in turn, so
 * that "is the proposal there? then open it" is decided by the database, not by two threads at once.
 */
@Component
class TitleLocks {

    private final JdbcClient jdbc;

    TitleLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks title {@code titleId}'s row until the caller's transaction ends, creating it if absent. */
    @Transactional(propagation = Propagation.MANDATORY)
    void lock(long titleId) {
        jdbc.sql("insert into enforcement_title (title_id) values (:id) on conflict do nothing")
                .param("id", titleId)
                .update();
        jdbc.sql("select title_id from enforcement_title where title_id = :id for update")
                .param("id", titleId)
                .query(Long.class)
                .single();
    }
}
