# opensearch-py does `from events import Events` and means the PyPI package "Events", which
# this app shadows; see cms/patches.py (opensearch-project/opensearch-py#756).
from cms.patches import Events  # noqa: F401
