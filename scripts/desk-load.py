#!/usr/bin/env python3
"""Load on the desk: REQUESTS requests from CLIENTS concurrent clients, mixed as a day at the desk would be
(approval PDFs, preview PNGs, validations, and broken inputs), then the warm latency of one approval PDF
with one client. Prints the figures; exits 1 on any 5xx, failed or timed-out request.

Usage: desk-load.py URL REQUESTS CLIENTS [SERVER_PID]

Only the address given is loaded (tests give 127.0.0.1); every request times out after 60 s, so the run
ends by itself.
"""
import http.client
import statistics
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

URL, REQUESTS, CLIENTS = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
PID = sys.argv[4] if len(sys.argv) > 4 else None
ROOT = Path(__file__).resolve().parent.parent
APPROVAL = (ROOT / "Examples/approval.yaml").read_bytes()
APPLICATION = (ROOT / "Examples/application.yaml").read_bytes()
BAD = APPROVAL.replace(b"decision: approved", b"decision: maybe")
address = urllib.parse.urlsplit(URL)

# (path, body, content type, expected status): a mix of what the desk is asked.
MIX = [
    ("/api/render", APPROVAL, "application/yaml", 200),
    ("/api/render", APPROVAL, "application/yaml", 200),
    ("/api/render?format=png&page=1", APPROVAL, "application/yaml", 200),
    ("/api/validate", APPLICATION, "application/yaml", 200),
    ("/api/validate", BAD, "application/yaml", 200),
    ("/api/render", BAD, "application/yaml", 422),
    ("/api/render", b"\xff\xfe not yaml", "application/yaml", 422),
    ("/api/render", APPROVAL, "text/html", 415),
]

local = threading.local()


def connection():
    if not hasattr(local, "connection"):
        local.connection = http.client.HTTPConnection(address.hostname, address.port, timeout=60)
    return local.connection


def request(index):
    path, body, content_type, expected = MIX[index % len(MIX)]
    start = time.perf_counter()
    try:
        conn = connection()
        conn.request("POST", path, body=body, headers={"Content-Type": content_type})
        response = conn.getresponse()
        response.read()
        status = response.status
    except Exception as error:  # a failed request is a finding, not a crash of the load
        local.__dict__.pop("connection", None)
        return (f"error {type(error).__name__}", time.perf_counter() - start, expected)
    return (status, time.perf_counter() - start, expected)


def peak_rss_mb():
    if not PID:
        return None
    for line in Path(f"/proc/{PID}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return None


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main():
    start = time.perf_counter()
    with ThreadPoolExecutor(CLIENTS) as pool:
        results = list(pool.map(request, range(REQUESTS)))
    wall = time.perf_counter() - start
    latencies = [latency for _, latency, _ in results]
    statuses = {}
    for status, _, _ in results:
        statuses[status] = statuses.get(status, 0) + 1
    unexpected = sum(1 for status, _, expected in results if status != expected)
    failed = sum(count for status, count in statuses.items() if not isinstance(status, int) or status >= 500)

    # One client, warm: the median of 50 approval PDFs through the API.
    one = []
    for _ in range(55):
        status, latency, _ = request(0)
        one.append(latency)
    warm = statistics.median(one[5:])

    rss = peak_rss_mb()
    print(f"desk:    {REQUESTS} requests from {CLIENTS} clients in {wall:.2f} s: {REQUESTS / wall:.0f} requests/s")
    print(f"latency: p50 {1000 * percentile(latencies, 0.5):.1f} ms, p99 {1000 * percentile(latencies, 0.99):.1f} ms")
    print(f"answers: {dict(sorted(statuses.items(), key=str))}; {unexpected} not as expected")
    print(f"warm:    one approval PDF through POST /api/render, one client: {1000 * warm:.1f} ms (median of 50)")
    if rss is not None:
        print(f"memory:  desk peak RSS {rss:.1f} MB")
    sys.exit(1 if failed or unexpected else 0)


main()
