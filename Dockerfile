# syntax=docker/dockerfile:1
# Build: compile TypeScript with the full dependency set.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY migrations ./migrations
COPY scripts ./scripts
RUN npm run build

# Runtime: production dependencies and compiled output only, as a non-root user.
# Everything under dist/ runs with plain node: the server, migrations and the operator's scripts, e.g.
#   docker compose exec api node dist/scripts/migrate.js
#   docker run --rm -v complaints-data:/app/data IMAGE node dist/scripts/backup.js --out /app/data/backups/now.tar.gz
FROM node:20-bookworm-slim AS runtime
# postgresql-client: pg_dump / pg_restore for backups of a PostgreSQL deployment (version 15, as the compose file's).
RUN apt-get update \
  && apt-get install -y --no-install-recommends postgresql-client-15 \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 PGLITE_DIR=/app/data/pglite
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY LICENSE README.md ./
# The embedded database (PGlite) lives here; a volume keeps it across container restarts and upgrades.
RUN mkdir -p /app/data && chown -R node:node /app/data
VOLUME ["/app/data"]
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# node runs as PID 1 without a shell in between, so SIGTERM from `docker stop` reaches the graceful shutdown.
CMD ["node", "dist/src/server.js"]
