#!/usr/bin/env python3
"""Freshness per hop over a window: scrapes the services' /q/metrics before and after SECONDS (run a
load meanwhile) and prints, for every dti_freshness_* timer, the count and the p50/p90/p99 of the
window, estimated from the histogram buckets the way Prometheus' histogram_quantile does (linear
within a bucket). docs/performance.md, "Freshness per hop".

  deploy/load-generator/freshness-hops.py [--seconds 30] [--offset 0]
"""
import argparse
import re
import time
import urllib.request

# a sample line, with or without labels, perhaps followed by an exemplar ("# {trace_id=...} ...")
LINE = re.compile(r'^(dti_freshness_[a-z_]+)_seconds_(bucket|count|sum)(?:\{([^}]*)\})? ([0-9.eE+-]+)(?:\s+#.*)?$')


def scrape(url):
    out = {}
    with urllib.request.urlopen(url, timeout=10) as r:
        for line in r.read().decode().splitlines():
            m = LINE.match(line)
            if not m:
                continue
            name, kind, labels, value = m.groups()
            labels = labels or ''
            pairs = dict(p.split('=', 1) for p in re.findall(r'[a-z_]+="[^"]*"', labels))
            le = pairs.pop('le', None)
            key = (name, tuple(sorted((k, v.strip('"')) for k, v in pairs.items()
                                      if k in ('topic', 'type'))))
            entry = out.setdefault(key, {'buckets': {}, 'count': 0.0, 'sum': 0.0})
            if kind == 'bucket':
                entry['buckets'][float('inf') if le.strip('"') == '+Inf' else float(le.strip('"'))] = float(value)
            else:
                entry[kind] = float(value)
    return out


def quantile(q, buckets):
    edges = sorted(buckets)
    total = buckets[edges[-1]]
    if total <= 0:
        return None
    rank, prev_edge, prev_count = q * total, 0.0, 0.0
    for e in edges:
        c = buckets[e]
        if c >= rank:
            if e == float('inf'):
                return prev_edge
            return prev_edge + (e - prev_edge) * ((rank - prev_count) / (c - prev_count) if c > prev_count else 0)
        prev_edge, prev_count = e, c
    return edges[-1]


def main():
    a = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    a.add_argument('--seconds', type=float, default=30)
    a.add_argument('--offset', type=int, default=0, help='DTI_LOCAL_PORT_OFFSET of the suite')
    args = a.parse_args()
    urls = {s: f'http://127.0.0.1:{port + args.offset}/q/metrics'
            for s, port in (('indicator', 8081), ('ranking', 8082), ('report', 8083))}
    before = {s: scrape(u) for s, u in urls.items()}
    time.sleep(args.seconds)
    after = {s: scrape(u) for s, u in urls.items()}
    print(f'{"service":10} {"hop":34} {"topic / type":44} {"count":>7} {"p50 ms":>8} {"p90 ms":>8} {"p99 ms":>8}')
    for service in urls:
        for key, now in sorted(after[service].items()):
            was = before[service].get(key, {'buckets': {}, 'count': 0.0})
            count = now['count'] - was['count']
            if count <= 0:
                continue
            window = {e: c - was['buckets'].get(e, 0.0) for e, c in now['buckets'].items()}
            q = [quantile(p, window) for p in (0.5, 0.9, 0.99)]
            labels = ' '.join(v for _, v in key[1])
            print(f'{service:10} {key[0][len("dti_freshness_"):]:34} {labels[:44]:44} {int(count):7d} '
                  + ' '.join(f'{x * 1000:8.1f}' if x is not None else '       -' for x in q))


if __name__ == '__main__':
    main()
