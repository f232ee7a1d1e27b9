#!/usr/bin/env python3
"""Where the server's CPU goes while uploads run (issue 10): reads a JFR recording made with
JVM_OPTS='-XX:StartFlightRecording=filename=F.jfr,settings=profile' bench/uploads/run.sh, keeps the
execution samples of the seconds in which an upload was being handled, and prints their share per kind
of work (the first matching frame from the top of each stack decides).

    bench/uploads/breakdown.py F.jfr
"""
import collections
import json
import subprocess
import sys

RULES = [
    ("multipart parsing (Tomcat MultipartStream)", ["tomcat/util/http/fileupload"]),
    ("multipart parsing (commons-fileupload2, commons-io streams)",
     ["org/apache/commons/fileupload2", "org/apache/commons/io/input"]),
    ("multipart parsing (MultipartBody, ours)", ["cn/ecozone/document/MultipartBody"]),
    ("SHA-256 (digest)", ["DigestBase", "MessageDigest", "sun/security/provider/SHA"]),
    ("the store's copy loop, SHA-256 inlined (FileStore.write / adopt)", ["FileStore.write", "FileStore.adopt"]),
    ("content check (Tika, PDFBox)", ["org/apache/tika", "org/apache/pdfbox", "ContentCheck", "fontbox"]),
    ("file write", ["FileOutputStream", "FileChannelImpl.write", "DiskFileItem", "ApplicationPart"]),
    ("socket read (Tomcat)", ["NioEndpoint", "Http11InputBuffer", "catalina/connector/InputBuffer", "SocketChannelImpl"]),
    ("scorecard (evaluation)", ["cn/ecozone/evaluation"]),
    ("database (H2, Hibernate, JDBC pool)", ["org/hibernate", "org/h2", "com/zaxxer/hikari"]),
    ("logging", ["ch/qos/logback", "org/slf4j"]),
    ("security, session", ["springframework/security", "springframework/session"]),
    ("JFR itself", ["jdk/jfr"]),
]
# the first evidence upload starts the window (demo data stores files at start-up, too)
FIRST = ["EvidenceController", "MultipartBody", "tomcat/util/http/fileupload", "org/apache/commons/fileupload2"]
UPLOAD = FIRST + ["cn/ecozone/document/"]

out = subprocess.run(["jfr", "print", "--json", "--events", "jdk.ExecutionSample", sys.argv[1]],
                     check=True, capture_output=True, text=True).stdout
samples = []
for event in json.loads(out)["recording"]["events"]:
    v = event["values"]
    frames = [f["method"]["type"]["name"] + "." + f["method"]["name"]
              for f in (v["stackTrace"]["frames"] if v.get("stackTrace") else [])]
    samples.append((v["startTime"][:19], frames))
start = min((t for t, frames in samples if any(k in f for f in frames for k in FIRST)), default="~")
busy = {t for t, frames in samples if t >= start and any(k in f for f in frames for k in UPLOAD)}
counts = collections.Counter()
for t, frames in samples:
    if t not in busy:
        continue
    kind = next((name for f in frames for name, keys in RULES if any(k in f for k in keys)),
                "other (framework, JIT-compiled glue)")
    counts[kind] += 1
total = sum(counts.values())
print(f"{total} execution samples in {len(busy)} seconds with an upload in progress")
print("| work | samples | share |")
print("| --- | --- | --- |")
for kind, n in counts.most_common():
    print(f"| {kind} | {n} | {100 * n / total:.0f} % |")
