# Shared by the bench scripts, which source it from the repository root (`. bench/lib.sh`).

# Exports JAVA_HOME and PATH for a Temurin 25 under /usr/lib/jvm, or stops the script.
bench_java() {
  local candidate
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25*; do
    if [ -x "$candidate/bin/java" ]; then
      export JAVA_HOME=$candidate PATH="$candidate/bin:$PATH"
      return
    fi
  done
  echo "$(basename "$0"): Java 25 not found" >&2
  exit 1
}

# Builds target/ecozone.jar (back end only) when it is missing or older than the sources.
bench_fresh_jar() {
  if [ ! -f target/ecozone.jar ] || [ -n "$(find src/main pom.xml -newer target/ecozone.jar -print -quit)" ]; then
    echo "== building target/ecozone.jar (back end only)"
    ./mvnw -q -B -Dskip.web -DskipTests package
  fi
}
