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
"$JAVA_HOME/bin/java" -Xmx2g -jar bench/org.samklang.bench.jmh/target/benchmarks.jar \
    -f 1 -wi 2 -w 2s -i 3 -r 3s -rf json -rff "$out" "$@"
echo
echo "Summary ($(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)); raw results: $out"
python3 "$root/bench/summarize.py" "$out"
echo
echo "Heap held by the engine (after full GCs), empty store and the 1,000,000-message store:"
"$JAVA_HOME/bin/java" -Xmx2g -cp bench/org.samklang.bench.jmh/target/benchmarks.jar org.samklang.bench.HeapUse
