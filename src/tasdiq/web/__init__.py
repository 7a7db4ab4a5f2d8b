"""The web app and HTTP API: a thin shell over the library (FastAPI, Jinja2, light JavaScript).

`create_app(store=..., config=...)` builds the app; `tasdiq serve` runs it under uvicorn.
Routes only parse, authorise and render: what a page shows comes from `tasdiq.web.queries`
(reads) and from the stage libraries (writes).
"""
