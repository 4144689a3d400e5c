/**
 * The flooding member of `bench:sync --flood N`, in its own process so its work
 * does not slow the load generator that measures the others' latency. A real
 * y-websocket client sends N presence messages a second and, like an attacker,
 * reconnects at once whenever the server closes it.
 * Env: FLOOD_URL, FLOOD_DOCUMENT, FLOOD_TOKEN (session cookie), FLOOD_PER_SECOND.
 * Prints `ready` once synced; on `stop` (stdin) prints `flood <json>` and exits.
 */
import { createInterface } from "node:readline";
import { connectClient, waitForSync } from "../sync/helpers";

const perSecond = Number(process.env.FLOOD_PER_SECOND ?? 0);
const client = connectClient(process.env.FLOOD_URL ?? "", process.env.FLOOD_DOCUMENT ?? "", {
  id: "flooder",
  name: "flooder",
  token: process.env.FLOOD_TOKEN ?? "",
});
await waitForSync(client);

let sent = 0;
let reconnects = 0;
let stopped = false;
const perTick = Math.max(1, Math.round(perSecond / 100));
client.provider.on("connection-close", () => {
  if (stopped) return;
  reconnects += 1;
  setTimeout(() => {
    if (!stopped) client.provider.connect();
  }, 50);
});
const timer = setInterval(() => {
  if (!client.provider.wsconnected) return;
  for (let index = 0; index < perTick; index++) {
    client.provider.awareness.setLocalStateField("cursor", sent);
    sent += 1;
  }
}, 10);
process.stdout.write("ready\n");

createInterface({ input: process.stdin }).on("line", (line) => {
  if (line.trim() !== "stop") return;
  stopped = true;
  clearInterval(timer);
  client.destroy();
  process.stdout.write(`flood ${JSON.stringify({ sent, reconnects })}\n`);
  process.exit(0);
});
