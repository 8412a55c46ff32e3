# The API service image used by docker-compose.yml (it talks to the neo4j service).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY tsconfig.json ./
COPY src ./src
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
CMD ["node_modules/.bin/tsx", "src/main.ts"]
