// The Markdown form of a bench run (see run.mjs for the JSON it comes from)

export function markdownReport(report) {
  const { machine, settings } = report;
  const lines = [
    "# Benchmark",
    "",
    `${report.date} · ${machine.cpus} × ${machine.cpuModel} · ${machine.totalMemoryMb} MB · Node ${machine.node}`,
    "",
    `**${report.note}**`,
    "",
    `${settings.connections} connections, ${settings.durationSeconds} s per route after ${settings.warmupSeconds} s of warm-up, Accept-Encoding: ${settings.acceptEncoding}, build: ${settings.buildDirectory}/.`,
  ];
  for (const run of report.runs) {
    lines.push(
      "",
      `## ${run.database} (peak RSS of the server: ${run.peakRssMb ?? "?"} MB)`,
      "",
      "| route | path | req/s | answers | p50 ms | p99 ms | errors | non-2xx | × static | peak RSS MB |",
      "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
      ...run.routes.map(
        (row) =>
          `| ${row.route} | \`${row.path}\` | ${row.requestsPerSecond} | ${row.completed} | ${row.latencyP50Ms} | ${row.latencyP99Ms} | ${row.errors} | ${row.non2xx} | ${row.ratioToStatic} | ${row.peakRssMb ?? "?"} |`,
      ),
    );
  }
  return `${lines.join("\n")}\n`;
}
