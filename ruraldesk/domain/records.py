"""The record types of DESIGN.md: practice, contact, tool, theme, attachment, and the
discussions (a thread and its posts, each post its own record: see domain/discussions.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .fields import CollectionSpec, FieldSpec, Kind

F = FieldSpec

ORGANISATION_TYPES = (
    "village_association", "community_cooperative", "social_enterprise", "third_place",
    "community_foundation", "work_integration_enterprise", "local_authority",
    "regional_authority", "advice_service", "finance_service", "other",
)

PRACTICE = CollectionSpec(
    name="practice", label="Practice", label_plural="Practices", title_field="title",
    fields=(
        F("title", Kind.TEXT, "Title", required=True, column=True, max_length=300),
        F("summary", Kind.LONGTEXT, "Summary", max_length=4000),
        F("description", Kind.LONGTEXT, "Description"),
        F("kind", Kind.CHOICE, "Kind", required=True, choices=("good", "bad", "mixed"), column=True),
        F("status", Kind.CHOICE, "Status", choices=("draft", "shared"), column=True),
        F("themes", Kind.REFS, "Themes", target="theme"),
        F("country", Kind.COUNTRY, "Country", column=True),
        F("region", Kind.REGION, "Region", column=True),
        F("organisation_types", Kind.CHOICES, "Organisation types", choices=ORGANISATION_TYPES),
        F("partners", Kind.TAGS, "Partners (incl. authorities)"),
        F("context", Kind.LONGTEXT, "Context"),
        F("objectives", Kind.LONGTEXT, "Objectives"),
        F("activities", Kind.LONGTEXT, "Activities"),
        F("results", Kind.LONGTEXT, "Results"),
        F("lessons_learned", Kind.LONGTEXT, "Lessons learned"),
        F("obstacles", Kind.LONGTEXT, "Obstacles (legal / policy)"),
        F("transferability", Kind.LONGTEXT, "Transferability"),
        F("funding_source", Kind.TEXT, "Funding source"),
        F("funding_amount", Kind.NUMBER, "Funding amount"),
        F("funding_currency", Kind.CURRENCY, "Currency"),
        F("start_date", Kind.DATE, "Start date", column=True),
        F("end_date", Kind.DATE, "End date"),
        F("language", Kind.LANGUAGE, "Language", column=True),
        F("links", Kind.URLS, "Links"),
        F("attachments", Kind.REFS, "Attachments", target="attachment", searchable=False),
        F("contacts", Kind.REFS, "Related contacts", target="contact", searchable=False),
        F("tools", Kind.REFS, "Related tools", target="tool", searchable=False),
        F("review_note", Kind.LONGTEXT, "Reviewer's note", max_length=4000),
    ),
    list_columns=("title", "kind", "status", "country", "region", "language", "start_date", "updated_at"),
    links={"contact": "contacts", "tool": "tools", "attachment": "attachments"},
)

CONTACT = CollectionSpec(
    name="contact", label="Contact", label_plural="Contacts", title_field="name",
    fields=(
        F("kind", Kind.CHOICE, "Kind", required=True,
          choices=("person", "organisation", "authority", "support_service"), column=True),
        F("name", Kind.TEXT, "Name", required=True, column=True, max_length=300,
          help="Full name of a person, or the name of an organisation"),
        F("given_name", Kind.TEXT, "Given name"),
        F("family_name", Kind.TEXT, "Family name"),
        F("organisation", Kind.TEXT, "Organisation", column=True),
        F("role", Kind.TEXT, "Role"),
        F("emails", Kind.EMAILS, "E-mails"),
        F("phones", Kind.PHONES, "Phones"),
        F("street", Kind.TEXT, "Street address"),
        F("postcode", Kind.TEXT, "Postcode"),
        F("locality", Kind.TEXT, "Town / village"),
        F("country", Kind.COUNTRY, "Country", column=True),
        F("region", Kind.REGION, "Region", column=True),
        F("languages", Kind.LANGUAGES, "Languages"),
        F("themes", Kind.REFS, "Expertise themes", target="theme"),
        F("website", Kind.URL, "Website"),
        F("notes", Kind.LONGTEXT, "Notes"),
        F("consent_basis", Kind.CHOICE, "Lawful basis", column=True,
          choices=("consent", "contract", "legal_obligation", "vital_interests",
                   "public_task", "legitimate_interests")),
        F("consent_date", Kind.DATE, "Consent date"),
        F("consent_source", Kind.TEXT, "Consent source"),
        F("member", Kind.TEXT, "Group member", max_length=40, searchable=False,
          help="The person's member name in the group: their posts are then part of their data"),
    ),
    list_columns=("name", "kind", "organisation", "country", "region", "updated_at"),
)

TOOL = CollectionSpec(
    name="tool", label="Tool", label_plural="Tools", title_field="title",
    fields=(
        F("title", Kind.TEXT, "Title", required=True, column=True, max_length=300),
        F("kind", Kind.CHOICE, "Kind", required=True, column=True,
          choices=("guideline", "methodology", "toolkit", "template",
                   "policy_recommendation", "training")),
        F("audience", Kind.TEXT, "Audience", column=True),
        F("status", Kind.CHOICE, "Status", choices=("draft", "shared"), column=True),
        F("summary", Kind.LONGTEXT, "Summary"),
        F("language", Kind.LANGUAGE, "Language", column=True),
        F("themes", Kind.REFS, "Themes", target="theme"),
        F("links", Kind.URLS, "Links"),
        F("attachments", Kind.REFS, "Attachments", target="attachment", searchable=False),
        F("contacts", Kind.REFS, "Related contacts", target="contact", searchable=False),
        F("review_note", Kind.LONGTEXT, "Reviewer's note", max_length=4000),
    ),
    list_columns=("title", "kind", "audience", "language", "updated_at"),
    links={"contact": "contacts", "attachment": "attachments"},
)

THEME = CollectionSpec(
    name="theme", label="Theme", label_plural="Themes", title_field="name",
    fields=(
        F("name", Kind.TEXT, "Name", required=True, column=True, max_length=200),
        F("parent", Kind.REF, "Broader theme", target="theme", column=True, searchable=False),
        F("description", Kind.LONGTEXT, "Description"),
    ),
    list_columns=("name", "updated_at"),
)

ATTACHMENT = CollectionSpec(
    name="attachment", label="Attachment", label_plural="Attachments", title_field="file_name",
    fields=(
        F("file_name", Kind.TEXT, "File name", required=True, column=True, max_length=255),
        F("media_type", Kind.TEXT, "Media type", column=True, searchable=False),
        F("size", Kind.INTEGER, "Size (bytes)", column=True, searchable=False),
        F("sha256", Kind.TEXT, "SHA-256", required=True, column=True, searchable=False),
    ),
    list_columns=("file_name", "media_type", "size", "updated_at"),
)

#: a thread: a group topic (title) or the comments on one record (`about`)
DISCUSSION = CollectionSpec(
    name="discussion", label="Discussion", label_plural="Discussions", title_field="title",
    fields=(
        F("title", Kind.TEXT, "Title", column=True, max_length=300),
        F("about", Kind.REF, "Comments on", column=True, searchable=False),
        F("author", Kind.TEXT, "Started by", required=True, column=True, max_length=200, searchable=False),
        F("themes", Kind.REFS, "Themes", target="theme"),
        F("language", Kind.LANGUAGE, "Language", column=True),
        F("hidden_reason", Kind.TEXT, "Hidden because", max_length=500, searchable=False),
        # the times of posts an erasure removed: the thread shows "post removed" there
        F("removed_posts", Kind.TAGS, "Removed posts", searchable=False),
    ),
    list_columns=("title", "author", "updated_at"),
)

#: one post of a thread: append-only, its own record, so concurrent replies never conflict
POST = CollectionSpec(
    name="post", label="Post", label_plural="Posts", title_field="text",
    fields=(
        F("text", Kind.LONGTEXT, "Text", max_length=20_000),
        F("thread", Kind.REF, "Discussion", target="discussion", required=True, column=True,
          searchable=False),
        F("author", Kind.TEXT, "Author", required=True, column=True, max_length=200, searchable=False),
        F("replies_to", Kind.REF, "In reply to", target="post", searchable=False),
        F("mentions", Kind.TAGS, "Mentions", searchable=False),
        F("attachments", Kind.REFS, "Attachments", target="attachment", searchable=False),
        F("status", Kind.CHOICE, "Status", choices=("withdrawn",), column=True),
        F("hidden_reason", Kind.TEXT, "Hidden because", max_length=500, searchable=False),
    ),
    list_columns=("author", "updated_at"),
    links={"attachment": "attachments"},
)

COLLECTIONS: dict[str, CollectionSpec] = {
    c.name: c for c in (PRACTICE, CONTACT, TOOL, THEME, ATTACHMENT, DISCUSSION, POST)
}

META_FIELDS = ("id", "created_at", "created_by", "updated_at", "updated_by", "deleted")


def spec(collection: str) -> CollectionSpec:
    try:
        return COLLECTIONS[collection]
    except KeyError:
        raise ValueError(f"unknown collection {collection!r}; expected one of "
                         f"{', '.join(COLLECTIONS)}") from None


@dataclass
class Record:
    """One record as the store hands it out: its fields plus the shared metadata."""

    id: str
    collection: str
    fields: dict[str, Any]
    created_at: str = ""
    created_by: str = ""
    updated_at: str = ""
    updated_by: str = ""
    deleted: bool = False
    server_seq: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def spec(self) -> CollectionSpec:
        return COLLECTIONS[self.collection]

    @property
    def title(self) -> str:
        return str(self.fields.get(self.spec.title_field) or "")

    def get(self, name: str, default: Any = None) -> Any:
        if name in META_FIELDS:
            return getattr(self, name)
        value = self.fields.get(name)
        return default if value is None else value

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "collection": self.collection, "created_at": self.created_at,
                "created_by": self.created_by, "updated_at": self.updated_at,
                "updated_by": self.updated_by, "deleted": self.deleted,
                "fields": dict(self.fields)}
