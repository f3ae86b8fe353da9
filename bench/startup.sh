#!/usr/bin/env bash
# Startup benchmark: time from process start to a mapped main window, and resident memory once settled,
# for the Samklang product and, alternately in the same run, for a bare e4 window made of the same platform
# bundles (product samklang-bare). Run through ./samklang bench startup [RUNS]; prints a Markdown table.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs="${1:-9}"
settle="${SAMKLANG_BENCH_SETTLE:-6}"
products="$root/product/target/products"
samklang="$products/samklang/linux/gtk/x86_64/samklang"
bare="$products/samklang-bare/linux/gtk/x86_64/samklang-bare"
[ -d "$bare" ] || { echo "bench: the bare baseline product is missing; run ./samklang build" >&2; exit 1; }
java="$JAVA_HOME/bin/java"
work=$(mktemp -d)
xvfb_pid=""
cleanup() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

for n in $(seq 150 199); do
    [ -e "/tmp/.X11-unix/X$n" ] && continue
    Xvfb ":$n" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    export DISPLAY=":$n"
    for _ in $(seq 1 100); do xdpyinfo >/dev/null 2>&1 && break 2; sleep 0.05; done
done

now_ms() { date +%s%3N; }

# Starts one product, prints "<ms to window> <rss MB> <ms to regions with content or ->".
measure() { # $1 kind: samklang | bare
    local data start pid win="" ms rss report ready="-"
    data=$(mktemp -d "$work/$1-XXXX")
    report="$data.report.txt"
    start=$(now_ms)
    if [ "$1" = samklang ]; then
        SAMKLANG_DATA="$data" SAMKLANG_VMARGS="-Dsamklang.renderReport=$report" "$samklang/samklang" \
            >"$work/console.txt" 2>&1 &
    else
        "$java" -Xms64m -Xmx512m --enable-native-access=ALL-UNNAMED \
            -jar "$(ls "$bare"/plugins/org.eclipse.equinox.launcher_*.jar)" \
            -configuration "$data/configuration" -data "$data/workspace" -clearPersistedState \
            >"$work/console.txt" 2>&1 &
    fi
    pid=$!
    while [ -z "$win" ]; do
        if ! kill -0 "$pid" 2>/dev/null; then
            # Keep the evidence and go on: one failed start must not throw away the other runs.
            kept=$(mktemp /tmp/samklang-bench-failure-XXXX.log)
            cp "$work/console.txt" "$kept"
            # Equinox writes why it stopped into the configuration area, which the run deletes.
            cat "$data"/configuration/*.log >>"$kept" 2>/dev/null || true
            echo "bench: $1 exited before its window opened; console kept in $kept" >&2
            echo "failed"
            return 0
        fi
        win=$(xdotool search --onlyvisible --name '^Samklang' 2>/dev/null | head -n 1 || true)
        [ -n "$win" ] || sleep 0.02
    done
    ms=$(($(now_ms) - start))
    sleep "$settle"
    rss=$(($(ps -o rss= -p "$pid") / 1024))
    if [ -f "$report" ]; then ready=$(sed -n 's/^uptimeMillis=//p' "$report"); fi
    kill "$pid"; wait "$pid" 2>/dev/null || true
    echo "$ms $rss $ready"
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

failures=0
: >"$work/samklang.txt"
: >"$work/bare.txt"
measure bare >/dev/null   # warm the file cache once, not counted
for i in $(seq 1 "$runs"); do
    measure samklang | grep -v failed >>"$work/samklang.txt" || failures=$((failures + 1))
    measure bare | grep -v failed >>"$work/bare.txt" || failures=$((failures + 1))
    echo "run $i/$runs done" >&2
done

col() { awk -v c="$1" '{print $c}' "$2" | grep -v '^-$' | median; }
range() { awk -v c="$1" '{print $c}' "$2" | sort -n | sed -n '1p;$p' | paste -sd'-'; }
s_win=$(col 1 "$work/samklang.txt"); b_win=$(col 1 "$work/bare.txt")
s_rss=$(col 2 "$work/samklang.txt"); b_rss=$(col 2 "$work/bare.txt")
s_ready=$(col 3 "$work/samklang.txt")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

echo
echo "Startup, $runs runs each, alternating; $(nproc) cores; $("$java" -version 2>&1 | head -n 1)"
echo
echo "| Figure | Samklang (median, range) | Bare e4 window (median, range) | Ratio |"
echo "|---|---|---|---|"
echo "| Process start to window mapped | $s_win ms ($(range 1 "$work/samklang.txt")) | $b_win ms ($(range 1 "$work/bare.txt")) | $(ratio "$s_win" "$b_win") |"
echo "| Resident memory ${settle} s after the window | $s_rss MB ($(range 2 "$work/samklang.txt")) | $b_rss MB ($(range 2 "$work/bare.txt")) | $(ratio "$s_rss" "$b_rss") |"
echo "| JVM start to every region showing content | $s_ready ms | - | - |"
[ "$failures" -eq 0 ] || echo "($failures failed starts left out)"
