"""``citekit serve`` in a real headless Chromium (Debian's chromium and chromium-driver).

The page is driven as a person would: typing, picking, clicking, tabbing. Each step saves
a screenshot under ``test-artifacts/serve/`` (git-ignored). The tests skip with a message
when Selenium, chromium or chromedriver is missing (``.ci/run`` installs them).

The tests that do not open the page themselves are the steps of one session, in file
order, on the page the first one opened: run the file whole (``-k`` on one such step alone
finds no page).
"""

from __future__ import annotations

import io
import json
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")

from conftest import ROOT  # noqa: E402
from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402
from serve_support import APA_CITATIONS, HONG_OSCOLA, REFS_TEXT, expected, fake_web, linked_refs  # noqa: E402

from citekit.serve import ServeOptions  # noqa: E402
from citekit.serve.runner import running, url  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
ARTIFACTS = ROOT / "test-artifacts" / "serve"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
WAIT = 20.0
DRIVERS: list = []

if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
    pytest.skip(
        f"browser tests need {CHROMIUM} and {CHROMEDRIVER}"
        " (apt-get install chromium chromium-driver)",
        allow_module_level=True,
    )


def make_driver(folder: Path, languages: str = "en-GB,en") -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={folder / 'profile'}")
    options.add_argument("--window-size=1280,1000")
    options.add_argument(f"--lang={languages.split(',')[0]}")
    downloads = folder / "downloads"
    downloads.mkdir(parents=True, exist_ok=True)
    options.add_experimental_option(
        "prefs",
        {
            "download.default_directory": str(downloads),
            "download.prompt_for_download": False,
            "intl.accept_languages": languages,
        },
    )
    service = webdriver.ChromeService(executable_path=CHROMEDRIVER)
    driver = webdriver.Chrome(options=options, service=service)
    driver.execute_cdp_cmd(
        "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)}
    )
    driver.downloads = downloads  # type: ignore[attr-defined]
    DRIVERS.append(driver)
    return driver


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """(page address with token, fake web base): the server on a free loopback port."""
    folder = tmp_path_factory.mktemp("serve")
    with fake_web() as base:
        options = ServeOptions(
            port=0,
            library=folder / "library.sqlite",
            link_cache=False,
            allow_private_links=True,
            archive_api=f"{base}/wayback",
        )
        with running(options) as bound:
            yield url(bound), base


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[webdriver.Chrome]:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    driver = make_driver(tmp_path_factory.mktemp("chromium"))
    try:
        yield driver
    finally:
        DRIVERS.remove(driver)
        driver.quit()


def until(condition: Callable[[], object], what: str, timeout: float = WAIT) -> object:
    deadline = time.monotonic() + timeout
    last: object = None
    while time.monotonic() < deadline:
        try:
            last = condition()
        except Exception as error:  # noqa: BLE001 - the page is still changing
            last = error
        if last and not isinstance(last, Exception):
            return last
        time.sleep(0.05)
    for driver in DRIVERS:
        shot(driver, "failed-" + "-".join(what.split()))
        problem = driver.find_element(By.ID, "problem").text
        what += f"; the page says {problem!r}" if problem else ""
    raise AssertionError(f"timed out waiting for {what} (last: {last!r})")


def shot(driver: webdriver.Chrome, name: str, show: str | None = None) -> None:
    """Save a screenshot, scrolled so that the ``show`` selector is in view."""
    if show:
        driver.execute_script(
            "const e = document.querySelector(arguments[0]); if (e) e.scrollIntoView({block: 'center'});",
            show,
        )
    driver.save_screenshot(str(ARTIFACTS / f"{name}.png"))


def entries(driver: webdriver.Chrome) -> list[str]:
    return [li.text for li in driver.find_elements(By.CSS_SELECTOR, "#result li")]


def open_page(driver: webdriver.Chrome, address: str) -> None:
    driver.get(address)
    until(lambda: driver.find_element(By.ID, "status").text, "the page to start")
    assert "token=" not in driver.current_url


PASTE = (
    "arguments[0].dispatchEvent(new ClipboardEvent('paste', {bubbles: true}));"
    " arguments[0].value = arguments[1];"
    " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
)


def paste(driver: webdriver.Chrome, text: str) -> None:
    """Put ``text`` in the list box as a paste does (one input event)."""
    box = driver.find_element(By.ID, "paste")
    driver.execute_script(PASTE, box, text)


def press(driver: webdriver.Chrome, *keys: str) -> None:
    """Keys sent to whatever has the focus, as a keyboard does."""
    chain = ActionChains(driver)
    for key in keys[:-1]:
        chain.key_down(key)
    chain.send_keys(keys[-1])
    for key in reversed(keys[:-1]):
        chain.key_up(key)
    chain.perform()


