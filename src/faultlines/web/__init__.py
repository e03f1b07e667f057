"""The web app and JSON API over a corpus store (``faultlines serve``): FastAPI, Jinja2 templates and
static assets shipped in the package. FastAPI, Jinja2 and DuckDB are imported only when it starts."""
