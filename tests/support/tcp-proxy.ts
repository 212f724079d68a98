// A TCP proxy in front of a server (PostgreSQL, in the outage tests) that a test can cut, refusing new
// connections and dropping the open ones, and restore on the same port: the database "goes away".
import { createServer, Socket, type Server } from "node:net";

export class CuttableTcpProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();

  /** `port` 0: any free port, chosen at the first restore() and kept after */
  constructor(
    private readonly target: { host: string; port: number },
    public port = 0,
  ) {}

  restore(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = new Socket();
      upstream.connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on("close", () => this.sockets.delete(socket));
        socket.on("error", () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    return new Promise((resolve) =>
      this.server!.listen(this.port, "127.0.0.1", () => {
        this.port = (this.server!.address() as { port: number }).port;
        resolve();
      }),
    );
  }

  cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    return new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
}
