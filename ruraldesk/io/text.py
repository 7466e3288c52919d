"""Messages a person reads, from code that has no Qt.

A :class:`Text` *is* its English wording (a ``str``), so the command line, logs,
JSON reports and ``in`` checks see plain English; it also keeps the template, the
parameters and the translation context, so the interface can translate it
(``ruraldesk.ui.i18n.text``). ``scripts/update-translations`` extracts every
``Text("literal", ...)`` under ``ruraldesk/io`` in the context "IO".

Parameters that are themselves ``Text`` are translated too; ints are shown with the
interface's digit grouping, floats with two decimals (in English as ``0.95``).
"""

from __future__ import annotations

from typing import Any

IO = "IO"


def _english(value: Any) -> Any:
    if isinstance(value, float):
        return f"{value:.2f}"
    return value


class Text(str):
    """``Text("{name} is empty", name="a.csv")`` == "a.csv is empty", translatable later."""

    __slots__ = ("template", "params", "context")

    template: str
    params: dict[str, Any]
    context: str

    def __new__(cls, template: str, /, **params: Any) -> "Text":
        return cls.in_context(IO, template, **params)

    @classmethod
    def in_context(cls, context: str, template: str, /, **params: Any) -> "Text":
        english = template.format(**{k: _english(v) for k, v in params.items()}) if params else template
        self = str.__new__(cls, english)
        self.template, self.params, self.context = template, params, context
        return self

    @classmethod
    def field_error(cls, error) -> "Text":
        """A domain FieldError, translated with the "Validation" templates the UI already has
        (its field label in "Fields")."""
        params = dict(error.params)
        if "label" in params:
            params["label"] = cls.in_context("Fields", str(params["label"]))
        return cls.in_context("Validation", error.template, **params)

    def __reduce__(self):           # copy / pickle keep the template, not only the English
        return (_rebuild, (self.context, self.template, self.params))

    def __repr__(self) -> str:
        return f"Text({str.__repr__(self)})"


def _rebuild(context: str, template: str, params: dict[str, Any]) -> Text:
    return Text.in_context(context, template, **params)


__all__ = ["IO", "Text"]
