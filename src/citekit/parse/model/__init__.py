"""The trained sequence labeller (a CRF through python-crfsuite) and its hook into the parser.

``tokens`` cuts a reference into tokens, ``../features`` describes them, ``labeller`` tags
them with the shipped model (loaded lazily), ``spans`` and ``item`` turn the labels into a
CSL item through the rules' normalisers, and ``combine`` joins that item with the rules'.
The model is built by ``python -m training.build`` (see ``docs/parsing.md``).
"""
