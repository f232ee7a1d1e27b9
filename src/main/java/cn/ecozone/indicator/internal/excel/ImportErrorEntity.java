package cn.ecozone.indicator.internal.excel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One error an import job found: where (sheet, row, column) and why (a message key with arguments). */
@Entity
@Table(name = "indicator_import_error")
@IdClass(ImportErrorEntity.Key.class)
public class ImportErrorEntity {

    @Id
    @Column(name = "job_id")
    private String jobId;

    @Id
    private int position;

    private String sheet;

    @Column(name = "row_no")
    private Integer row;

    @Column(name = "column_letter")
    private String columnLetter;

    @Column(name = "column_name")
    private String columnName;

    @Column(name = "message_key")
    private String messageKey;

    /** The message arguments as a JSON array of strings. */
    private String args;

    protected ImportErrorEntity() {}

    public ImportErrorEntity(String jobId, int position, RowError error, String argsJson) {
        this.jobId = jobId;
        this.position = position;
        this.sheet = error.sheet();
        this.row = error.row();
        this.columnLetter = error.column() == null ? null : error.column().letter();
        this.columnName = error.column() == null ? null : error.column().header();
        this.messageKey = error.messageKey();
        this.args = argsJson;
    }

    public int position() {
        return position;
    }

    public String sheet() {
        return sheet;
    }

    public Integer row() {
        return row;
    }

    public String columnLetter() {
        return columnLetter;
    }

    public String columnName() {
        return columnName;
    }

    public String messageKey() {
        return messageKey;
    }

    public String args() {
        return args;
    }

    /** The composite key: job and position in the job's list. */
    public static class Key implements Serializable {
        private String jobId;
        private int position;

        public Key() {}

        public Key(String jobId, int position) {
            this.jobId = jobId;
            this.position = position;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.position == position && java.util.Objects.equals(k.jobId, jobId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(jobId, position);
        }
    }
}
