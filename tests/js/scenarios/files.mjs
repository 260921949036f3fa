// The files namespace: upload a document and an image, parse the document, retrieve from it with
// the server's embedding model, and the error an image gets from a model without vision.
import { MODEL_KEY, runScenario, within } from "./_lib.mjs";

const EMBEDDING_KEY = "smollm2-135m-instruct-embedding-mode";
const DOCUMENT = [
  "The lighthouse keeper logs the weather at dawn.",
  "Bread rises faster in a warm kitchen.",
  "The vault code is written on the blue card.",
].join("\n\n");
const PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

await runScenario("files", async ({ client }) => {
  const doc = await within(
    "prepareFileBase64()",
    client.files.prepareFileBase64("notes.txt", Buffer.from(DOCUMENT).toString("base64")),
  );
  const image = await within("prepareImageBase64()", client.files.prepareImageBase64("dot.png", PNG));
  const parsed = await within("parseDocument()", client.files.parseDocument(doc));
  const embedder = await within(`embedding.model("${EMBEDDING_KEY}")`, client.embedding.model(EMBEDDING_KEY));
  const found = await within(
    "retrieve()",
    client.files.retrieve("Where is the vault code?", [doc], {
      embeddingModel: embedder,
      limit: 2,
      chunkingMethod: { type: "recursive-v1", chunkSize: 16, chunkOverlap: 0 },
      verbose: false,
    }),
    60,
  );
  const model = await within(`llm.model("${MODEL_KEY}")`, client.llm.model(MODEL_KEY));
  let visionError = null;
  try {
    await within(
      "respond(with an image)",
      model.respond([{ role: "user", content: "What is this?", images: [image] }], { maxTokens: 4 }),
    );
  } catch (error) {
    visionError = { title: error?.title ?? null, message: String(error?.message ?? error) };
  }
  return {
    doc: { name: doc.name, type: doc.type, sizeBytes: doc.sizeBytes, identifier: doc.identifier },
    image: { type: image.type, sizeBytes: image.sizeBytes },
    parsed: parsed.content,
    parser: parsed.parser,
    entries: found.entries.map((e) => ({ content: e.content, score: e.score, source: e.source.identifier })),
    visionError,
  };
});
