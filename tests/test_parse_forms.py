"""The reference forms issue 3 lists, one behaviour per test, on invented references."""

from __future__ import annotations

import pytest

from citekit.parse import parse_reference


def parse(raw: str) -> dict:
    return parse_reference(raw, item_id="t").item


def families(item: dict) -> list[tuple[str, str]]:
    return [(n.get("family", n.get("literal", "")), n.get("given", "")) for n in item["author"]]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Park, J., & Lee, S. (2019). A study of courts. Law Review, 4(2), 10-20.",
         [("Park", "J."), ("Lee", "S.")]),
        ("R. W. Stone and T. Ahn, “Carbon fluxes,” Nature, vol. 3, pp. 1-9, 2001.",
         [("Stone", "R. W."), ("Ahn", "T.")]),
        ("Stone RW, Ahn T. Carbon fluxes in soils. Nature 2001;3:1-9.",
         [("Stone", "RW"), ("Ahn", "T")]),
        ("DURAND Pierre, « Les villes », Revue urbaine, 12, 1999, p. 4-8.",
         [("DURAND", "Pierre")]),
        ("Miller, Ann, and Bo Chen. The Long Road. London: Verso, 2004.",
         [("Miller", "Ann"), ("Chen", "Bo")]),
    ],
)
def test_western_name_orders_and_separators(raw: str, expected: list[tuple[str, str]]) -> None:
    assert families(parse(raw)) == expected


def test_et_al_is_not_a_name_and_is_recorded() -> None:
    item = parse("Grant, K. et al. (2011). Sleep and memory. Brain, 9(1), 3-7.")
    assert families(item) == [("Grant", "K.")]
    assert item["custom"]["et-al"] is True


def test_unspaced_korean_names_split_by_syllable() -> None:
    item = parse("홍길동, 남궁민수, 이하나 (2020). 법과 사회. 법학연구, 12(3), 45-67.")
    assert families(item) == [("홍", "길동"), ("남궁", "민수"), ("이", "하나")]


@pytest.mark.parametrize("marker", ["외", "외 3인", "등"])
def test_korean_et_al_markers_are_dropped(marker: str) -> None:
    item = parse(f"박지성 {marker}, 「축구와 인권」, 『체육학보』 3(1), 2010, 1-10.")
    assert families(item) == [("박", "지성")]


def test_romanised_name_in_parentheses_is_not_another_author() -> None:
    item = parse("최민정 (Choi, Min-jung). 「지방 행정의 변화」. 『행정논총』 20 (2015): 5–30.")
    assert families(item) == [("최", "민정")]
    assert item["title"] == "지방 행정의 변화"
    assert item["container-title"] == "행정논총"


def test_korean_organisation_is_a_literal_name() -> None:
    item = parse("국가인권위원회, “2021 인권 보고서”, 국가인권위원회, 2022.")
    assert item["author"] == [{"literal": "국가인권위원회"}]


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Kim J, 'Courts and memory' (Hankyoreh, 3 May 2021).", "Courts and memory"),
        ("Kim J, ‘Courts and “memory” today’ (Hankyoreh, 3 May 2021).", "Courts and “memory” today"),
        ("김민수, 《법의 역사》, 서울: 한길사, 2001.", "법의 역사"),
        ("김민수, 〈법의 역사〉, 《법학》 3, 2001.", "법의 역사"),
    ],
)
def test_title_marks(raw: str, title: str) -> None:
    assert parse(raw)["title"] == title


def test_translated_title_goes_to_custom_not_title() -> None:
    item = parse("Statistics Office, 「노동 통계」 [Labour Statistics], 5 May 2020.")
    assert item["title"] == "노동 통계"
    assert item["custom"]["title-translation"] == "Labour Statistics"


@pytest.mark.parametrize(
    ("raw", "issued"),
    [
        ("Lee S, 'A' (Daily, February 7, 2023).", [2023, 2, 7]),
        ("Lee S, 'A' (Daily, 7 February 2023).", [2023, 2, 7]),
        ("Lee S, 'A' (Daily, 2023-02-07).", [2023, 2, 7]),
        ("이수, 「가」, 『나』, 2023. 2. 7.", [2023, 2, 7]),
        ("이수, 「가」, 『나』, 2023.02.07.", [2023, 2, 7]),
        ("이수, 「가」, 『나』, 2023년 2월 7일.", [2023, 2, 7]),
    ],
)
def test_date_forms(raw: str, issued: list[int]) -> None:
    assert parse(raw)["issued"] == {"date-parts": [issued]}


def test_season_is_kept_as_csl_season() -> None:
    item = parse("Ray, B. “Tides.” Ocean Letters 4, no. 2 (Spring 2010): 1-5.")
    assert item["issued"] == {"date-parts": [[2010]], "season": 1}