def pick_style(driver: webdriver.Chrome, style: str) -> None:
    box = driver.find_element(By.ID, "style")
    box.send_keys(Keys.CONTROL, "a")
    box.send_keys(Keys.DELETE)
    box.send_keys(style)
    box.send_keys(Keys.TAB)


def test_type_the_example_list_and_pick_oscola(browser, site) -> None:
    address, _ = site
    open_page(browser, address)
    shot(browser, "01-empty")
    box = browser.find_element(By.ID, "paste")
    box.send_keys(REFS_TEXT)
    pick_style(browser, "oscola")
    until(lambda: len(entries(browser)) == 4, "four entries")
    until(lambda: entries(browser) == expected("oscola"), "the OSCOLA entries")
    assert entries(browser)[0] == HONG_OSCOLA
    italic = browser.find_elements(By.CSS_SELECTOR, "#result li em")
    assert [e.text for e in italic][:2] == ["세계일보", "Chosun Media"]
    until(lambda: browser.find_elements(By.CSS_SELECTOR, "button.fix"), "the fix buttons")
    shot(browser, "02-oscola", "#result")


READ_CLIPBOARD = """
const done = arguments[arguments.length - 1];
navigator.clipboard.read().then(async (items) => {
  const found = {};
  for (const item of items) for (const type of item.types) found[type] = await (await item.getType(type)).text();
  done(found);
}).catch((error) => done({error: String(error)}));
"""


def test_copy_as_rich_text_keeps_the_italics(browser, site) -> None:
    address, _ = site
    origin = address.split("/?")[0]
    browser.execute_cdp_cmd(
        "Browser.grantPermissions",
        {"origin": origin, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]},
    )
    browser.find_element(By.ID, "copy").click()
    until(lambda: "Word" in browser.find_element(By.ID, "status").text, "the copied message")
    copied = browser.execute_async_script(READ_CLIPBOARD)
    assert "error" not in copied, copied
    assert "<em>세계일보</em>" in copied["text/html"]
    assert copied["text/plain"].splitlines()[0] == HONG_OSCOLA


def test_apa_in_text(browser, site) -> None:
    pick_style(browser, "apa")
    Select(browser.find_element(By.ID, "mode")).select_by_value("citations")
    until(lambda: entries(browser) == APA_CITATIONS, "the APA in-text citations")
    assert "(E. Kim, 2023)" in entries(browser)
    shot(browser, "03-apa-in-text", "#result")


def test_edit_a_field_re_renders(browser, site) -> None:
    Select(browser.find_element(By.ID, "mode")).select_by_value("bibliography")
    field = browser.find_element(By.ID, "f-0-container-title")
    field.send_keys(Keys.CONTROL, "a")
    field.send_keys("Segye Ilbo")
    until(lambda: any("Segye Ilbo" in e for e in entries(browser)), "the edited entry")
    assert not any("세계일보" in e for e in entries(browser))
    shot(browser, "04-edited", "#f-0-container-title")


TWINS = (
    'Kim E, "Alpha report on families" (Voa Korea, February 7, 2023).\n'
    'Kim E, "Beta report on families" (Voa Korea, March 1, 2023).\n'
    'Lee J, "Gamma talks" (Chosun Media, June 2, 2022).\n'
    'Park S, "Delta review" (The Korea Herald, May 5, 2021).\n'
)


def test_an_edit_re_renders_the_entries_it_changes(browser, site) -> None:
    """Year letters (2023a, 2023b) and the order depend on other items: after an edit
    (typed fast, key by key) the page shows what ``citekit.render`` gives for the list
    as edited, entry for entry."""
    import citekit

    pick_style(browser, "apa")
    Select(browser.find_element(By.ID, "mode")).select_by_value("bibliography")
    paste(browser, TWINS)
    until(lambda: len(entries(browser)) == 4, "four entries")
    until(lambda: sum("2023a" in e or "2023b" in e for e in entries(browser)) == 2, "2023a/b")
    items = citekit.read("list.txt", text=TWINS).items
    index = next(n for n, item in enumerate(items) if "Beta" in item["title"])
    date = browser.find_element(By.ID, f"f-{index}-issued")
    date.send_keys(Keys.CONTROL, "a")
    date.send_keys("2019-03-01")  # one key at a time
    title = browser.find_element(By.ID, f"f-{index}-title")
    title.send_keys(" revised")
    items[index]["issued"] = {"date-parts": [[2019, 3, 1]]}
    items[index]["title"] += " revised"
    wanted = [e.text for e in citekit.render(items, style="apa").entries]
    assert not any("2023a" in e for e in wanted) and "revised" in wanted[0]  # now first
    until(lambda: entries(browser) == wanted, "the entries of the edited list")
    shot(browser, "04b-edit-changes-others", "#result")


