# The API service image used by docker-compose.yml (it talks to the neo4j service).
# Two stages: the build (dev dependencies, tsc, the explorer's bundle) and the runtime, which holds only
# production dependencies, dist/ and the files the service reads at run time (cypher/, schema/, the
# launcher's pom.xml for the Neo4j version). PROJECT_ROOT is /app from dist/ as it is from src/.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY schema ./schema
COPY cypher ./cypher
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
COPY schema ./schema
COPY cypher ./cypher
COPY neo4j-local/pom.xml ./neo4j-local/pom.xml
# Inside a container the service must listen on every interface (the default is 127.0.0.1);
# docker-compose.yml publishes the port on the host's loopback only.
ENV NODE_ENV=production PORT=4000 HOST=0.0.0.0
EXPOSE 4000
# Readiness, not liveness: healthy means the database answers too (/healthz only says the process is up).
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:4000/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# npm run start:prod, without npm in between (signals reach node directly).
CMD ["node", "dist/main.js"]
