"""The suite collects as one: pytest imports test modules by their basename (rootdir-less
folders without __init__.py), so two test files of one name break collection."""

from collections import Counter
from pathlib import Path


def test_test_modules_have_unique_basenames():
    names = Counter(p.name for p in Path(__file__).parent.rglob("test_*.py"))
    assert not [n for n, k in names.items() if k > 1], names.most_common(3)
