"""RuralDesk: an offline-first organiser for rural social-economy groups."""

__version__ = "0.1.0"
APP_NAME = "RuralDesk"
