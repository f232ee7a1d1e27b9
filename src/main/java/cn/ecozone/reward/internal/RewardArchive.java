package cn.ecozone.reward.internal;

import cn.ecozone.archive.ArchiveContributor;
import cn.ecozone.archive.ArchiveEntry;
import cn.ecozone.archive.ArchiveSection;
import cn.ecozone.archive.ArchivedCandidacy;
import cn.ecozone.reward.RewardManagement;
import cn.ecozone.reward.RewardView;
import cn.ecozone.shared.Actor;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The rewards of the candidacy's title in its archive: each reward's record with its history, and its document. */
@Component
class RewardArchive implements ArchiveContributor {

    private final RewardManagement rewards;
    private final JsonMapper json;

    RewardArchive(RewardManagement rewards, JsonMapper json) {
        this.rewards = rewards;
        this.json = json;
    }

    @Override
    public List<ArchiveEntry> entries(ArchivedCandidacy candidacy, Actor reader) {
        List<ArchiveEntry> entries = new ArrayList<>();
        for (RewardView r : rewards.ofCandidacy(candidacy.candidacyId())) {
            String source = "资金奖励 " + r.id() + "（" + r.documentNumber() + "）";
            entries.add(new ArchiveEntry(
                    ArchiveSection.REWARD,
                    "资金奖励-" + r.id() + ".json",
                    r.awardedOn(),
                    source,
                    new ArchiveEntry.Text(json.writerWithDefaultPrettyPrinter().writeValueAsString(r))));
            if (r.documentId() != null) {
                entries.add(new ArchiveEntry(
                        ArchiveSection.REWARD,
                        "资金奖励-" + r.id() + "-文件",
                        r.awardedOn(),
                        source,
                        new ArchiveEntry.StoredFile(r.documentId())));
            }
        }
        return entries;
    }
}
