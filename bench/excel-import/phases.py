#!/usr/bin/env python3
"""Where an Excel import's CPU goes: the job thread's JFR execution samples, by phase.

    EXTRA_JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/import.jfr,settings=profile" KEEP=1 \
      bench/excel-import/run.sh
    jfr print --events jdk.ExecutionSample --stack-depth 64 /tmp/import.jfr | \
      python3 bench/excel-import/phases.py

A sample counts for the first phase whose frame it holds (the order below). Shares within one run
compare; sample counts across runs do not (on a loaded machine a thread gets fewer, slower samples).
"""
import collections
import re
import sys

PHASES = [
    ("audit records (before the commit)", "cn.ecozone.audit"),
    ("H2 commit (walks the undo log)", "TransactionStore.commit"),
    ("progress reports", "JobProgress"),
    # session 8 (ADR 0022): the save's own JDBC writers, with the database's work below them
    ("save: JDBC writer of values (ValueRows), H2 or JDBC inserts", "indicator.internal.ValueRows"),
    ("save: JDBC writer of history rows (ValueHistoryRows)", "ValueHistoryRows"),
    ("save: Hibernate flush, H2 or JDBC inserts", "flush"),
    ("validation", "ImportValidation"),
    ("reading the workbook", "WorkbookReader"),
    ("save: rules, entities, history", "ImportSaver"),
    ("counting the rows", "RowElements"),
    ("commit, other than H2's undo log and the audit records", "doCommit"),
]

counts = collections.Counter()
for event in sys.stdin.read().split("jdk.ExecutionSample")[1:]:
    thread = re.search(r'sampledThread = "([^"]*)"', event)
    if not thread or not thread.group(1).startswith("excel-import"):
        continue
    stack = " ".join(re.findall(r"^\s+([\w.$<>]+)\(", event, re.M))
    counts[next((name for name, frame in PHASES if frame in stack), "other")] += 1
total = sum(counts.values()) or 1
print(f"{total} samples of the import thread")
for name, n in counts.most_common():
    print(f"{100 * n / total:5.1f} %  {n:6d}  {name}")
