#!/usr/bin/env bash
# Benchmark: placeorder through the full security chain and through the bench profile's bare
# endpoint, same run, same server (bench/README.md). Usage, from anywhere in the repository:
#   bench/run.sh            # build, start the gateway on 9480/9843, measure, stop it
#   BENCH_THREADS=32 BENCH_SECONDS=30 bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

HTTP_PORT=${BENCH_HTTP_PORT:-9480}
HTTPS_PORT=${BENCH_HTTPS_PORT:-9843}
SERVER=algogate-bench
TARGET="$ROOT/bench/target"
WLP="$TARGET/wlp"
HOME_DIR="$TARGET/home"
LIMIT=${BENCH_RATE_LIMIT:-1000000 per second}
M2=${MAVEN_REPO:-$HOME/.m2/repository}
version() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$ROOT/pom.xml" | head -1; }
LIBERTY_ZIP="$M2/io/openliberty/openliberty-runtime/$(version openliberty.version)/openliberty-runtime-$(version openliberty.version).zip"
DERBY_DIR="$M2/org/apache/derby"
DERBY_VERSION=$(version derby.version)

echo "== build the WAR from this checkout (the reactor, not ~/.m2's snapshots)"
mvn -B -q -ntp -pl gateway-war -am -DskipTests package
# Open Liberty and Derby come from the local Maven repository, where the build above put them
# (mvn verify / liberty:run fetch them once); the server is assembled here, beside the ITs' own.
mkdir -p "$TARGET"
if [[ ! -x "$WLP/bin/server" ]]; then
  [[ -f "$LIBERTY_ZIP" ]] || mvn -B -q -ntp dependency:get -Dartifact="io.openliberty:openliberty-runtime:$(version openliberty.version):zip"
  rm -rf "$WLP" && unzip -q "$LIBERTY_ZIP" -d "$TARGET"
fi
SERVER_DIR="$WLP/usr/servers/$SERVER"
[[ -d "$SERVER_DIR" ]] || "$WLP/bin/server" create "$SERVER" >/dev/null
cp "$ROOT"/liberty-config/src/main/liberty/config/{server.xml,db-derby.xml,db-postgresql.xml,jvm.options} "$SERVER_DIR/"
mkdir -p "$SERVER_DIR/apps" "$SERVER_DIR/jdbc"
cp "$ROOT/gateway-war/target/gateway-war.war" "$SERVER_DIR/apps/gateway-war.war"
for jar in derby derbyshared derbytools; do
  [[ -f "$DERBY_DIR/$jar/$DERBY_VERSION/$jar-$DERBY_VERSION.jar" ]] || \
    mvn -B -q -ntp dependency:get -Dartifact="org.apache.derby:$jar:$DERBY_VERSION"
  cp "$DERBY_DIR/$jar/$DERBY_VERSION/$jar-$DERBY_VERSION.jar" "$SERVER_DIR/jdbc/$jar.jar"
done

if curl -s -o /dev/null "http://localhost:$HTTP_PORT/"; then
  echo "Something already listens on $HTTP_PORT; stop it or set BENCH_HTTP_PORT." >&2
  exit 1
fi

echo "== start the gateway: profile bench, fresh home $HOME_DIR, rate limits raised to '$LIMIT'"
rm -rf "$HOME_DIR"
mkdir -p "$HOME_DIR"
stop_server() { "$WLP/bin/server" stop "$SERVER" >/dev/null || true; }
# BENCH_KEEP_RUNNING=1 leaves the server up afterwards (stop it: bench/target/wlp/bin/server stop algogate-bench).
[[ "${BENCH_KEEP_RUNNING:-0}" == 1 ]] || trap stop_server EXIT
# Liberty resolves server.xml's ${http.port} and ${https.port} from http_port / https_port in the
# environment; the gateway reads ALGOGATE_* through MicroProfile Config (docs/SECURITY.md lists the
# rate-limit keys, algogate.ratelimit.*).
# BENCH_JVM_ARGS adds server JVM options, e.g. a JFR recording (bench/README.md).
# The stream port moves off 8765 too, so a gateway running there is left alone (ws-bench.sh sets it).
env JVM_ARGS="${BENCH_JVM_ARGS:-}" http_port="$HTTP_PORT" https_port="$HTTPS_PORT" \
  algogate_ws_port="${algogate_ws_port:-9865}" \
  mgmt_port="${BENCH_MGMT_PORT:-9482}" \
  ALGOGATE_PROFILE=bench \
  ALGOGATE_HOME="$HOME_DIR" \
  ALGOGATE_PUBLIC_BASE_URL="http://localhost:$HTTP_PORT" \
  ALGOGATE_RATELIMIT_API="$LIMIT" \
  ALGOGATE_RATELIMIT_ORDER="$LIMIT" \
  ALGOGATE_RATELIMIT_SMART="$LIMIT" \
  "$WLP/bin/server" start "$SERVER"
for _ in $(seq 1 240); do
  status=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$HTTP_PORT/app/login" || true)
  [[ "$status" != "000" && "$status" != "404" && "$status" != "503" ]] && break
  sleep 0.5
done
echo "ready (GET /app/login: $status)"

echo "== measure (commit $(git rev-parse --short HEAD), $(nproc) cores, $(java -version 2>&1 | head -1))"
if [[ -n "${BENCH_CLIENT:-}" ]]; then
  # Another measurement (bench/ws-bench.sh): Bench.java only sets up and writes the key, then it runs.
  BENCH_URL="http://localhost:$HTTP_PORT" BENCH_KEY_FILE="$TARGET/api-key" BENCH_SETUP_ONLY=1 java "$ROOT/bench/Bench.java"
  BENCH_URL="http://localhost:$HTTP_PORT" BENCH_KEY_FILE="$TARGET/api-key" java -Xmx1g "$BENCH_CLIENT" | tee "$ROOT/bench/target/last-run.txt"
else
  BENCH_URL="http://localhost:$HTTP_PORT" BENCH_KEY_FILE="$TARGET/api-key" java -Xmx256m "$ROOT/bench/Bench.java" | tee "$ROOT/bench/target/last-run.txt"
fi
