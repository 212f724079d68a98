import { sql } from "drizzle-orm";
import { getDb } from "~/db/database.server";

/** Liveness and readiness: 200 when the database answers, 503 with the reason when it does not */
export async function loader() {
  const headers = { "Content-Type": "application/json", "Cache-Control": "no-store" };
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return new Response(JSON.stringify({ status: "ok", database: "ok" }), { headers });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return new Response(JSON.stringify({ status: "unavailable", database: reason }), { status: 503, headers });
  }
}