def test_doubtful_fields_are_marked(browser, site) -> None:
    paste(browser, "Kim, Some odd thing 2019 blah\n")
    until(lambda: len(entries(browser)) == 1, "one entry")
    doubtful = until(
        lambda: browser.find_elements(By.CSS_SELECTOR, ".field.doubt input"), "a doubtful field"
    )
    note = browser.find_element(By.ID, doubtful[0].get_attribute("aria-describedby"))
    assert "doubtful" in note.text
    shot(browser, "05-doubtful", ".field.doubt")


def test_apply_a_fix(browser, site) -> None:
    pick_style(browser, "oscola")
    paste(browser, REFS_TEXT)
    until(lambda: len(entries(browser)) == 4, "four entries")
    buttons = until(lambda: browser.find_elements(By.CSS_SELECTOR, "button.fix"), "fix buttons")
    before = len(buttons)
    assert "February 7, 2023 → 7 February 2023" in buttons[0].text
    browser.execute_script("for (const r of document.querySelectorAll('#rows > li')) r.dataset.mark = 'kept';")

    def click_first_fix() -> bool:  # (a later check may replace the buttons meanwhile)
        browser.find_element(By.CSS_SELECTOR, "button.fix").click()
        return True

    until(click_first_fix, "a click on the first fix")
    until(
        lambda: (
            browser.find_element(By.ID, "paste").get_attribute("value").count("7 February 2023")
            == 1
        ),
        "the fixed text",
    )
    until(
        lambda: len(browser.find_elements(By.CSS_SELECTOR, "button.fix")) == before - 1,
        "one fix fewer",
    )
    # the list was read again: only the fixed row was rebuilt, the others kept their nodes
    until(
        lambda: "7 February 2023" in browser.find_element(By.CSS_SELECTOR, "#row-0 .raw").text,
        "the fixed row",
    )
    marks = browser.execute_script(
        "return [...document.querySelectorAll('#rows > li')].map((r) => r.dataset.mark || '')"
    )
    assert marks == ["", "kept", "kept", "kept"]
    shot(browser, "06-fixed", "#rows .finding")


def test_download_docx_with_footnotes(browser, site) -> None:
    Select(browser.find_element(By.ID, "mode")).select_by_value("notes")
    until(lambda: entries(browser) and entries(browser)[0].startswith("J Hong"), "footnotes")
    Select(browser.find_element(By.ID, "download-format")).select_by_value("docx")
    browser.find_element(By.ID, "download").click()
    target = browser.downloads / "references.docx"
    until(lambda: target.exists() and target.stat().st_size > 0, "the downloaded docx")
    time.sleep(0.3)
    archive = zipfile.ZipFile(io.BytesIO(target.read_bytes()))
    footnotes = archive.read("word/footnotes.xml").decode("utf-8")
    assert "Hong" in footnotes and "세계일보" in footnotes
    shot(browser, "07-notes-downloaded", "#result")


def test_open_a_bib_file(browser, site) -> None:
    address, _ = site
    open_page(browser, address)
    source = ROOT / "tests" / "data" / "better-bibtex.bib"
    browser.find_element(By.ID, "file").send_keys(str(source))
    until(lambda: len(entries(browser)) == 9, "nine entries from the .bib file")
    assert browser.find_element(By.ID, "paste").get_attribute("value").startswith("@")
    keys = [k.text for k in browser.find_elements(By.CSS_SELECTOR, "#rows .key")]
    assert "kimBughanitaljuminui2021" in keys
    shot(browser, "07b-bib-file", "#result")


def test_article_citations_are_checked(browser, site) -> None:
    open_page(browser, site[0])  # on its own, not after the test before it
    paste(browser, REFS_TEXT)
    until(lambda: len(entries(browser)) == 4, "four entries")
    article = browser.find_element(By.ID, "article")
    article.send_keys("Families met officials [@hong2023; @nobody2020].")
    found = until(
        lambda: [
            li.text
            for li in browser.find_elements(By.CSS_SELECTOR, "#article-list li")
            if "nobody2020" in li.text
        ],
        "the missing citation",
    )
    assert found
    shot(browser, "07c-article", "#article-findings")