@pytest.mark.parametrize(
    "phrase", ["accessed 8 March 2024", "retrieved March 8, 2024", "검색일: 2024.3.8.",
               "접속일 2024. 3. 8.", "last visited 2024-03-08"],
)
def test_access_date_phrases(phrase: str) -> None:
    item = parse(f"Ministry of Law, “Rules”, https://law.example.org/rules, {phrase}")
    assert item["accessed"] == {"date-parts": [[2024, 3, 8]]}
    assert item["URL"] == "https://law.example.org/rules"


@pytest.mark.parametrize(
    ("tail", "volume", "issue", "page"),
    [
        ("Law Review, 47(6), 577-586.", "47", "6", "577-586"),
        ("Law Review, vol. 3, no. 2, pp. 1-9.", "3", "2", "1-9"),
        ("『법학』 제47권 제6호, 577-586면.", "47", "6", "577-586"),
        ("Law Review 21.6 (2001): 701-715.", "21", "6", "701-715"),
        ("Law Review 21, no. 6 (2001): 701-715.", "21", "6", "701-715"),
    ],
)
def test_volume_issue_page_forms(tail: str, volume: str, issue: str, page: str) -> None:
    item = parse(f"Han, S. Courts at work. {tail}")
    assert (item["volume"], item["issue"], item["page"]) == (volume, issue, page)


@pytest.mark.parametrize(
    "doi", ["doi:10.1000/xyz.12", "https://doi.org/10.1000/xyz.12", "DOI 10.1000/xyz.12"],
)
def test_doi_forms(doi: str) -> None:
    assert parse(f"Han, S. (2001). Courts. Law Review, 4, 1-9. {doi}.")["DOI"] == "10.1000/xyz.12"


def test_url_in_angle_brackets() -> None:
    item = parse("Han S, 'Courts' (Law Blog, 2 May 2020) <https://blog.example.org/a> accessed 3 May 2020")
    assert item["URL"] == "https://blog.example.org/a"


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        ("Han, S. (2001). Courts at work. Law Review, 4(1), 1-9.", "article-journal"),
        ("Han, Sun. Courts at Work. Oxford: Oxford University Press, 2001.", "book"),
        ("Han, S. (2001). Courts at work (Doctoral dissertation). Seoul National University.",
         "thesis"),
        ("김민수, 「재판의 역사」, 서울대학교 박사학위논문, 2019.", "thesis"),
        ("Han, S. (2001). Courts. In Proceedings of the Conference on Law (pp. 1-9).",
         "paper-conference"),
        ("Han, S. (2001). Courts. In A. Lee (Ed.), Handbook of Law (pp. 1-9). Sage.", "chapter"),
        ("Han, S. (2001). Court statistics (Technical Report 12). Law Institute.", "report"),
    ],
)
def test_types(raw: str, kind: str) -> None:
    assert parse(raw)["type"] == kind


def test_language_comes_from_the_title() -> None:
    assert parse("Kim J, “인권과 법” (Korea Times, 1 May 2020).")["language"] == "ko"


def test_no_title_and_no_author_is_an_error_but_an_item_comes_back() -> None:
    result = parse_reference("2020, 12(3), 4-5.")
    assert not result.ok
    assert result.item["issued"] == {"date-parts": [[2020]]}


def test_url_empty_column_points_into_the_raw_string_despite_runs_of_spaces() -> None:
    raw = 'Hong J,   "Title"\t\t(Daily,  February 7, 2023)   <> accessed February 8, 2023.'
    (warning,) = [d for d in parse_reference(raw).diagnostics if d.rule == "url-empty"]
    column = warning.location.column
    assert raw[column - 1 : column + 1] == "<>"


def test_place_with_state_before_colon_in_a_comma_separated_reference() -> None:
    item = parse("Wilson, Stuart Thomas, Sketching a Scheme, Lanham, MD: University Press of America, 2005.")
    assert item["title"] == "Sketching a Scheme"
    assert (item["publisher-place"], item["publisher"]) == ("Lanham, MD", "University Press of America")


def test_ieee_book_with_edition_and_country() -> None:
    item = parse("[6] C. M. Bishop, Pattern Recognition and Machine Learning, 2nd ed. New York, NY, USA: "
                 "Springer, 2006.")
    assert item["author"] == [{"family": "Bishop", "given": "C. M."}]
    assert item["title"] == "Pattern Recognition and Machine Learning"
    assert (item["publisher-place"], item["publisher"]) == ("New York, NY, USA", "Springer")


