"""Routers: pages (`pages`, `review`, `admin`, `auth`) and the JSON API (`api`)."""
