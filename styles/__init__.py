"""citekit's per-style multilingual policies (installed as the ``citekit.styles`` package).

Each ``<style>.toml`` here says how a citation style shows non-Latin sources: which script,
which romanization, whether translations follow titles. See ``docs/multilingual.md``.
"""
