// The Markdown form of a bench run (see run.mjs for the JSON it comes from)

export function machineLine(machine) {
  return (
    `${machine.cpus} × ${machine.cpuModel} · ${machine.totalMemoryMb} MB RAM · load average at start ` +
    `${machine.loadAverageAtStart.join(" / ")} (1 / 5 / 15 min) · Node ${machine.node}`
  );
}

export function markdownReport(report) {
  const { machine, settings } = report;
  const lines = [
    "# Benchmark",
    "",
    `${report.date} · ${machineLine(machine)}`,
    "",
    `**${report.note}**`,
    "",
    `${settings.connections} connections, ${settings.durationSeconds} s per route after ${settings.warmupSeconds} s of warm-up, ` +
      `Accept-Encoding: ${settings.acceptEncoding}, build: ${settings.buildDirectory}/. ` +
      `Page cache runs: ${settings.pageCacheModes.join(", ")} ` +
      (settings.pageCacheSwitchKnown ? "(PAGE_CACHE given to the server)." : "(this build does not know PAGE_CACHE: the runs differ only by chance)."),
    "",
    `Load generator: ${settings.loadGenerator ?? "autocannon"}; reference: ${settings.nginx ?? "none"}. ` +
      "× nginx: the route's requests per second divided by nginx's (the mean of its runs before and after the site's routes, same page, same load); " +
      "p99 × nginx likewise for the 99th percentile of latency. " +
      "× static: the route's requests per second divided by those of the static file on the same server. " +
      "Peak RSS: the highest total resident memory of the server's processes (a cluster primary and its workers on PostgreSQL) while the route was loaded, sampled every 100 ms.",
  ];
  if (report.postgresNote) lines.push("", report.postgresNote);
  for (const run of report.runs) {
    lines.push(
      "",
      `## ${run.database}, page cache ${run.pageCache} (${run.processes} server process${run.processes === 1 ? "" : "es"}, peak RSS ${run.peakRssMb ?? "?"} MB in all, load average at the end ${run.loadAverageAtEnd?.join(" / ") ?? "?"})`,
      "",
      "| route | path | req/s | × nginx | answers | p50 ms | p99 ms | p99 × nginx | errors | non-2xx | × static | peak RSS MB |",
      "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
      ...run.routes.map(
        (row) =>
          `| ${row.route} | \`${row.path}\` | ${row.requestsPerSecond} | ${row.shareOfNginx ?? "–"} | ${row.completed} | ${row.latencyP50Ms} | ${row.latencyP99Ms} | ${row.p99ToNginx ?? "–"} | ${row.errors} | ${row.non2xx} | ${row.ratioToStatic} | ${row.peakRssMb ?? "?"} |`,
      ),
    );
  }
  return `${lines.join("\n")}\n`;
}
