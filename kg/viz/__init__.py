"""The interactive HTML network of a graph (pyvis underneath, fully self-contained)."""
from .network import network_from_store
from .html import render_html, write_html

__all__ = ["network_from_store", "render_html", "write_html"]
