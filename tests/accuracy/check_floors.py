#!/usr/bin/env python3
"""Checks the metrics of score.py --json against one set's floors in floors.json; exit 1 below a floor.

usage: check_floors.py METRICS.json FLOORS.json SET
"""
import json
import sys

metrics = json.load(open(sys.argv[1]))
floors = json.load(open(sys.argv[2]))[sys.argv[3]]
failures = []

def need(name, value, floor):
    status = "ok" if value >= floor else "BELOW"
    print("%-34s %.3f (floor %.3f) %s" % (name, value, floor, status))
    if value < floor:
        failures.append(name)

need("unit precision", metrics["unit"]["precision"], floors["unit_precision"])
need("unit recall", metrics["unit"]["recall"], floors["unit_recall"])
need("category micro F1", metrics["category_micro"]["f1"], floors["category_micro_f1"])
for cat, m in sorted(metrics["per_category"].items()):
    if m["tp"] + m["fn"] >= floors["category_min_units"]:
        need("F1 " + cat, m["f1"], floors["category_f1"])
passed = 0 if failures else 1
print("%d passed, %d failed" % (passed, 1 - passed))
sys.exit(1 if failures else 0)
