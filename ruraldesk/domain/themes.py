"""The rural themes every workspace starts with (DESIGN.md, "Seed themes").

Seed themes get stable ids so that replicas created apart agree on them.
"""

from __future__ import annotations

from .ids import stable_id

SEED_THEMES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Enterprise development and employment", ("Work integration", "Local entrepreneurship")),
    ("Sustainable agriculture and food", ("Short food supply chains", "Agroecology")),
    ("Mobility", ("Digital platform cooperatives", "Community transport")),
    ("Energy", ("Energy communities",)),
    ("Healthcare", ()),
    ("Education and services", ()),
    ("Social inclusion", ()),
    ("Solidarity networks", ()),
    ("Policy and legal frameworks", ()),
    ("Co-design with authorities", ()),
)


def seed_theme_records() -> list[tuple[str, dict]]:
    """(id, fields) for every seed theme, parents before children."""
    out: list[tuple[str, dict]] = []
    for name, children in SEED_THEMES:
        parent_id = stable_id("theme", name)
        out.append((parent_id, {"name": name}))
        for child in children:
            out.append((stable_id("theme", f"{name}/{child}"), {"name": child, "parent": parent_id}))
    return out
