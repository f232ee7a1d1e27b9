package cn.ecozone.archive.internal;

import cn.ecozone.archive.ArchiveManagement;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The archive's {@code index.html}: a heading naming the candidacy, then one table row per file with its
 * section, path (a link), date, source record, size and SHA-256. Each row also carries the path and the
 * hash as {@code data-} attributes, for machines.
 */
final class ArchiveIndex {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private ArchiveIndex() {}

    static String html(ArchiveManagement.Prepared archive, List<ArchiveWriter.Line> lines) {
        StringBuilder b = new StringBuilder(4096 + lines.size() * 400);
        var c = archive.candidacy();
        b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(c.subjectName()))
                .append(" 创建工作档案</title>\n<style>body{font-family:sans-serif}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #999;padding:4px 8px;font-size:13px}code{font-size:11px}</style>")
                .append("</head><body>\n<h1>")
                .append(esc(c.subjectName()))
                .append(" · ")
                .append(esc(c.programme().nameZh()))
                .append(" · 创建工作档案</h1>\n<p>创建编号 ")
                .append(c.candidacyId())
                .append("；行政区划代码 ")
                .append(esc(c.regionCode()))
                .append("；依据规程 ")
                .append(esc(c.regulationCode()))
                .append(" 第")
                .append(c.regulationVersion())
                .append("版；导出时间 ")
                .append(TIME.format(archive.at()))
                .append("；导出人 ")
                .append(esc(archive.preparedBy()))
                .append("；文件数 ")
                .append(lines.size())
                .append("</p>\n<table>\n<thead><tr><th>序号</th><th>部分</th><th>文件</th><th>日期</th><th>来源记录</th>")
                .append("<th>大小（字节）</th><th>SHA-256</th></tr></thead>\n<tbody>\n");
        int n = 1;
        for (ArchiveWriter.Line line : lines) {
            var e = line.entry();
            b.append("<tr data-path=\"")
                    .append(esc(line.path()))
                    .append("\" data-sha256=\"")
                    .append(line.sha256())
                    .append("\" data-section=\"")
                    .append(e.section().name())
                    .append("\"><td>")
                    .append(n++)
                    .append("</td><td>")
                    .append(esc(e.section().nameZh()))
                    .append("</td><td><a href=\"")
                    .append(esc(line.path()))
                    .append("\">")
                    .append(esc(line.path()))
                    .append("</a></td><td>")
                    .append(e.date() == null ? "" : e.date().toString())
                    .append("</td><td>")
                    .append(esc(e.source()))
                    .append("</td><td>")
                    .append(line.size())
                    .append("</td><td><code>")
                    .append(line.sha256())
                    .append("</code></td></tr>\n");
        }
        b.append("</tbody>\n</table>\n</body></html>\n");
        return b.toString();
    }

    private static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
