"""Finders: each claims the spans of one kind of field that can be recognised on its own form."""
