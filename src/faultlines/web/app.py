"""The FastAPI application: a read-only connection to the store, the JSON API, the pages, the static
assets, and the limits (body size, analysis time)."""

from __future__ import annotations

from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI

HERE = Path(__file__).parent


@dataclass
class Settings:
    db: Path
    allow_fetch: bool = False
    max_bytes: int = 2_000_000  # a little over the pipeline's 1,000,000-character limit, as JSON
    time_limit: float = 30.0
    model: str | None = None
    warm: bool = True


def create_app(settings: Settings) -> FastAPI:
    """The app over one store file, opened read-only (it must exist: ``faultlines run`` creates it)."""
    import duckdb
    from fastapi import FastAPI
    from fastapi.staticfiles import StaticFiles

    from faultlines import __version__
    from faultlines.web import api, pages
    from faultlines.web.analysis import Analyzer
    from faultlines.web.limits import BodyLimit, SecurityHeaders

    analyzer = Analyzer(
        time_limit=settings.time_limit, allow_fetch=settings.allow_fetch, model=settings.model
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if settings.warm:
            analyzer.warm()
        yield
        analyzer.close()
        app.state.con.close()

    app = FastAPI(
        title="faultlines",
        version=__version__,
        description="Who said what, about whom, and where they split: the corpus store as JSON.",
        lifespan=lifespan,
        docs_url=None,  # Swagger UI and ReDoc load from a CDN: /docs is our own page (pages.py)
        redoc_url=None,
    )
    app.state.con = duckdb.connect(str(settings.db), read_only=True)
    app.state.settings = settings
    app.state.analyzer = analyzer
    app.add_middleware(BodyLimit, max_bytes=settings.max_bytes)
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    return app
