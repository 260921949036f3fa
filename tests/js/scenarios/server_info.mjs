// system.getInfo() (2.0.0 and later): the server process's pid, daemon flag and version.
import { runScenario, within } from "./_lib.mjs";

await runScenario("server_info", async ({ client }) => {
  return await within("system.getInfo()", client.system.getInfo());
});
