#!/usr/bin/env python3
"""An independent check of the load generator's freshness: posts one unit's values every --interval
seconds and polls the ranking-service until GET /standings shows them, timing each from the 201 to
the first standings answer that carries the unit's new score. Shares no code with the generator
(standard library only; it reads the standings over HTTP, not dti.standings from Kafka).

It posts to the load framework (DTI-LOAD-20: 20 ratio indicators scored as they are with equal
weights, so the unit's score is the mean of its values); give the generator --exclude-unit with the
same unit so that nobody else changes it during the run.

  deploy/load-generator/freshness-probe.py --token "$(deploy/local/token submitter 96)" --unit 96 --duration 60
"""
import argparse
import http.client
import json
import random
import statistics
import sys
import time
import urllib.parse
import uuid


def connection(url):
    u = urllib.parse.urlsplit(url)
    return http.client.HTTPConnection(u.hostname, u.port, timeout=30)


def call(conn, method, path, token, body=None, headers=None):
    h = {"Authorization": "Bearer " + token, "Accept": "application/json"}
    if body is not None:
        h["Content-Type"] = "application/json"
    h.update(headers or {})
    conn.request(method, path, body=body, headers=h)
    r = conn.getresponse()
    return r.status, r.read()


def percentile(sorted_values, p):
    if not sorted_values:
        return float("nan")
    k = max(0, min(len(sorted_values) - 1, int(round(p / 100.0 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


def main():
    a = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    a.add_argument("--indicator-url", default="http://127.0.0.1:8081")
    a.add_argument("--ranking-url", default="http://127.0.0.1:8082")
    a.add_argument("--token", required=True, help="a submitter token of --unit (deploy/local/token submitter UNIT)")
    a.add_argument("--unit", default="96")
    a.add_argument("--framework", default="DTI-LOAD-20")
    a.add_argument("--indicators", type=int, default=20)
    a.add_argument("--period", default="2020")
    a.add_argument("--interval", type=float, default=0.3, help="seconds between posts (default 0.3)")
    a.add_argument("--poll", type=float, default=0.005, help="seconds between polls of the versions (default 0.005)")
    a.add_argument("--duration", type=float, default=60)
    a.add_argument("--json", help="also write the figures as JSON to this file")
    args = a.parse_args()

    post = connection(args.indicator_url)
    versions = connection(args.ranking_url)
    standings = connection(args.ranking_url)
    base = "/api/v1/standings/%s/%s" % (urllib.parse.quote(args.framework), urllib.parse.quote(args.period))
    fresh, lost, errors = [], 0, 0
    end = time.monotonic() + args.duration
    next_post = time.monotonic()
    while time.monotonic() < end:
        time.sleep(max(0.0, next_post - time.monotonic()))
        next_post += args.interval
        values = [round(random.random(), 4) for _ in range(args.indicators)]
        body = json.dumps({"unitCode": args.unit, "frameworkCode": args.framework, "period": args.period,
                           "values": [{"indicatorCode": "V%02d" % (i + 1), "value": v} for i, v in enumerate(values)]})
        status, _ = call(post, "POST", "/api/v1/submissions", args.token, body, {"Idempotency-Key": "probe-" + str(uuid.uuid4())})
        accepted = time.monotonic()
        if status != 201:
            errors += 1
            continue
        expected = sum(values) / args.indicators
        seen_version = None
        deadline = accepted + 10
        while True:
            if time.monotonic() > deadline:
                lost += 1
                break
            # the newest version's number is small to read; the standings only when it changed
            s, raw = call(versions, "GET", base + "/versions?size=1", args.token)
            items = json.loads(raw).get("items", []) if s == 200 else []
            if items and items[0]["version"] != seen_version:
                seen_version = items[0]["version"]
                s, raw = call(standings, "GET", base + "?version=%d" % seen_version, args.token)
                now = time.monotonic()
                if s == 200:
                    score = next((e["score"] for e in json.loads(raw)["entries"] if e["unitCode"] == args.unit), None)
                    if score is not None and abs(score - expected) <= 1e-9:
                        fresh.append((now - accepted) * 1000)
                        break
            time.sleep(args.poll)
    fresh.sort()
    figures = {"posted": len(fresh) + lost + errors, "shown": len(fresh), "neverShown": lost, "errors": errors,
               "freshnessP50Ms": round(percentile(fresh, 50), 1), "freshnessP90Ms": round(percentile(fresh, 90), 1),
               "freshnessP99Ms": round(percentile(fresh, 99), 1), "freshnessMaxMs": round(fresh[-1], 1) if fresh else None,
               "freshnessMeanMs": round(statistics.mean(fresh), 1) if fresh else None}
    for k, v in figures.items():
        print("  %-16s %s" % (k, v))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(figures, f, indent=2)
    return 0 if errors == 0 and lost == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
