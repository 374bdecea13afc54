"""The Starlette app: routes from the page to ``work``, behind the ``Guard``."""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from .. import __version__
from ..errors import CitekitError
from ..render.resident import resident
from . import work
from .jobs import Job, Jobs, stream
from .options import ServeOptions
from .security import Guard, TooLarge

STATIC = Path(__file__).parent / "static"
HEADERS = {
    "content-security-policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
        " connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
}


def create_app(options: ServeOptions | None = None) -> Guard:
    """The ASGI app for one server start: its token, limits and folders in ``options``."""
    options = options or ServeOptions()
    jobs = Jobs()
    styles = work.Styles(options)
    memos = work.Memos()

    async def body(request: Request) -> dict[str, Any]:
        raw = await request.body()
        try:
            data = json.loads(raw or b"{}")
        except (ValueError, UnicodeDecodeError) as error:
            raise work.PageError(f"the request is not JSON ({error})") from error
        if not isinstance(data, dict):
            raise work.PageError("the request must be a JSON object")
        return data

    def posting(job: Callable[[dict[str, Any]], Any]) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            data = await body(request)
            return JSONResponse(await run_in_threadpool(job, data))

        return endpoint

    async def index(request: Request) -> Response:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    async def info(request: Request) -> Response:
        return JSONResponse(
            {
                "version": __version__,
                "modes": work.MODES,
                "scripts": work.SCRIPTS,
                "romanizations": work.ROMANIZATIONS,
                "exports": list(work.EXPORTS),
                "max_paste": options.max_paste,
                "max_references": options.max_references,
            }
        )

    def load(data: dict[str, Any]) -> Callable[[Job], dict[str, Any]]:
        def run(job: Job) -> dict[str, Any]:
            job.progress(stage="reading")
            read = work.read_list(data.get("name"), data.get("text"), options, memos)
            job.progress(stage="read", read=read)  # the page builds the rows meanwhile
            job.progress(stage="rendering", total=len(read["items"]))
            parsed = [
                i for i, row in zip(read["items"], read["rows"], strict=True) if not row["failed"]
            ]
            rendered = work.render_list({**data, "items": parsed}, styles, options, memos)
            return {"render": rendered, "text": data.get("text")}

        return run

    async def start_load(request: Request) -> Response:
        data = await body(request)
        work.bounded_text(data.get("text"), options)
        return JSONResponse({"job": jobs.start("load", load(data)).id})

    async def start_links(request: Request) -> Response:
        data = await body(request)
        job = jobs.start("links", lambda job: work.audit(job, data, options))
        return JSONResponse({"job": job.id})

    def found_job(request: Request) -> Job:
        job = jobs.get(request.path_params["job"])
        if job is None:
            raise work.PageError("no such job (the server may have restarted)", 404)
        return job

    async def events(request: Request) -> Response:
        job = found_job(request)
        return StreamingResponse(
            stream(job),
            media_type="text/event-stream",
            headers={"cache-control": "no-store", "x-accel-buffering": "no"},
        )

    async def cancel(request: Request) -> Response:
        job = found_job(request)
        return JSONResponse({"job": job.id, "cancelling": job.cancel()})

    async def upload(request: Request) -> Response:
        name = unquote(request.headers.get("x-file-name", ""))
        data = await request.body()
        decoded = await run_in_threadpool(work.decode_upload, name, data, options)
        return JSONResponse(decoded)

    async def style_search(request: Request) -> Response:
        query = request.query_params.get("q", "")[:200]
        return JSONResponse({"styles": styles.search(query)})

    async def style_upload(request: Request) -> Response:
        name = unquote(request.headers.get("x-file-name", ""))
        return JSONResponse(styles.upload(name, await request.body()))

    async def download(request: Request) -> Response:
        data = await body(request)
        content, media, filename = await run_in_threadpool(work.export, data, styles, options)
        disposition = f"attachment; filename=\"{filename}\"; filename*=UTF-8''{quote(filename)}"
        return Response(content, media_type=media, headers={"content-disposition": disposition})

    async def library_search(request: Request) -> Response:
        query = request.query_params.get("q", "")
        return JSONResponse(await run_in_threadpool(work.library_search, query, options))

    async def page_error(request: Request, error: Exception) -> Response:
        status = error.status if isinstance(error, work.PageError) else 400
        if isinstance(error, TooLarge):
            status = 413
        return JSONResponse({"error": str(error)}, status_code=status)

    routes = [
        Route("/", index),
        Route("/api/info", info),
        Route("/api/load", start_load, methods=["POST"]),
        Route(
            "/api/read",
            posting(lambda d: work.read_list(d.get("name"), d.get("text"), options, memos)),
            methods=["POST"],
        ),
        Route(
            "/api/render",
            posting(lambda d: work.render_list(d, styles, options, memos)),
            methods=["POST"],
        ),
        Route(
            "/api/check", posting(lambda d: work.check_list(d, options, memos)), methods=["POST"]
        ),
        Route("/api/fix", posting(lambda d: work.fix_list(d, options, memos)), methods=["POST"]),
        Route("/api/export", download, methods=["POST"]),
        Route("/api/upload", upload, methods=["POST"]),
        Route("/api/styles", style_search),
        Route("/api/styles", style_upload, methods=["POST"]),
        Route("/api/links", start_links, methods=["POST"]),
        Route("/api/jobs/{job}/events", events),
        Route("/api/jobs/{job}/cancel", cancel, methods=["POST"]),
        Route(
            "/api/library/save", posting(lambda d: work.library_save(d, options)), methods=["POST"]
        ),
        Route("/api/library/search", library_search),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={
            work.PageError: page_error,
            CitekitError: page_error,
            TooLarge: page_error,
        },
        lifespan=_lifespan(jobs, styles),
    )
    app.state.options = options
    app.state.jobs = jobs
    app.state.memos = memos
    guarded = Guard(_with_headers(app), options)
    guarded.state = app.state  # type: ignore[attr-defined]
    return guarded


def _lifespan(jobs: Jobs, styles: work.Styles) -> Callable[[Starlette], Any]:
    """While serving, renders go to long-lived pandoc processes (``render/resident.py``),
    started and warmed up at once; on shutdown, stop the running jobs, those processes,
    and remove the uploaded styles."""

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        with resident(size=2) as pool:
            threading.Thread(target=work.warm_up, daemon=True, name="citekit-warm-up").start()
            try:
                yield
            finally:
                jobs.cancel_all()
                styles.close()
                pool.close()

    return lifespan


def _with_headers(app: Any) -> Any:
    """Every response gets the page's security headers (CSP: no inline script at all)."""
    extra = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in HEADERS.items()]

    async def wrapped(scope: Any, receive: Any, send: Any) -> None:
        async def sending(message: Any) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in extra if k not in present
                ]
            await send(message)

        await app(scope, receive, sending)

    return wrapped
