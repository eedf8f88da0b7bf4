from .card import *  # noqa: F403
from .letters import *  # noqa: F403
