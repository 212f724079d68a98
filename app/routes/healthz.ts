import { databaseProblem, retryAfterSeconds } from "~/db/database.server";

/** Liveness and readiness: 200 when the database answers, 503 with the reason when it does not */
export async function loader() {
  const headers = { "Content-Type": "application/json", "Cache-Control": "no-store" };
  const problem = await databaseProblem();
  if (problem === null) return new Response(JSON.stringify({ status: "ok", database: "ok" }), { headers });
  return new Response(JSON.stringify({ status: "unavailable", database: problem }), {
    status: 503,
    headers: { ...headers, "Retry-After": String(retryAfterSeconds) },
  });
}
