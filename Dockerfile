# syntax=docker/dockerfile:1
#
# AlgoGate as a container image: the WAR and the Kite plugin built from this checkout, on the
# official Open Liberty image. Build and run: docs/CONTAINER.md. The build machines cannot pull base
# images, so gateway-war's ContainerFilesTest checks this file statically (non-root user, directory
# permissions); keep its expectations and this file in step.
#
# Both base images are pinned: the Liberty release is the one the build and the ITs use
# (openliberty.version in pom.xml). kernel-slim is the smallest Open Liberty image: it carries only
# the kernel, and features.sh adds the features our server.xml names and nothing else.
ARG MAVEN_IMAGE=maven:3.9.9-eclipse-temurin-17
ARG LIBERTY_IMAGE=icr.io/appcafe/open-liberty:26.0.0.3-kernel-slim-java17-openj9-ubi

# ---- Stage 1: build the WAR, the Kite plugin directory and the Derby driver ----------------------
FROM ${MAVEN_IMAGE} AS build
WORKDIR /src
COPY . .
# The tests, SpotBugs and the ITs run in CI (mvn verify), not in the image build. The Maven cache
# is a BuildKit cache mount, so no downloaded artifact ends up in any layer.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -ntp -pl gateway-war,broker-plugins/broker-kite -am install \
        -DskipTests -DskipITs -Dspotbugs.skip=true \
 && mvn -B -ntp -pl gateway-war dependency:copy-dependencies \
        -DincludeGroupIds=org.apache.derby -DincludeScope=provided -Dmdep.stripVersion=true \
        -DoutputDirectory=/out/jdbc \
 && cp gateway-war/target/gateway-war.war /out/ \
 && cp -r broker-plugins/broker-kite/target/plugin/kite /out/kite

# ---- Stage 2: the runtime -----------------------------------------------------------------------
FROM ${LIBERTY_IMAGE}

# The home (D2) lives in a volume; the datasources and the gateway find it through ALGOGATE_HOME.
# Liberty's logs (server.xml's algogate.logs.dir) go to the home's logs/, where the retention purge
# looks and where they outlive the container.
ENV ALGOGATE_HOME=/opt/algogate \
    ALGOGATE_LOGS_DIR=/opt/algogate/logs

# The server configuration first: features.sh reads server.xml's featureManager and installs
# exactly those features into the kernel-slim image.
COPY --chown=1001:0 liberty-config/src/main/liberty/config/ /config/
RUN features.sh

COPY --chown=1001:0 --from=build /out/jdbc/ /config/jdbc/
COPY --chown=1001:0 --from=build /out/gateway-war.war /config/apps/gateway-war.war

# The home's layout with the seed's permissions, owned by Liberty's non-root user (1001, group 0):
# data and secrets 700 (databases and the keys that decrypt them), plugins and logs 755. The Kite
# plugin ships in plugins/; a named volume mounted here is seeded with it on first use.
USER root
COPY --from=build /out/kite/ /opt/algogate/plugins/kite/
RUN mkdir -p /opt/algogate/data /opt/algogate/secrets /opt/algogate/plugins /opt/algogate/logs \
 && chown -R 1001:0 /opt/algogate \
 && chmod 755 /opt/algogate \
 && chmod 700 /opt/algogate/data \
 && chmod 700 /opt/algogate/secrets \
 && chmod 755 /opt/algogate/plugins \
 && chmod 755 /opt/algogate/logs \
 && rm -rf /tmp/* /var/tmp/* /var/cache/yum /var/cache/dnf
USER 1001

# configure.sh applies the image's server settings and warms the OpenJ9 class cache; it runs last,
# after the application is in place, as Open Liberty's images document. Then its leftovers go.
RUN configure.sh \
 && rm -rf /tmp/* /opt/ol/wlp/output/defaultServer/workarea/org.eclipse.osgi/*.tmp

VOLUME ["/opt/algogate"]

# 9080/9443 API and dashboard, 8765 OpenAlgo's streaming socket.
EXPOSE 9080 9443 8765
