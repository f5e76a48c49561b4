#!/usr/bin/env bash
# Benchmark: the streaming fan-out (bench/README.md, "ws-bench"): 200 WebSocket clients on 50
# instruments, one of them deliberately slow. The server is bench/run.sh's (same build, same
# assembly, ports 9480/9843), with these settings on top:
#   - the WebSocket connect limit raised (all clients come from one address),
#   - the sandbox pushing every BENCH_WS_INTERVAL_MILLIS (default 500 ms, two pushes a second),
#   - the stream port moved to BENCH_WS_PORT (default 9865), so a gateway on 8765 is left alone.
# Usage, from anywhere in the repository:
#   bench/ws-bench.sh
#   BENCH_WS_CLIENTS=100 BENCH_WS_SYMBOLS=20 BENCH_SECONDS=60 bench/ws-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export ALGOGATE_RATELIMIT_WS="${BENCH_RATE_LIMIT:-1000000 per second}"
export ALGOGATE_BROKER_SANDBOX_STREAM_INTERVAL_MILLIS="${BENCH_WS_INTERVAL_MILLIS:-500}"
# Liberty resolves server.xml's ${algogate.ws.port} from algogate_ws_port in the environment.
export algogate_ws_port="${BENCH_WS_PORT:-9865}"
BENCH_CLIENT="$(pwd)/bench/WsBench.java" exec bench/run.sh
