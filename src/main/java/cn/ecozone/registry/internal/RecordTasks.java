package cn.ecozone.registry.internal;

import cn.ecozone.registry.RegisterInput;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tasks of many records at once (an export): one statement per 1,000 records, ids bound. */
@Component
public class RecordTasks {

    private static final String TASKS = "select record_id, description, planned_on, completed_on from register_task"
            + " where record_id in (:ids) order by record_id, position";

    private final JdbcClient jdbc;

    RecordTasks(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public Map<Long, List<RegisterInput.Task>> of(Collection<Long> ids) {
        Map<Long, List<RegisterInput.Task>> out = new HashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int i = 0; i < all.size(); i += 1000) {
            jdbc.sql(TASKS)
                    .param("ids", all.subList(i, Math.min(all.size(), i + 1000)))
                    .query(rs -> {
                        Date done = rs.getDate(4);
                        out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new RegisterInput.Task(
                                        rs.getString(2),
                                        rs.getDate(3).toLocalDate(),
                                        done == null ? null : done.toLocalDate()));
                    });
        }
        return out;
    }
}
