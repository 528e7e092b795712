# The sagelint container image: the self-contained Linux x64 distribution (its own Java runtime) on Debian slim,
# run as a non-root user from /src. Built by the release workflow from cli/target after `mvn -P dist package`:
#   docker build --build-arg VERSION=0.2.0 -f Dockerfile cli/target
# Use: docker run --rm -v "$PWD:/src" ghcr.io/sagelint/sagelint:0.2.0 scan .
FROM debian:bookworm-slim
ARG VERSION
ADD sagelint-${VERSION}-linux-x64.tar.gz /opt/
RUN mv "/opt/sagelint-${VERSION}" /opt/sagelint \
    && useradd --system --uid 10001 --user-group --no-create-home --home-dir /nonexistent sagelint
ENV PATH=/opt/sagelint/bin:$PATH
# The launcher gives Java half of the container's memory limit; in a container sagelint is the only process, so
# allow three quarters. SAGELINT_JAVA_OPTS=-Xmx... (docker run -e) overrides it.
ENV SAGELINT_JAVA_OPTS=-XX:MaxRAMPercentage=75
USER sagelint
WORKDIR /src
ENTRYPOINT ["sagelint"]
