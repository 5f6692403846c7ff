"""The local web app: server-rendered pages from the report templates, and a JSON API.

``create_app`` builds a fresh application from its settings; the app keeps no state between
requests (downloads post the report's own data back), so concurrent requests cannot interfere.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from pydantic import ValidationError as PydanticValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from treatylens import __version__
from treatylens.errors import InputError, TreatylensError
from treatylens.model import Profile
from treatylens.render.html import (
    build_view,
    compare_context,
    compare_views,
    environment,
    page_context,
    render_compare_html,
)
from treatylens.web import inputs, service
from treatylens.web.inputs import BadRequest, DocumentInput, UnsupportedMediaType, one_line
from treatylens.web.limits import BodySizeLimit, RequestTooLarge
from treatylens.web.schemas import (
    AnalyzeRequest,
    CompareRequest,
    DiffRequest,
    DocumentItem,
    file_field,
    request_body,
)
from treatylens.web.service import NotAvailable

log = logging.getLogger("treatylens.web")

DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024
#: A download posts back the profile (clause texts, reasons) and the text: allow more.
DOWNLOAD_SIZE_FACTOR = 8

JSON_OR_FORM = ("application/json", "multipart/form-data")
SWAGGER = ("/docs", "/redoc", "/docs/oauth2-redirect")
FOREIGN_HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
FORMS = ("multipart/form-data", "application/x-www-form-urlencoded")


@dataclass(frozen=True)
class Settings:
    max_upload_bytes: int

    @property
    def max_upload_mb(self) -> str:
        return f"{self.max_upload_bytes / (1024 * 1024):g}"


def _status_for(exc: Exception) -> int:
    if isinstance(exc, RequestTooLarge):
        return 413
    if isinstance(exc, UnsupportedMediaType):
        return 415
    if isinstance(exc, BadRequest):
        return 400
    if isinstance(exc, NotAvailable):
        return 501
    return 422


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _page(name: str, status: int = 200, **values: Any) -> HTMLResponse:
    html = environment().get_template(name).render(**values, **page_context("web"))
    return HTMLResponse(html, status_code=status)


def _error_response(request: Request, status: int, message: str) -> Response:
    message = one_line(message)
    if _is_api(request) or request.url.path in ("/openapi.json", *SWAGGER):
        return JSONResponse({"error": message}, status_code=status)
    return _page("web/error.html.j2", status=status, status_code=status, message=message)


def _check_content_type(request: Request, allowed: tuple[str, ...]) -> str:
    media = inputs.media_type_of(request)
    if media not in allowed:
        shown = media or "none"
        raise UnsupportedMediaType(
            f"unsupported content type {shown!r} (use {' or '.join(allowed)})"
        )
    return media


def create_app(max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES) -> FastAPI:
    """A new app. ``max_upload_bytes`` bounds every request body (HTTP 413 beyond it)."""
    if max_upload_bytes <= 0:
        raise InputError("the upload size limit must be a positive number of bytes")
    settings = Settings(max_upload_bytes=max_upload_bytes)
    app = FastAPI(
        title="treatylens",
        version=__version__,
        description=(
            "Read security agreements and tell a paper guarantee from a real one. "
            'Errors are JSON objects {"error": "one line"}.'
        ),
    )

    def limit_for(path: str) -> int:
        downloads = ("/download", "/download-compare")
        return max_upload_bytes * (DOWNLOAD_SIZE_FACTOR if path in downloads else 1)

    app.add_middleware(BodySizeLimit, limit_for=limit_for)

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        path = request.url.path
        if response.headers.get("content-type", "").startswith("text/html") and path not in SWAGGER:
            # our pages: only their own pinned script and style; other renderers' HTML (API
            # formats, comparison downloads): inline styles, never a script
            ours = not (path.startswith("/api/") or path == "/download-compare")
            csp = page_context("web")["csp"] if ours else FOREIGN_HTML_CSP
            response.headers.setdefault("Content-Security-Policy", csp + "; frame-ancestors 'none'")
            response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    _install_error_handlers(app)

    async def analyse_all(
        docs: list[DocumentInput], adversary: str | None
    ) -> list[service.Analysed]:
        return [await run_in_threadpool(service.analyse, d, adversary) for d in docs]

    # ------------------------------------------------------------------ pages

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def index() -> HTMLResponse:
        return _page("web/index.html.j2", settings=settings)

    @app.post("/analyze", response_class=HTMLResponse, include_in_schema=False)
    async def analyze_page(request: Request) -> HTMLResponse:
        _check_content_type(request, FORMS)
        form = await inputs.read_form(request, max_upload_bytes)
        adversary = inputs.normalise_adversary(inputs.form_text(form, "adversary"))
        docs = await inputs.form_documents(form)
        if not docs:
            raise InputError("paste a text or choose a file")
        if len(docs) > 1:
            raise InputError("give either a pasted text or a file, not both")
        analysed = (await analyse_all(docs, adversary))[0]
        view = build_view(analysed.profile, analysed.text)
        return _page(
            "web/report.html.j2",
            view=view,
            payload=service.download_payload(analysed),
            formats=list(service.DOWNLOAD_FORMATS),
        )

    @app.post("/download", include_in_schema=False)
    async def download(request: Request) -> Response:
        _check_content_type(request, FORMS)
        form = await inputs.read_form(request, max_upload_bytes * DOWNLOAD_SIZE_FACTOR)
        fmt = inputs.form_text(form, "format") or "json"
        if fmt not in service.DOWNLOAD_FORMATS:
            raise InputError(f"unknown format {fmt!r} (use {', '.join(service.DOWNLOAD_FORMATS)})")
        payload = inputs.form_text(form, "payload")
        if payload is None:
            raise InputError("nothing to download (the form has no payload)")
        profile, text = service.parse_download_payload(payload)
        body = await run_in_threadpool(service.render_download, profile, text, fmt)
        media, suffix = service.DOWNLOAD_FORMATS[fmt]
        filename = service.download_name(profile.source.name, suffix)
        return Response(
            body,
            media_type=media,
            headers={"Content-Disposition": f'attachment; filename="{filename}"'},
        )

    @app.get("/compare", response_class=HTMLResponse, include_in_schema=False)
    async def compare_form() -> HTMLResponse:
        return _page("web/compare_form.html.j2", settings=settings)

    @app.post("/compare", response_class=HTMLResponse, include_in_schema=False)
    async def compare_page(request: Request) -> HTMLResponse:
        _check_content_type(request, FORMS)
        form = await inputs.read_form(request, max_upload_bytes)
        adversary = inputs.normalise_adversary(inputs.form_text(form, "adversary"))
        docs = await inputs.form_documents(form)
        if len(docs) < 2:
            raise InputError("give at least two documents to compare (paste texts or choose files)")
        analysed = await analyse_all(docs, adversary)
        profiles = [a.profile for a in analysed]
        views = compare_views(profiles, [a.text for a in analysed])
        return _page(
            "web/compare.html.j2",
            views=views,
            with_reports=True,
            payload=service.compare_payload(profiles) if service.compare_available() else None,
            formats=list(service.COMPARE_DOWNLOADS),
            **compare_context(views),
        )

    @app.post("/download-compare", include_in_schema=False)
    async def download_compare(request: Request) -> Response:
        _check_content_type(request, FORMS)
        compare = _compare_module()
        form = await inputs.read_form(request, max_upload_bytes * DOWNLOAD_SIZE_FACTOR)
        fmt = inputs.form_text(form, "format") or "json"
        if fmt not in service.COMPARE_DOWNLOADS:
            raise InputError(f"unknown format {fmt!r} (use {', '.join(service.COMPARE_DOWNLOADS)})")
        profiles = service.parse_compare_payload(inputs.form_text(form, "payload") or "")
        comparison = await run_in_threadpool(compare.compare_profiles, profiles)
        # as `treatylens compare --format`; HTML falls back to the side-by-side page
        body = _render_or_fallback(
            compare.render_comparison, comparison, fmt, lambda: render_compare_html(profiles)
        )
        media, suffix = service.COMPARE_DOWNLOADS[fmt]
        return Response(
            body,
            media_type=media,
            headers={
                "Content-Disposition": f'attachment; filename="comparison.treatylens{suffix}"'
            },
        )

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    # ------------------------------------------------------------------ JSON API

    @app.post(
        "/api/analyze",
        summary="Analyse one document",
        description=(
            "A JSON body {text, adversary?, name?} or a multipart form with a `file` "
            "(txt, md, html, pdf, docx) and an optional `adversary`. Answers the same JSON as "
            "`treatylens analyze --format json`."
        ),
        openapi_extra=request_body(
            AnalyzeRequest,
            {
                "type": "object",
                "properties": {"file": file_field("the document"), "adversary": {"type": "string"}},
                "required": ["file"],
            },
        ),
        responses={
            200: {"description": "the profile"},
            413: {"description": "request larger than the upload limit"},
            415: {"description": "unsupported content type or file type"},
            422: {"description": "the input cannot be read as a document"},
        },
    )
    async def api_analyze(request: Request) -> JSONResponse:
        media = _check_content_type(request, JSON_OR_FORM)
        if media == "application/json":
            body = _validated(AnalyzeRequest, await inputs.read_json(request), "body")
            adversary = inputs.normalise_adversary(body.adversary)
            doc = inputs.text_document(body.text, body.name)
        else:
            form = await inputs.read_form(request, max_upload_bytes)
            adversary = inputs.normalise_adversary(inputs.form_text(form, "adversary"))
            docs = await inputs.form_documents(form)
            if len(docs) != 1:
                raise InputError("send exactly one document: a 'file' field (or a 'text' field)")
            doc = docs[0]
        analysed = (await analyse_all([doc], adversary))[0]
        return JSONResponse(analysed.profile.to_dict())

    @app.post(
        "/api/compare",
        summary="Compare two or more documents side by side",
        description=(
            "A JSON body {documents: [{text | profile, name?}, ...], adversary?} or a multipart "
            "form with two or more `file` fields. `format` picks json (default), text, md, csv "
            "or html, as `treatylens compare --format`."
        ),
        openapi_extra=request_body(
            CompareRequest,
            {
                "type": "object",
                "properties": {
                    "file": {"type": "array", "items": file_field("a document")},
                    "adversary": {"type": "string"},
                },
                "required": ["file"],
            },
        ),
        responses={501: {"description": "the compare feature is not installed"}},
    )
    async def api_compare(request: Request, format: str = "json") -> Response:
        _check_format(format)
        compare = _compare_module()
        media = _check_content_type(request, JSON_OR_FORM)
        if media == "application/json":
            body = _validated(CompareRequest, await inputs.read_json(request), "body")
            adversary = inputs.normalise_adversary(body.adversary)
            profiles = [
                await _item_profile(item, adversary, f"documents[{i}]", i + 1)
                for i, item in enumerate(body.documents)
            ]
        else:
            form = await inputs.read_form(request, max_upload_bytes)
            adversary = inputs.normalise_adversary(inputs.form_text(form, "adversary"))
            docs = await inputs.form_documents(form)
            if len(docs) < 2:
                raise InputError("send at least two documents ('file' fields)")
            profiles = [a.profile for a in await analyse_all(docs, adversary)]
        if len(profiles) > inputs.MAX_DOCUMENTS:
            raise InputError(f"too many documents (at most {inputs.MAX_DOCUMENTS})")
        comparison = await run_in_threadpool(compare.compare_profiles, profiles)
        if format == "json":
            return JSONResponse(comparison.to_dict())
        body = _render_or_fallback(
            compare.render_comparison, comparison, format, lambda: render_compare_html(profiles)
        )
        return _rendered(body, format)

    @app.post(
        "/api/diff",
        summary="Diff two drafts of one agreement",
        description=(
            "A JSON body {old: {text | profile}, new: {text | profile}, adversary?} or a multipart "
            "form with `old` and `new` files. `format` as for /api/compare."
        ),
        openapi_extra=request_body(
            DiffRequest,
            {
                "type": "object",
                "properties": {
                    "old": file_field("the earlier draft"),
                    "new": file_field("the later draft"),
                    "adversary": {"type": "string"},
                },
                "required": ["old", "new"],
            },
        ),
        responses={501: {"description": "the diff feature is not installed"}},
    )
    async def api_diff(request: Request, format: str = "json") -> Response:
        _check_format(format)
        compare = _compare_module()
        media = _check_content_type(request, JSON_OR_FORM)
        if media == "application/json":
            body = _validated(DiffRequest, await inputs.read_json(request), "body")
            adversary = inputs.normalise_adversary(body.adversary)
            old = await _item_profile(body.old, adversary, "old")
            new = await _item_profile(body.new, adversary, "new", 2)
        else:
            form = await inputs.read_form(request, max_upload_bytes)
            adversary = inputs.normalise_adversary(inputs.form_text(form, "adversary"))
            old_docs = await inputs.form_documents(form, text_key="old_text", file_key="old")
            new_docs = await inputs.form_documents(form, text_key="new_text", file_key="new")
            if len(old_docs) != 1 or len(new_docs) != 1:
                raise InputError("send one 'old' and one 'new' file")
            analysed = await analyse_all([old_docs[0], new_docs[0]], adversary)
            old, new = analysed[0].profile, analysed[1].profile
        diff = await run_in_threadpool(compare.diff_profiles, old, new)
        if format == "json":
            return JSONResponse(diff.to_dict())
        return _rendered(_render_or_fallback(compare.render_diff, diff, format, None), format)

    async def _item_profile(
        item: DocumentItem, adversary: str | None, what: str, index: int = 1
    ) -> Profile:
        if (item.text is None) == (item.profile is None):
            raise InputError(f"{what}: give either 'text' or 'profile'")
        if item.profile is not None:
            return service.profile_from_data(item.profile, what)
        doc = inputs.text_document(item.text, item.name, index=index)
        return (await analyse_all([doc], adversary))[0].profile

    return app


def _check_format(fmt: str) -> None:
    if fmt not in service.COMPARE_FORMATS:
        raise InputError(f"unknown format {fmt[:40]!r} (use {', '.join(service.COMPARE_FORMATS)})")


def _compare_module() -> Any:
    try:
        import treatylens.compare as compare
    except ImportError as exc:
        raise NotAvailable("compare and diff are not available in this installation") from exc
    return compare


def _render_or_fallback(
    render: Callable[[Any, str], str], value: Any, fmt: str, html: Callable[[], str] | None
) -> str:
    """Render with the compare module; a format it lacks is HTML from ours, or a 501."""
    try:
        return render(value, fmt)
    except ValueError as exc:
        if fmt == "html" and html is not None:
            return html()
        raise NotAvailable(f"format {fmt!r} is not available here ({one_line(str(exc))})") from exc


def _rendered(body: str, fmt: str) -> Response:
    if fmt == "html":
        return HTMLResponse(body)
    media = {"md": "text/markdown; charset=utf-8", "csv": "text/csv; charset=utf-8"}.get(fmt)
    if media:
        return Response(body, media_type=media)
    return PlainTextResponse(body)


def _validated(model: Any, data: Any, what: str) -> Any:
    inputs.require_object(data, what)
    try:
        return model.model_validate(data)
    except PydanticValidationError as exc:
        errors = exc.errors()
        first = errors[0] if errors else {"loc": (), "msg": "invalid"}
        where = ".".join(str(p) for p in first.get("loc", ())) or what
        raise InputError(f"{where}: {first.get('msg')}") from exc


def _install_error_handlers(app: FastAPI) -> None:
    async def treatylens_error(request: Request, exc: Exception) -> Response:
        return _error_response(request, _status_for(exc), str(exc) or type(exc).__name__)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        response = _error_response(request, exc.status_code, str(exc.detail))
        if exc.headers:
            response.headers.update(exc.headers)
        return response

    async def validation_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        errors = exc.errors()
        first = errors[0] if errors else {"loc": (), "msg": "invalid request"}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return _error_response(request, 422, f"{where}: {first.get('msg')}")

    async def unexpected(request: Request, exc: Exception) -> Response:
        # a bug, not bad input: logged with its traceback, answered without one
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return _error_response(request, 500, f"internal error ({type(exc).__name__})")

    app.add_exception_handler(TreatylensError, treatylens_error)
    app.add_exception_handler(RequestTooLarge, treatylens_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(Exception, unexpected)
