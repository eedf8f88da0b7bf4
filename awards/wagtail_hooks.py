from . import card_admin, letters_admin  # noqa: F401
