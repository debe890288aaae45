# syntax=docker/dockerfile:1
# ds-helpdesk: build (TypeScript and the compiled guide) in one stage, run with production
# dependencies only in the next. Kept plain on purpose: tests/container/dockerfile-replay.test.ts
# parses this file and replays its build and start steps without a Docker engine.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# Dependencies first: this layer stays cached until the lockfile changes. Scripts are skipped
# here because `prepare` builds, and the sources are not copied yet. npm's cache is a cache
# mount: it speeds up rebuilds and never lands in a layer.
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json langium-config.json ./
COPY src ./src
# Langium parser, TypeScript to dist/, the guide to dist/graph.json (refused if a flow is broken).
RUN npm run build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
# No scripts: `prepare` would try to build, and the build tools are not installed here.
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --ignore-scripts --no-audit --no-fund
COPY --from=build /app/dist ./dist
# The image's unprivileged user (uid 1000); nothing under /app is writable by it.
USER node
EXPOSE 3000
# /healthz on OPS_PORT when set, else PORT (the ops routes are on one of them in every mode).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["node", "dist/ops/healthcheck.js"]
# Node is PID 1 only without an init: run with `docker run --init` (compose sets `init: true`),
# so SIGTERM reaches node as the init's child and zombies are reaped. main.ts handles SIGTERM
# either way: /readyz turns 503, in-flight turns finish, the stores close, exit 0.
CMD ["node", "dist/bots/main.js"]
