package cn.ecozone.plan.internal;

import cn.ecozone.shared.RecordNames;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Plans' titles for the audit log's descriptions: one statement per page of records. */
@Component
class PlanNames implements RecordNames {

    private final JdbcClient jdbc;

    PlanNames(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public String kind() {
        return "plan";
    }

    @Override
    public Map<String, String> names(Collection<String> ids) {
        List<Long> numbers = ids.stream()
                .filter(id -> id.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .distinct()
                .toList();
        Map<String, String> out = new HashMap<>();
        if (numbers.isEmpty()) {
            return out;
        }
        jdbc.sql("select id, title from plan where id in (:ids)")
                .param("ids", numbers)
                .query((rs, n) -> Map.entry(Long.toString(rs.getLong("id")), rs.getString("title")))
                .list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
