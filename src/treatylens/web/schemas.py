"""Request bodies of the JSON API, for validation messages and the OpenAPI document."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AnalyzeRequest(_Body):
    text: str = Field(description="the document text (txt or md); upload other formats as a file")
    adversary: str | None = Field(default=None, description="ISO 3166 alpha-3 code, e.g. RUS")
    name: str | None = Field(default=None, description="a display name for the document")


class DocumentItem(_Body):
    text: str | None = Field(default=None, description="a document text")
    name: str | None = None
    profile: dict[str, Any] | None = Field(
        default=None, description="or a saved profile (the JSON of analyze --format json)"
    )


class CompareRequest(_Body):
    documents: list[DocumentItem] = Field(min_length=2, description="two or more documents")
    adversary: str | None = None


class DiffRequest(_Body):
    old: DocumentItem
    new: DocumentItem
    adversary: str | None = None


def inline_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The model's JSON Schema with local ``$ref``s resolved, so it can sit inside an OpenAPI
    operation without extra component registration."""
    schema = model.model_json_schema()
    defs: dict[str, Any] = schema.pop("$defs", {})

    def resolve(node: Any, depth: int = 0) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/") and depth < 20:
                return resolve(defs[ref.removeprefix("#/$defs/")], depth + 1)
            return {k: resolve(v, depth) for k, v in node.items()}
        if isinstance(node, list):
            return [resolve(v, depth) for v in node]
        return node

    resolved: dict[str, Any] = resolve(schema)
    return resolved


def request_body(model: type[BaseModel], multipart: dict[str, Any]) -> dict[str, Any]:
    """OpenAPI ``requestBody``: a JSON body or a multipart form."""
    return {
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": inline_schema(model)},
                "multipart/form-data": {"schema": multipart},
            },
        }
    }


def file_field(description: str) -> dict[str, Any]:
    return {"type": "string", "format": "binary", "description": description}
