/** Stops the static server global setup started, and forgets its URL. */
import fs from "fs";
import type http from "http";
import { URL_FILE } from "./paths";

export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as { __chitieuServer?: http.Server };
  const server = holder.__chitieuServer;
  delete holder.__chitieuServer;
  if (server) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  fs.rmSync(URL_FILE, { force: true });
}
