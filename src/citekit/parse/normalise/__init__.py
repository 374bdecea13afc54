"""Normalisers: each turns the text of one labelled field into clean CSL-JSON."""
