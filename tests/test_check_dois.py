"""DOI rules: each with a failing and a passing case."""

from __future__ import annotations

from check_support import rules_of, run, run_items

ARTICLE = "Nam G, 'Memory' (2021) 34 Journal 112, {doi}"


def test_doi_syntax_in_text():
    [finding] = rules_of(run(ARTICLE.format(doi="doi:11.1017/jea.2021.7")), "doi-syntax")
    assert "'11.1017/jea.2021.7'" in finding.message
    assert finding.location.column == len("Nam G, 'Memory' (2021) 34 Journal 112, doi:") + 1
    assert rules_of(run(ARTICLE.format(doi="doi:10.1017/jea.2021.7")), "doi-syntax") == []


def test_doi_syntax_in_items():
    bad = [{"id": "x", "type": "article-journal", "DOI": "10.12/no-registrant"}]
    good = [{"id": "y", "type": "article-journal", "DOI": "10.1017/jea.2021.7"}]
    assert len(rules_of(run_items(bad), "doi-syntax")) == 1
    assert rules_of(run_items(good), "doi-syntax") == []


def test_doi_syntax_in_a_doi_link():
    text = ARTICLE.format(doi="<https://doi.org/jea.2021.7>")
    assert len(rules_of(run(text, style="apa"), "doi-syntax")) == 1


def test_old_resolver_with_fix():
    text = ARTICLE.format(doi="<http://dx.doi.org/10.1017/jea.2021.7>")
    [finding] = rules_of(run(text, style="apa"), "doi-resolver")
    assert (finding.fix.old, finding.fix.new) == ("http://dx.doi.org/", "https://doi.org/")
    good = ARTICLE.format(doi="<https://doi.org/10.1017/jea.2021.7>")
    assert rules_of(run(good, style="apa"), "doi-resolver") == []


def test_resolver_prefix_in_doi_field():
    bad = [{"id": "x", "type": "article-journal", "DOI": "https://doi.org/10.1017/jea.2021.7"}]
    [finding] = rules_of(run_items(bad), "doi-resolver")
    assert "keep only the DOI" in finding.message
    assert rules_of(run_items(bad), "doi-syntax") == []


def test_trailing_punctuation():
    bad = [{"id": "x", "type": "article-journal", "DOI": "10.1017/jea.2021.7."}]
    good = [{"id": "y", "type": "article-journal", "DOI": "10.1017/jea.2021.7"}]
    assert len(rules_of(run_items(bad), "doi-trailing-punctuation")) == 1
    assert rules_of(run_items(good), "doi-trailing-punctuation") == []
    text = ARTICLE.format(doi="<https://doi.org/10.1017/jea.2021.7.>")
    [finding] = rules_of(run(text, style="apa"), "doi-trailing-punctuation")
    assert (finding.fix.old, finding.fix.new) == ("10.1017/jea.2021.7.", "10.1017/jea.2021.7")
    assert text[finding.location.column - 1 :].startswith("10.1017/jea.2021.7.>")


def test_sentence_full_stop_after_a_doi_is_not_part_of_it():
    findings = run(ARTICLE.format(doi="doi:10.1017/jea.2021.7."))
    assert rules_of(findings, "doi-trailing-punctuation") == []
    assert rules_of(findings, "doi-syntax") == []
