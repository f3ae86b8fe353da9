#!/usr/bin/env bash
# Workbench figures of issue 4 (docs/performance.md): starts the built product twice on a private virtual display
# with the test probe on, drives it with xdotool and prints the figures. Run through ./samklang bench ui.
# Knobs (system properties of the bench): BENCH_CALLS (30), BENCH_SWITCHES (10), BENCH_LARGE_RATE (contacts per
# hour, 36000), BENCH_LARGE_HOURS (backlog hours, 3: about 100,000 contacts), BENCH_LARGE_UNKNOWN (share of
# strangers, 0.95: each opens its own conversation), BENCH_LARGE=false (small desk only) and BENCH_SMALL=false (large
# desk only), BENCH_RINGS_ONLY=true (only the screen pop, on the small desk).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
product="$root/product/target/products/samklang/linux/gtk/x86_64/samklang"
[ -x "$product/samklang" ] || { echo "bench: the product is missing; run ./samklang build" >&2; exit 1; }
# ./samklang bench ui fetches the JUnit console (the harness's assertions) and names it here.
junit="${SAMKLANG_JUNIT_CONSOLE:-}"
[ -f "$junit" ] || { echo "bench: start the UI bench with ./samklang bench ui (it fetches what the bench needs)" >&2
    exit 64; }
work=$(mktemp -d)
xvfb_pid=""
cleanup() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
for n in $(seq 200 240); do
    [ -e "/tmp/.X11-unix/X$n" ] && continue
    Xvfb ":$n" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    export DISPLAY=":$n"
    for _ in $(seq 1 100); do xdpyinfo >/dev/null 2>&1 && break 2; sleep 0.05; done
done
# The bench drives the product with the product tests' harness (LiveProduct, Desk, Input, Screen).
classpath="$junit:${SAMKLANG_SQLITE_JDBC:?start the UI bench with ./samklang bench ui}"
"$JAVA_HOME/bin/javac" --release 21 -nowarn -d "$work/classes" -cp "$classpath" \
    $(find "$root/tests/org.samklang.product.tests/src/test/java" -name '*.java') "$root/bench/ui/UiBench.java"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA_HOME/bin/java" -cp "$work/classes:$classpath" -Dsamklang.product="$product" \
    -Dbench.calls="${BENCH_CALLS:-30}" -Dbench.switches="${BENCH_SWITCHES:-10}" \
    -Dbench.large="${BENCH_LARGE:-true}" -Dbench.largeRate="${BENCH_LARGE_RATE:-36000}" -Dbench.largeHours="${BENCH_LARGE_HOURS:-3}" \
    -Dbench.largeUnknown="${BENCH_LARGE_UNKNOWN:-0.95}" -Dbench.small="${BENCH_SMALL:-true}" \
    -Dbench.ringsOnly="${BENCH_RINGS_ONLY:-false}" \
    org.samklang.product.tests.UiBench
