// .act() with a real addition tool: the model calls it (a call the server forces: toolChoice
// "required" where the SDK can send it, 2.0.0; the server's LMSDK_TOOL_CHOICE for 1.5.x), the SDK runs
// it, and the last round, which has no tools, answers in text.
import { MODEL_KEY, runScenario, within } from "./_lib.mjs";

await runScenario("act", async ({ sdk, client, sdkVersion }) => {
  const model = await within(`llm.model("${MODEL_KEY}")`, client.llm.model(MODEL_KEY));
  const calls = [];
  const add = sdk.rawFunctionTool({
    name: "add",
    description: "Add two integers and return their sum.",
    parametersJsonSchema: {
      type: "object",
      properties: { a: { type: "integer" }, b: { type: "integer" } },
      required: ["a", "b"],
      additionalProperties: false,
    },
    implementation: ({ a, b }) => {
      calls.push({ a, b });
      return a + b;
    },
  });
  const rounds = [];
  const messages = [];
  const options = {
    maxPredictionRounds: 2,
    maxTokens: 48,
    temperature: 0,
    onRoundEnd: (roundIndex) => rounds.push(roundIndex),
    onMessage: (message) => messages.push({ role: message.getRole(), text: message.getText() }),
  };
  if (!sdkVersion.startsWith("1.")) options.toolChoice = { type: "generic", mode: "required" };
  const result = await within(
    ".act()",
    model.act("What is the sum of 123 and 3210? Use the tool.", [add], options),
    90,
  );
  return { rounds, calls, messages, reportedRounds: result.rounds };
});
