#!/usr/bin/env python3
"""Turns a JMH JSON result file into the Markdown rows docs/performance.md quotes: one row per benchmark and
parameter set, with the median of the iterations (throughput) or the p50/p99 of the samples (sample time)."""
import json
import statistics
import sys


def label(result):
    name = result["benchmark"].rsplit(".", 2)
    params = result.get("params") or {}
    suffix = " ".join(f"{k}={v}" for k, v in sorted(params.items()))
    return f"{name[-2]}.{name[-1]}" + (f" ({suffix})" if suffix else "")


def row(result):
    metric = result["primaryMetric"]
    unit = metric["scoreUnit"]
    if result["mode"] == "sample":
        pct = metric["scorePercentiles"]
        return f"| {label(result)} | sample | p50 {pct['50.0']:.4g} {unit} | p99 {pct['99.0']:.4g} {unit} |"
    raw = [v for fork in metric["rawData"] for v in fork]
    spread = f"{min(raw):.4g}-{max(raw):.4g}"
    return f"| {label(result)} | {result['mode']} | median {statistics.median(raw):.4g} {unit} | range {spread} |"


def main(path):
    with open(path, encoding="utf-8") as f:
        results = json.load(f)
    print("| Benchmark | Mode | Central figure | Spread |")
    print("|---|---|---|---|")
    for result in results:
        print(row(result))


if __name__ == "__main__":
    main(sys.argv[1])
