"""``citekit serve`` in headless Chromium: paste 500 references, then type in a field of a
100-reference list; each figure next to ``citekit format`` of the same list in the same run.

    .venv/bin/python benchmarks/serve_speed.py [--paste 500] [--edit 100] [--repeat 3]

Targets (issue 18): the pasted list rendered on the page < 3 s after the paste; a keystroke
in a field re-rendered < 300 ms for a 100-reference list. Baselines from the same run:
``citekit format`` of the list (a new process, as a person at a terminal would) and the API
calls the page makes, in-process (read + render; for a keystroke, rendering the edited item
with the items sharing its first author, which is what the page re-renders at once; each
call starts pandoc, where the server keeps long-lived pandoc processes).
For a paste, the page's marks on the way are printed too (job started, rows built from the
list as read, the server's answer, entries shown). Times are taken in the page
(``performance.now()`` from the paste or keystroke to the entries being replaced), medians
over ``--repeat`` runs after one warm-up. Needs /usr/bin/chromium and /usr/bin/chromedriver.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from selenium import webdriver

from citekit.serve import ServeOptions
from citekit.serve.runner import running, url

FAMILIES = ["Hong", "Kim", "Park", "Lee", "Choi", "Jung", "Kang", "Cho", "Yoon", "Smith", "Sato"]
INITIALS = "ABCDEFGHJKMNSY"
OUTLETS = ["세계일보", "Chosun Media", "서울경제", "Voa Korea", "한겨레", "The Korea Herald"]
WORDS = [
    "납북자",
    "가족",
    "인권",
    "통일",
    "Families",
    "hostages",
    "talks",
    "지원",
    "정책",
    "review",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

PASTE = (
    "const box = document.getElementById('paste'); window.__t0 = performance.now();"
    " box.dispatchEvent(new ClipboardEvent('paste', {bubbles: true}));"
    " box.value = arguments[0]; box.dispatchEvent(new Event('input', {bubbles: true}));"
)
TYPE = (
    "const box = document.getElementById(arguments[0]); window.__t0 = performance.now();"
    " box.value = box.value + arguments[1]; box.dispatchEvent(new Event('input', {bubbles: true}));"
)
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
    "--window-size=1280,1000",
]


def references(count: int, seed: int = 0) -> str:
    """``count`` distinct informal newspaper references (made up for the benchmark)."""
    lines = []
    for n in range(count):
        k = n + seed
        family = FAMILIES[k % len(FAMILIES)]
        initial = INITIALS[(k // len(FAMILIES)) % len(INITIALS)]
        title = " ".join(WORDS[(k * 7 + i) % len(WORDS)] for i in range(4)) + f" {n + 1}"
        outlet = OUTLETS[k % len(OUTLETS)]
        month, day, year = MONTHS[k % 12], k % 28 + 1, 2015 + k % 9
        lines.append(
            f'{family} {initial}, "{title}" ({outlet}, {month} {day}, {year})'
            f" <https://news.example.org/{year}/{n + 1}> accessed {month} {day}, {year}."
        )
    return "\n".join(lines) + "\n"


def cli_seconds(text: str, folder: Path) -> float:
    """Wall time of ``citekit format LIST --style oscola --to html`` (a fresh process)."""
    path = folder / "list.txt"
    path.write_text(text, encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "citekit",
        "format",
        str(path),
        "--style",
        "oscola",
        "--to",
        "html",
        "-o",
        str(folder / "out.html"),
    ]
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def api_seconds(text: str, *, group_of: int | None = None) -> float:
    """In-process ``citekit.read`` + ``citekit.render`` of the list as the page asks for it
    (with ``group_of``: only the items sharing that item's first author, as a keystroke)."""
    import citekit

    start = time.perf_counter()
    items = citekit.read("list.txt", text=text).items
    if group_of is not None:
        family = items[group_of]["author"][0]["family"]
        items = [item for item in items if item["author"][0]["family"] == family]
        start = time.perf_counter()
    citekit.render(items, style="oscola", to="html")
    return time.perf_counter() - start


def wait(driver: webdriver.Chrome, script: str, timeout: float = 60.0) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = driver.execute_script(script)
        if value:
            return value
        time.sleep(0.01)
    raise SystemExit(f"timed out: {script}")


STEPS = ("started", "answered", "rows", "entries")
"""The page's marks for a paste (``state.timing``): the job started on the server, its
answer arrived (read and rendered), the rows were built, the entries were shown."""


def paste_seconds(driver: webdriver.Chrome, text: str, count: int) -> tuple[float, dict]:
    """Seconds from the paste to the entries shown, and the page's marks on the way."""
    driver.execute_script(PASTE, text)
    marker = text.split("\n", 1)[0].split('"')[1]
    wait(
        driver,
        "return state.lastRender > window.__t0"
        f" && document.querySelectorAll('#result li').length === {count}"
        f" && document.getElementById('result').textContent.includes({marker!r})",
    )
    marks = driver.execute_script(
        "const t = state.timing || {}; const out = {};"
        " for (const k of arguments[0]) if (t[k]) out[k] = (t[k] - window.__t0) / 1000;"
        " return out;",
        list(STEPS),
    )
    return driver.execute_script("return (state.lastRender - window.__t0) / 1000"), marks


def edit_seconds(driver: webdriver.Chrome, field: str, added: str, entry: str) -> float:
    driver.execute_script(TYPE, field, added)
    wait(
        driver,
        "return state.lastRender > window.__t0"
        f" && document.querySelector('#result li[data-id=\"{entry}\"]')"
        f".textContent.includes({added!r})",
    )
    return driver.execute_script("return (state.lastRender - window.__t0) / 1000")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paste", type=int, default=500, help="references pasted (500)")
    parser.add_argument("--edit", type=int, default=100, help="references in the edited list")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for flag in FLAGS + [f"--user-data-dir={folder / 'profile'}"]:
            options.add_argument(flag)
        service = webdriver.ChromeService(executable_path="/usr/bin/chromedriver")
        serve_options = ServeOptions(port=0, library=folder / "lib.sqlite", link_cache=False)
        with running(serve_options) as bound:
            driver = webdriver.Chrome(options=options, service=service)
            try:
                driver.get(url(bound))
                wait(driver, "return document.getElementById('status').textContent")
                paste_seconds(driver, references(4, seed=99), 4)  # warm-up
                pasted, cli_paste, api_paste, marks = [], [], [], []
                for run in range(args.repeat):
                    text = references(args.paste, seed=run)
                    seconds, marked = paste_seconds(driver, text, args.paste)
                    pasted.append(seconds)
                    marks.append(marked)
                    wait(driver, "return state.busy === 0")  # the check that follows
                    cli_paste.append(cli_seconds(text, folder))
                    api_paste.append(api_seconds(text))
                text = references(args.edit, seed=50)
                paste_seconds(driver, text, args.edit)
                middle = args.edit // 2
                entry = driver.execute_script(f"return state.items[{middle}].id")
                typed, cli_edit, api_edit = [], [], []
                for run in range(args.repeat):
                    typed.append(edit_seconds(driver, f"f-{middle}-title", f" Qq{run}", entry))
                    time.sleep(1.0)  # the full re-render and check that follow the edit
                    wait(driver, "return state.busy === 0")
                    cli_edit.append(cli_seconds(text, folder))
                    api_edit.append(api_seconds(text, group_of=middle))
                wait(driver, "return true")
            finally:
                driver.quit()
    report("paste", args.paste, pasted, cli_paste, api_paste, 3.0)
    steps = [(step, [m[step] for m in marks if step in m]) for step in STEPS]
    shown = [f"{step} {statistics.median(times):.3f} s" for step, times in steps if times]
    if shown:
        print("          paste steps (medians, from the paste): " + ", ".join(shown))
    report("keystroke", args.edit, typed, cli_edit, api_edit, 0.3)
    return 0


def report(
    what: str, count: int, page: list[float], cli: list[float], api: list[float], target: float
) -> None:
    """One line: the page's median, ``citekit format`` of the list (a new process) and the
    API call the page makes, done in-process (for a keystroke: rendering the author group)."""
    page_median, cli_median = statistics.median(page), statistics.median(cli)
    api_median = statistics.median(api)
    runs = ", ".join(f"{t:.2f}" for t in page)
    verdict = "meets" if page_median < target else "MISSES"
    print(
        f"{what:9} {count:4} refs: page {page_median:.3f} s (runs {runs}),"
        f" citekit format {cli_median:.3f} s (page/CLI {page_median / cli_median:.2f}),"
        f" API in-process {api_median:.3f} s (page/API {page_median / api_median:.2f});"
        f" target < {target} s: {verdict}"
    )


if __name__ == "__main__":
    raise SystemExit(main())
