package cn.ecozone.publicity;

import cn.ecozone.publicity.internal.NoticeEntity;
import cn.ecozone.publicity.internal.NoticeViews;
import cn.ecozone.publicity.internal.PublicityNotices;
import cn.ecozone.shared.Like;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The published notices as the public reads them, with no login: never a draft, never a complaint. */
@Service
@Transactional(readOnly = true)
public class PublicNotices {

    private final PublicityNotices notices;
    private final NoticeViews views;
    private final Clock clock;

    PublicNotices(PublicityNotices notices, NoticeViews views, Clock clock) {
        this.notices = notices;
        this.views = views;
        this.clock = clock;
    }

    /**
     * Published notices, newest first.
     *
     * @param current {@code true}: the period runs or is to come; {@code false}: it has ended; {@code null}: all
     * @param q words of the title or the issuer
     */
    public PageResult<NoticeSummary> index(Boolean current, String q, int page, int size) {
        LocalDate today = today();
        return views.summaries(
                notices.published(
                        NoticeState.PUBLISHED, current, today, Like.containing(q), Paging.of(page, size, 100)),
                today);
    }

    /** @throws PublicityFacts.NoticeNotFound for a draft or an unknown id */
    public PublicNotice notice(long id) {
        NoticeEntity n = notices.findById(id)
                .filter(x -> x.state() == NoticeState.PUBLISHED)
                .orElseThrow(PublicityFacts.NoticeNotFound::new);
        return views.publicView(n, today());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(NoticeManagement.ZONE));
    }
}
