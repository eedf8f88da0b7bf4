"""Workarounds for third-party bugs, each naming its upstream issue; remove when fixed.

1. opensearch-py ≥ 2.6 imports `Events` with `from events import Events`, meaning the PyPI
   package "Events", whose top-level module is called `events`. Our `events` app (campaigns
   and events, SPEC §2) has the same import name and shadows it, so importing opensearchpy
   fails. Upstream: https://github.com/opensearch-project/opensearch-py/issues/756 (open).
   The workaround loads the PyPI module from its installed file under another name, and
   `events/__init__.py` re-exports its `Events` class.
"""

import importlib.metadata
import importlib.util


def _load_pypi_events():
    distribution = importlib.metadata.distribution("Events")
    # The class lives in events/events.py, which has no relative imports.
    path = distribution.locate_file("events/events.py")
    spec = importlib.util.spec_from_file_location("_pypi_events", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


Events = _load_pypi_events().Events
