"""Record types, field specs and validation. No Qt, no sync, no SQL."""

from .fields import CollectionSpec, FieldSpec, Kind
from .ids import new_id
from .records import COLLECTIONS, Record, spec
from .validation import FieldError, ValidationError, check, validate

__all__ = ["COLLECTIONS", "CollectionSpec", "FieldError", "FieldSpec", "Kind",
           "Record", "ValidationError", "check", "new_id", "spec", "validate"]
