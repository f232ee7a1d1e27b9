package cn.ecozone.procedure;

import cn.ecozone.procedure.internal.Notices;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engine's answers to those who tell users about its events (the notification module's
 * listeners): a run with its tasks and why each was opened, in two statements, whatever the number of
 * recipients. No data-scope check: for system processes, never for a user's request.
 */
@Service
@Transactional(readOnly = true)
public class ProcedureNotices {

    private final Notices notices;

    ProcedureNotices(Notices notices) {
        this.notices = notices;
    }

    /** The run as notifications need it, or empty when there is no such run. */
    public Optional<RunNotice> notice(long runId) {
        return notices.notice(runId);
    }
}
