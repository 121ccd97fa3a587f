# Jämställdhetsportalen as a container image (README, "Container image"): Next's standalone server
# as a non-root user, with a health check on /api/halsa. Migrations are a separate image target,
# run once per release before the instances start:
#   docker build -t portal .                          # the app
#   docker build --target migrate -t portal-migrate . # the migrations (npm run db:migrate)
# deploy/compose.yaml puts PostgreSQL, the migrations, two instances and nginx together.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 (the SQLite default) is compiled on install.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
    && rm -rf /var/lib/apt/lists/*
ENV NEXT_TELEMETRY_DISABLED=1
COPY . .
RUN npm ci --no-audit --no-fund
# The build prerenders the start and guidance pages from a database: an empty one here (the
# image holds no data). Each instance renders the start page again from its own database as it
# starts (lib/cluster/listener.ts); guidance pages are then rendered per request (README, How
# guidance pages are served), and nginx keeps them. To prerender them, build with the
# installation's DATABASE_URL instead.
RUN DATABASE_URL=file:./data/build.db npx tsx scripts/migrate.ts \
    && DATABASE_URL=file:./data/build.db NEXTAUTH_SECRET=only-for-the-build-never-at-runtime-0123 npm run build \
    && node scripts/standalone.mjs /standalone

FROM build AS migrate
CMD ["npx", "tsx", "scripts/migrate.ts"]

FROM node:20-bookworm-slim AS app
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 UPLOAD_DIR=/app/data/uploads
COPY --from=build --chown=node:node /standalone ./
RUN mkdir -p /app/data/uploads && chown -R node:node /app/data
# Uploaded images and films: keep them on a volume and back them up with the database.
VOLUME ["/app/data/uploads"]
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/halsa').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--max-old-space-size=512", "server.js"]
