package cn.ecozone.workplan.internal;

import cn.ecozone.workplan.WorkPlanRows;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A fund row as stored. */
@Embeddable
public class FundRow {

    private String item;
    private BigDecimal amount;
    private String source;

    protected FundRow() {}

    FundRow(WorkPlanRows.Fund f) {
        this.item = f.item();
        this.amount = f.amount();
        this.source = f.source();
    }

    WorkPlanRows.Fund toRow() {
        return new WorkPlanRows.Fund(item, amount, source);
    }
}
