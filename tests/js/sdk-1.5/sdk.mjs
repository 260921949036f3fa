// The SDK as this version directory installs it, for the scenarios in ../scenarios to import.
export * from "@lmstudio/sdk";
