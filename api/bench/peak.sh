#!/usr/bin/env bash
# Runs the rows of issue 16's target table with LadderBenchmark, one JVM each, and prints each row's
# figures with the load average before and after. Usage (from the repository root):
#   api/bench/peak.sh [row ...]      rows: peak fifty one-instance two-instances scan (default: all)
# Each row is bounded (set-up, the lead before the first is due, the due window, at most three minutes more). Output: target/peak-<row>.log
set -euo pipefail
cd "$(dirname "$0")/../.."
MEMORY="${HOMEWARD_JVM_MEMORY:--Xmx256m -Xss512k -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=96m -XX:MaxDirectMemorySize=64m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError}"
BIG="-Xmx1g -Xss512k"
rows=("$@"); [ ${#rows[@]} -eq 0 ] && rows=(peak fifty one-instance two-instances scan)
mkdir -p target
run() { # row, memory flags, bench properties...
  local row=$1 memory=$2; shift 2
  echo "== $row: $* (JVM: $memory)"; echo "   load before: $(cat /proc/loadavg)"
  ./mvnw -B -o -DskipEmulatorInstall=true -DskipClients -DskipConsole -pl api -am test \
    -Dsurefire.failIfNoSpecifiedTests=false -Dtest=LadderBenchmark -Dhomeward.excludedGroups=none \
    "-Dhomeward.test.memory=$memory" "$@" > "target/peak-$row.log" 2>&1 || echo "   (run failed: target/peak-$row.log)"
  grep -E '^(====|Step-1|Return time|Throughput|Help request|Resident|Metrics|  homeward|Load average|CPU|Scan with|WARNING|\(.*set up)' \
    "target/peak-$row.log" | sed 's/^/   /'
}
for row in "${rows[@]}"; do
  case $row in
    # 10,000 due within one minute, 20,000 open; help requests in the middle; resident memory with the service's flags
    peak) run peak "$MEMORY" -Dbench.openPlans=20000 -Dbench.duePlans=10000 -Dbench.dueSeconds=60 -Dbench.helpRequests=200 ;;
    # 50,000 due within five minutes (the embedded database holds them all in this JVM: a larger heap)
    fifty) run fifty "$BIG" -Dbench.openPlans=50000 -Dbench.duePlans=50000 -Dbench.dueSeconds=300 -Dbench.leadSeconds=240 ;;
    # pushes per second with 10,000 due at once, one instance, then two on one database
    one-instance) run one-instance "$BIG" -Dbench.openPlans=10000 -Dbench.duePlans=10000 -Dbench.dueSeconds=0 -Dbench.instances=1 -Dbench.leadSeconds=150 ;;
    two-instances) run two-instances "$BIG" -Dbench.openPlans=10000 -Dbench.duePlans=10000 -Dbench.dueSeconds=0 -Dbench.instances=2 -Dbench.leadSeconds=150 ;;
    # what one scan reads with 1,000, 10,000 and 100,000 open plans
    scan) run scan "$BIG" -Dbench.openPlans=10000 -Dbench.duePlans=1000 -Dbench.dueSeconds=60 -Dbench.scanPlans=100000 ;;
    *) echo "unknown row $row"; exit 2 ;;
  esac
done
