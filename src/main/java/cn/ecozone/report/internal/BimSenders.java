package cn.ecozone.report.internal;

import cn.ecozone.region.Region;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.report.BimSender;
import cn.ecozone.shared.yaml.StrictYaml;
import cn.ecozone.shared.yaml.YamlFields;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The senders of the Beautiful Inner Mongolia written report, read from {@code report/beautiful-im-senders.yaml}
 * (seed 004 art. 41): every league and city of the province from the region register, and the departments
 * listed in the file (marked uncertain: the seed names none). A bad file stops the start.
 */
@Component
public class BimSenders {

    static final String FILE = "report/beautiful-im-senders.yaml";

    private final RegionManagement regions;
    private final String province;
    private final String article;
    private final String textZh;
    private final String consolidatorZh;
    private final String departmentsNote;
    private final boolean departmentsUncertain;
    private final List<BimSender> departments;

    BimSenders(RegionManagement regions) {
        this.regions = regions;
        YamlFields root;
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            root = StrictYaml.load(
                    FILE,
                    in,
                    StrictYaml.Dialect.LOWER_CASE_BOOLEANS,
                    (file, path, problem) -> new IllegalStateException(file + ": " + path + ": " + problem));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        root.allowOnly(
                "article",
                "text_zh",
                "consolidator_zh",
                "province",
                "leagues",
                "departments_uncertain",
                "departments_note_zh",
                "departments");
        this.article = root.string("article", 40);
        this.textZh = root.string("text_zh", 500);
        this.consolidatorZh = root.string("consolidator_zh", 100);
        this.province = root.string("province", 12);
        if (!"ALL_PREFECTURES".equals(root.string("leagues", 40))) {
            throw root.error("leagues", "expected ALL_PREFECTURES");
        }
        this.departmentsUncertain = root.bool("departments_uncertain");
        this.departmentsNote = root.optionalString("departments_note_zh", 500);
        if (departmentsUncertain && departmentsNote == null) {
            throw root.error("departments_note_zh", "required when departments_uncertain");
        }
        List<BimSender> list = new ArrayList<>();
        for (YamlFields d : root.mappings("departments")) {
            d.allowOnly("code", "name_zh");
            list.add(new BimSender(
                    d.string("code", 40), d.string("name_zh", 200), BimSender.Kind.DEPARTMENT, departmentsUncertain));
        }
        this.departments = List.copyOf(list);
    }

    /** The leagues (from the region register) and then the departments (from the file). */
    public List<BimSender> all() {
        List<BimSender> all = new ArrayList<>();
        for (Region r : regions.children(province)) {
            if (r.level() == RegionLevel.PREFECTURE) {
                all.add(new BimSender(r.code(), r.name(), BimSender.Kind.LEAGUE, false));
            }
        }
        all.addAll(departments);
        return all;
    }

    public Optional<BimSender> find(String code) {
        return all().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public String province() {
        return province;
    }

    public String article() {
        return article;
    }

    public String textZh() {
        return textZh;
    }

    public String consolidatorZh() {
        return consolidatorZh;
    }

    public String departmentsNote() {
        return departmentsNote;
    }
}
