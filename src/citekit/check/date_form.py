"""Date-form rules: dates written in a form the style does not use, and mixed forms."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from ..diagnostics import Diagnostic, Fix, Location
from .datefind import write_date
from .entries import Entry
from .options import Options
from .registry import finding

FORM_NAMES = {
    "mdy": "US order (month day, year)",
    "dmy": "day month year",
    "y-md": "year, month day",
    "iso": "ISO form (year-month-day)",
    "dotted": "dotted numeric form",
    "korean": "Korean form (년 월 일)",
    "numeric": "numeric form",
}


def check(entries: list[Entry], options: Options) -> Iterator[Diagnostic]:
    """Dates in forms the style does not use (with the fix), then one note on mixed forms."""
    policy = options.policy
    forms: Counter[str] = Counter()
    first_of_form: dict[str, Location] = {}
    for entry in entries:
        for found in entry.dates:
            if found.parts is None or found.ambiguous:
                continue  # reported by the date rules; no safe rewrite
            forms[found.form] += 1
            where = entry.location(found.start)
            first_of_form.setdefault(found.form, where)
            if found.form in policy.date_forms:
                continue
            better = write_date(found.parts, policy.preferred_date_form)
            yield finding(
                "date-form",
                f"{found.text!r} is in {FORM_NAMES[found.form]}; {policy.name} writes {better!r}",
                where,
                Fix(f"write the date as {policy.name} does", found.text, better),
            )
    if len(forms) > 1:
        common = forms.most_common(1)[0][0]
        counts = ", ".join(f"{FORM_NAMES[form]} ×{count}" for form, count in forms.most_common())
        rare = next(form for form, _ in reversed(forms.most_common()) if form != common)
        yield finding(
            "date-form-mixed",
            f"dates in this list are written in {len(forms)} forms: {counts}",
            first_of_form[rare],
        )
