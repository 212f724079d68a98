#!/bin/sh
# The restore drill: a backup restored into a new, empty database and uploads directory, served by a
# throwaway server on 127.0.0.1 (port DRILL_PORT, 3999), and read back: /healthz, the English home page
# and one uploaded file. Run in the app's directory with the site's environment loaded:
#   sh docs/deploy/restore-drill.sh BACKUP_FILE DRILL_DATABASE
# DRILL_DATABASE: a new, empty database on the site's PostgreSQL server, owned by the site's role.
set -eu
backup=$1
drill_database=$2
drill_port=${DRILL_PORT:-3999}
drill_uploads=$(mktemp -d)
server=
trap 'if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" || true; fi; rm -rf "$drill_uploads"' EXIT

# The site's DATABASE_URL with the drill's database in place of the site's
DATABASE_URL=$(node -e 'const url = new URL(process.env.DATABASE_URL); url.pathname = "/" + process.argv[1]; console.log(url.href)' "$drill_database")
UPLOADS_DIR=$drill_uploads
export DATABASE_URL UPLOADS_DIR
npm run restore -- "$backup"

PORT=$drill_port HOST=127.0.0.1 WEB_CONCURRENCY=1 node server.mjs &
server=$!
stored_file=$(cd "$drill_uploads" && find img pdf -type f 2>/dev/null | head -n 1)
node --input-type=module -e '
const [origin, ...paths] = process.argv.slice(1);
const deadline = Date.now() + 60_000;
for (const path of paths) {
  let status = 0;
  // 0 (no answer yet) and 503 (database not open yet) while the server starts
  while ((status === 0 || status === 503) && Date.now() < deadline) {
    status = await fetch(origin + path).then((answer) => answer.status, () => 0);
    if (status === 0 || status === 503) await new Promise((resolve) => setTimeout(resolve, 500));
  }
  console.log(`${path}: ${status || "no answer"}`);
  if (status !== 200) process.exit(1);
}
' "http://127.0.0.1:$drill_port" /healthz /en ${stored_file:+"/uploads/$stored_file"}
echo "Restore drill passed: $backup was restored and served."
