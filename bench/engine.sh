#!/usr/bin/env bash
# Engine benchmarks (JMH, outside OSGi): builds the benchmark jar and runs it. Extra arguments go to JMH,
# for example a benchmark name pattern: ./samklang bench engine Routing
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
./mvnw -q -Pbench -DskipTests -Dspotless.check.skip=true package \
    -pl target-platform,bench/org.samklang.bench.jmh -am
out="$root/bench/org.samklang.bench.jmh/target/results.json"
# Short, fixed settings so the whole suite fits in minutes on 2 cores; each benchmark class holds its own
# baseline method, so ratios are measured in the same run.
exec "$JAVA_HOME/bin/java" -Xmx2g -jar bench/org.samklang.bench.jmh/target/benchmarks.jar \
    -f 1 -wi 2 -w 2s -i 3 -r 3s -rf json -rff "$out" "$@"
