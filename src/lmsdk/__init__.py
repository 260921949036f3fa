"""lmsdk: a typed Python SDK for LM Studio, generated from JSON schemas of its wire protocol."""