def test_apa_thesis_in_brackets_leaves_a_clean_title() -> None:
    item = parse("Park, J. (2019). Essays on labor economics [Doctoral dissertation, Harvard University]. "
                 "ProQuest Dissertations Publishing.")
    assert (item["type"], item["title"]) == ("thesis", "Essays on labor economics")
    assert item["publisher"] == "Harvard University"


def test_apa_ellipsis_in_a_long_author_list() -> None:
    item = parse("Kim, M., Lee, S., Park, J., Choi, H., Jung, Y., Kang, D., ... Yoon, S. (2021). "
                 "Big teams. Science, 371(6530), 1-5.")
    assert [n["family"] for n in item["author"]][-2:] == ["Kang", "Yoon"]
    assert item["title"] == "Big teams"


def test_fields_decided_by_a_fallback_are_listed_as_uncertain() -> None:
    unsure = parse("David Chapman. Planning for conjunctive goals. Artificial Intelligence, 1987.")
    sure = parse("Chapman, D. (1987). Planning for conjunctive goals. Artificial Intelligence, 32(3), 333-377.")
    assert unsure["custom"]["parse-uncertain"] == ["container-title"]
    assert "parse-uncertain" not in sure["custom"]
    assert unsure["custom"]["parse-confidence"] < sure["custom"]["parse-confidence"]


def test_vancouver_initials_that_spell_a_particle_are_initials() -> None:
    item = parse("Taylor AL, Wilken JM, Deyle GD. Knee stiffness. J Orthop Res. 2010;28(3):1-9.")
    assert [(n["family"], n["given"]) for n in item["author"]] == [
        ("Taylor", "AL"), ("Wilken", "JM"), ("Deyle", "GD")]


def test_last_author_with_initial_and_middle_name() -> None:
    item = parse("Eric J. Rossetter, Joshua P. Switkes, and J. Christian Gerdes. Lane keeping. "
                 "Vehicle Systems 4(2), 1-9, 2010.")
    assert [n["family"] for n in item["author"]] == ["Rossetter", "Switkes", "Gerdes"]
    assert item["title"] == "Lane keeping"


def test_editor_list_and_status_after_a_container_are_taken_out() -> None:
    chapter = parse("Odlyzko, A. Asymptotic enumeration methods. In Handbook of Combinatorics, R. Graham, "
                    "M. Grotschel, and L. Lovasz, Eds., vol. 2. Elsevier, 1995, pp. 1063-1229.")
    assert chapter["container-title"] == "Handbook of Combinatorics"
    assert [n["family"] for n in chapter["editor"]] == ["Graham", "Grotschel", "Lovasz"]
    article = parse("M. V. Solodov. Reformulations, 1997. Computational Optimization and Applications, "
                    "to appear.")
    assert article["container-title"] == "Computational Optimization and Applications"


def test_patent() -> None:
    item = parse("M. J. C. Smith, \"Wing-Drive Mechanism\". USA Patent 8181907, 22 May 2012.")
    assert (item["type"], item["number"]) == ("patent", "8181907")
    assert "container-title" not in item


def test_database_after_a_retrieval_date_is_the_archive() -> None:
    item = parse("Altman, T. (2009). Family law today. Journal of Family Law, 23, 194. "
                 "Retrieved January 22, 2010, from LexisNexis AU.")
    assert item["accessed"] == {"date-parts": [[2010, 1, 22]]}
    assert item["archive"] == "LexisNexis AU"
    assert "publisher" not in item


def test_publisher_then_city_in_comma_style_and_state_code_ends_a_sentence() -> None:
    comma = parse("Drouard, Alain, Les Français et la table, Ellipses, Paris, 2005")
    assert (comma["publisher"], comma["publisher-place"]) == ("Ellipses", "Paris")
    state = parse("Peot, M. (1993). Planning. In Proceedings of AAAI, Washington, CA. Morgan Kaufmann.")
    assert state["publisher"] == "Morgan Kaufmann"


def test_no_date_marker_is_not_left_in_a_field() -> None:
    item = parse("Byron, George. The Poems. New York: Arundel, n.d.")
    assert (item["publisher"], item["publisher-place"]) == ("Arundel", "New York")
    assert "issued" not in item


def test_day_ranges_become_csl_date_ranges() -> None:
    for raw in ("Kim, J. A talk. Conference on Law, Seoul, June 3–5, 2019.",
                "Kim, J. A talk. Conference on Law, Seoul, 3-5 June 2019."):
        assert parse(raw)["issued"] == {"date-parts": [[2019, 6, 3], [2019, 6, 5]]}


