"""One local Ray for the whole test session, started as `faultlines run --engine ray` starts it."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def local_ray():
    """The address of a local Ray with two CPUs; skips when Ray is not installed."""
    pytest.importorskip("ray")
    import ray

    from faultlines.engines import ray as ray_engine

    ray_engine.start(workers=2)
    yield ray.get_runtime_context().gcs_address
    ray_engine.stop()
