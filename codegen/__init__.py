"""lmsdk's binding generator: schema/ -> IR -> Jinja2 templates -> ruff -> src/lmsdk/_generated/."""
