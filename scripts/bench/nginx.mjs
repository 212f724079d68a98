// The reference the site is measured against (issue 19): Debian's nginx serving a saved copy of one of
// the site's pages as a static file, gzip on, on a loopback port, with its own configuration, pid and
// logs in a temporary directory. Never needed by CI.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export const nginxInstallHint =
  "nginx is not installed: the bench measures every figure as a share of nginx's rate. Install Debian's package " +
  "(sudo apt-get install nginx; the service need not run, the bench starts its own) or set BENCH_NGINX=off to measure without it.";

export function nginxBinary() {
  for (const candidate of [process.env.NGINX ?? "", "/usr/sbin/nginx", "/usr/local/sbin/nginx", "nginx"]) {
    if (candidate && spawnSync(candidate, ["-v"], { stdio: "ignore" }).status === 0) return candidate;
  }
  return null;
}

/** Starts nginx on port serving `body` (the saved page) at /page; resolves once it answers */
export async function startNginx(binary, port, body) {
  const directory = mkdtempSync(path.join(os.tmpdir(), "bench-nginx-"));
  // nginx's workers run as its unprivileged user when it is started as root: they must read the page
  chmodSync(directory, 0o755);
  writeFileSync(path.join(directory, "page.html"), body, { mode: 0o644 });
  const temp = (name) => path.join(directory, name);
  // As Debian's default nginx.conf has it (a worker per core, access log on, sendfile), plus gzip for HTML
  writeFileSync(
    temp("nginx.conf"),
    `worker_processes auto;
pid ${temp("nginx.pid")};
error_log ${temp("error.log")};
daemon off;
events { worker_connections 1024; }
http {
  sendfile on;
  tcp_nopush on;
  types { text/html html; }
  default_type application/octet-stream;
  access_log ${temp("access.log")};
  gzip on;
  gzip_vary on;
  client_body_temp_path ${temp("body")};
  proxy_temp_path ${temp("proxy")};
  fastcgi_temp_path ${temp("fastcgi")};
  uwsgi_temp_path ${temp("uwsgi")};
  scgi_temp_path ${temp("scgi")};
  server {
    listen 127.0.0.1:${port};
    root ${directory};
    location = /page { try_files /page.html =404; }
  }
}
`,
  );
  const child = spawn(binary, ["-c", temp("nginx.conf"), "-p", directory], { stdio: ["ignore", "ignore", "inherit"] });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with code ${child.exitCode}: ${readFileSync(temp("error.log"), "utf8").slice(-500)}`);
    try {
      if ((await fetch(`${origin}/page`)).ok) return { child, exited, origin, url: `${origin}/page`, pid: child.pid, directory };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill("SIGQUIT");
  throw new Error("nginx did not answer within 10 s");
}

export async function stopNginx({ child, exited, directory }) {
  child.kill("SIGQUIT");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  rmSync(directory, { recursive: true, force: true });
}
