"""Labellers: give the text left after the finders to authors, title, container, publisher."""