def test_german_editors_slash_separator_and_heft() -> None:
    eds = parse("Schmidt, K./Weber, M. (Hrsg.) (2015): Handbuch der Soziologie. Wiesbaden: Springer VS.")
    assert [n["family"] for n in eds["editor"]] == ["Schmidt", "Weber"]
    assert eds["title"] == "Handbuch der Soziologie"
    art = parse("Meier, A.: Recht und Gesellschaft. In: Zeitschrift für Rechtssoziologie 32 (2011), "
                "H. 2, S. 45–67.")
    assert (art["container-title"], art["volume"], art["issue"], art["page"]) == (
        "Zeitschrift für Rechtssoziologie", "32", "2", "45-67")


def test_spanish_y_joins_authors() -> None:
    item = parse("García, J. y López, M. (2018). Derecho y sociedad. Revista de Derecho, 12(2), 33-50.")
    assert [n["family"] for n in item["author"]] == ["García", "López"]
    assert item["title"] == "Derecho y sociedad"


def test_translated_by_gives_translators_and_edited_by_editors() -> None:
    item = parse("Lefebvre, Henri. The Production of Space. Translated by Donald Nicholson-Smith. "
                 "Oxford: Blackwell, 1991.")
    assert item["translator"] == [{"family": "Nicholson-Smith", "given": "Donald"}]
    assert "editor" not in item
    edited = parse("Scève, Maurice. Délie. Edited by Gérard Defaux. Genève: Droz, 2004.")
    assert edited["editor"] == [{"family": "Defaux", "given": "Gérard"}]


@pytest.mark.parametrize(
    ("descriptor", "kind"),
    [("Data set", "dataset"), ("Video", "motion_picture"), ("Blog post", "post-weblog"),
     ("Computer software", "software")],
)
def test_apa_descriptors_give_medium_and_type(descriptor: str, kind: str) -> None:
    item = parse(f"Kim, J. (2020). How courts work [{descriptor}]. Site. https://example.org/a")
    assert (item["medium"], item["type"], item["title"]) == (descriptor, kind, "How courts work")


def test_organisation_before_an_apa_year_is_the_author() -> None:
    item = parse("Korea Centers for Disease Control. (2021). COVID-19 cases by region [Data set]. "
                 "https://data.go.kr/x")
    assert item["author"] == [{"literal": "Korea Centers for Disease Control"}]
    assert item["title"] == "COVID-19 cases by region"


def test_abnt_style_v_n_p_labels() -> None:
    item = parse("SILVA, J. A política urbana. Revista de Direito, v. 3, n. 2, p. 1-5, 2010.")
    assert (item["volume"], item["issue"], item["page"]) == ("3", "2", "1-5")
    assert item["author"] == [{"family": "SILVA", "given": "J."}]


def test_report_number_institution_and_city_state() -> None:
    item = parse("J. Smith. Learning to parse. Technical Report CS-95-01, Carnegie Mellon University, "
                 "Pittsburgh, PA, 1995.")
    assert (item["type"], item["genre"], item["number"]) == ("report", "Technical Report", "CS-95-01")
    assert (item["publisher"], item["publisher-place"]) == ("Carnegie Mellon University", "Pittsburgh, PA")


def test_unpublished_manuscript() -> None:
    item = parse("K. Lee. A note on parsing. Unpublished manuscript, 1994.")
    assert (item["type"], item["title"]) == ("manuscript", "A note on parsing")
    assert "container-title" not in item


@pytest.mark.parametrize(
    "raw",
    ['Hershey, Robert D., Jr. "Chemical Taps Paper Funds," The New York Times (March 27, 1969).',
     "Hershey Jr., Robert D. ‘Chemical Taps Paper Funds’. American Literature 21, no. 4 (1950): 4–8."],
)
def test_suffix_is_kept_on_its_name(raw: str) -> None:
    assert parse(raw)["author"] == [{"family": "Hershey", "given": "Robert D.", "suffix": "Jr."}]


def test_chicago_note_with_publication_facts_and_pinpoint_page() -> None:
    item = parse("Amnesty International, North Korea: Torture, Death Penalty and Abductions "
                 "(London: Amnesty International, 2009), 45.")
    assert item["author"] == [{"literal": "Amnesty International"}]
    assert item["title"] == "North Korea: Torture, Death Penalty and Abductions"
    assert (item["publisher-place"], item["publisher"]) == ("London", "Amnesty International")
    assert item["custom"]["locator"] == "45"
    assert "page" not in item and "volume" not in item


def test_place_with_state_inside_parentheses() -> None:
    item = parse("Guttmann, A., Rabbinic Judaism in the Making (Detroit, MI: Wayne State University "
                 "Press, 1970).")
    assert (item["publisher-place"], item["publisher"]) == ("Detroit, MI", "Wayne State University Press")