def test_link_audit_shows_verdicts(browser, site) -> None:
    address, base = site
    open_page(browser, address)
    paste(browser, linked_refs(base))
    until(lambda: len(entries(browser)) == 4, "four entries")
    browser.find_element(By.ID, "links-run").click()
    until(lambda: len(browser.find_elements(By.CSS_SELECTOR, ".verdict")) == 4, "four verdicts")
    verdicts = [
        v.get_attribute("data-verdict") for v in browser.find_elements(By.CSS_SELECTOR, ".verdict")
    ]
    assert verdicts == ["ok", "broken", "redirect-ok", "soft-404"]
    archived = browser.find_elements(By.CSS_SELECTOR, ".verdict.dead a")
    assert archived and archived[0].text.startswith(f"{base}/web/20230208")
    summary = browser.find_element(By.ID, "links-summary").text
    assert "broken 1" in summary
    shot(browser, "08-links", ".verdict")


def test_script_in_a_reference_is_shown_as_text(browser, site) -> None:
    payloads = ['<script>alert("x")</script>', '"><img src=x onerror=alert(1)>']
    items = [
        {"id": f"x{n}", "type": "book", "title": f"{p} report", "author": [{"family": p}]}
        for n, p in enumerate(payloads)
    ]
    paste(browser, json.dumps(items))
    until(lambda: len(entries(browser)) == 2, "two entries")
    text = " ".join(entries(browser))
    assert '<script>alert("x")</script>' in text and "<img src=x onerror=alert(1)>" in text
    assert not browser.find_elements(By.CSS_SELECTOR, "main img, main script")
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018
    fields = [
        f.get_attribute("value")
        for f in browser.find_elements(By.CSS_SELECTOR, "[data-field=title]")
    ]
    assert fields == [f"{p} report" for p in payloads]
    shot(browser, "09-injection-as-text", "#result")


def test_library_save_search_and_build_a_list(browser, site) -> None:
    paste(browser, REFS_TEXT)
    until(lambda: len(entries(browser)) == 4, "four entries")
    browser.find_element(By.ID, "library-save").click()
    until(lambda: "4" in browser.find_element(By.ID, "status").text, "the saved message")
    paste(browser, "")
    until(lambda: not entries(browser), "an empty list")
    query = browser.find_element(By.ID, "library-query")
    query.send_keys("napbuk")
    found = until(lambda: browser.find_elements(By.CSS_SELECTOR, "#library-results button"), "hits")
    assert len(found) >= 3
    query.clear()
    query.send_keys("조선" if False else "납북")
    until(
        lambda: len(browser.find_elements(By.CSS_SELECTOR, "#library-results button")) >= 3,
        "Hangul hits",
    )
    browser.find_element(By.ID, "library-add-all").click()
    until(lambda: len(entries(browser)) >= 3, "entries from the library")
    shot(browser, "10-library", "#library-panel")


def test_korean_interface_and_keyboard_only(browser, site) -> None:
    address, _ = site
    open_page(browser, address)
    seen = []
    for _ in range(14):
        press(browser, Keys.TAB)
        seen.append(browser.switch_to.active_element.get_attribute("id"))
    for control in ("lang", "paste", "file", "read", "article", "style", "mode"):
        assert control in seen, (control, seen)
    assert seen.index("paste") < seen.index("read") < seen.index("style") < seen.index("mode")
    lang = browser.find_element(By.ID, "lang")
    while browser.switch_to.active_element.get_attribute("id") != "lang":
        press(browser, Keys.SHIFT, Keys.TAB)
    press(browser, Keys.ENTER)
    until(lambda: browser.find_element(By.ID, "input-heading").text == "참고문헌", "Korean")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ko"
    press(browser, Keys.TAB)
    assert browser.switch_to.active_element.get_attribute("id") == "paste"
    press(browser, REFS_TEXT.splitlines()[0])
    until(lambda: len(entries(browser)) == 1, "an entry typed by keyboard")
    assert browser.find_element(By.ID, "status").text == "참고문헌 1개"
    shot(browser, "11-korean-keyboard")
    lang.send_keys(Keys.ENTER)
    until(lambda: browser.find_element(By.ID, "input-heading").text == "Your references", "English")


def test_phone_width(browser, site) -> None:
    address, _ = site
    browser.set_window_size(390, 844)
    try:
        open_page(browser, address)
        paste(browser, REFS_TEXT)
        until(lambda: len(entries(browser)) == 4, "four entries")
        overflow = browser.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0
        shot(browser, "12-phone", "#result")
        browser.execute_script("document.getElementById('rows-panel').scrollIntoView()")
        shot(browser, "13-phone-rows")
    finally:
        browser.set_window_size(1280, 1000)


def test_interface_language_follows_the_browser(site, tmp_path: Path) -> None:
    address, _ = site
    driver = make_driver(tmp_path, languages="ko-KR,ko")
    try:
        open_page(driver, address)
        until(lambda: driver.find_element(By.ID, "input-heading").text == "참고문헌", "Korean")
        shot(driver, "14-korean-browser")
    finally:
        DRIVERS.remove(driver)
        driver.quit()
