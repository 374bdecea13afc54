"""Language of short bibliographic strings in the 12 languages, written for these tests."""

from __future__ import annotations

import pytest

from citekit.lang import detect_language

CASES = [
    # Spanish, Portuguese, Italian: short look-alike titles
    ("El nombre de la rosa", "es"),
    ("Il nome della rosa", "it"),
    ("O nome da rosa", "pt"),
    ("La vida es bella", "es"),
    ("La vita è bella", "it"),
    ("A vida é bela", "pt"),
    ("Cien años de soledad", "es"),
    ("Memórias póstumas de Brás Cubas", "pt"),
    ("I promessi sposi", "it"),
    ("Os Lusíadas", "pt"),
    ("Historia de España", "es"),
    ("História do Brasil", "pt"),
    ("Storia d'Italia", "it"),
    ("Revista de Derecho Penal", "es"),
    ("Revista de Direito Penal", "pt"),
    ("Rivista di diritto penale", "it"),
    ("Estudios sobre la constitución", "es"),
    ("Estudos sobre a constituição", "pt"),
    ("Studi sulla costituzione", "it"),
    ("La Nación", "es"),
    ("Il Sole 24 Ore", "it"),
    ("Folha de S.Paulo", "pt"),
    ("Corriere della Sera", "it"),
    ("Diário de Notícias", "pt"),
    ("El País", "es"),
    # Dutch and German
    ("Het recht van de sterkste", "nl"),
    ("Das Recht des Stärkeren", "de"),
    ("Geschiedenis van Nederland", "nl"),
    ("Geschichte der Niederlande", "de"),
    ("Tijdschrift voor Rechtsgeschiedenis", "nl"),
    ("Zeitschrift für Rechtsgeschichte", "de"),
    ("Nederlands Juristenblad", "nl"),
    ("Neue Juristische Wochenschrift", "de"),
    ("De ontdekking van de hemel", "nl"),
    ("Die Entdeckung des Himmels", "de"),
    ("Handboek staatsrecht", "nl"),
    ("Handbuch des Staatsrechts", "de"),
    ("De Volkskrant", "nl"),
    ("Der Spiegel", "de"),
    ("Frankfurter Allgemeine Zeitung", "de"),
    ("Süddeutsche Zeitung", "de"),
    # French and English
    ("Le Monde", "fr"),
    ("Revue française de droit administratif", "fr"),
    ("Histoire de la Corée", "fr"),
    ("Les misérables", "fr"),
    ("Korean Journal of International Law", "en"),
    ("The politics of memory", "en"),
    ("Law and Society Review", "en"),
    ("Journal of Korean Studies", "en"),
    ("Financial Times", "en"),
    ("The Economist", "en"),
    ("Korea Herald", "en"),
    ("Journal officiel", "fr"),
    ("Economia e società", "it"),
    ("Economia e sociedade", "pt"),
    ("Economía y sociedad", "es"),
    ("Economie en samenleving", "nl"),
    ("Wirtschaft und Gesellschaft", "de"),
    ("Woordenboek der Nederlandsche Taal", "nl"),  # py3langid is sure: one "der" does not decide
    ("NRC Handelsblad", "nl"),
    ("Elsevier Weekblad", "nl"),
    ("The Atlantic", "en"),
    ("Storia dell'arte", "it"),
    # Russian
    ("История России", "ru"),
    ("Вопросы истории", "ru"),
    ("Известия", "ru"),
    # Chinese, traditional and simplified
    ("中華民國憲法", "zh"),
    ("中国社会科学", "zh"),
    ("臺灣法學雜誌", "zh"),
    ("经济研究", "zh"),
    ("人民日报", "zh"),
    ("法学研究", "zh"),
    ("歷史研究", "zh"),
    ("这是什么", "zh"),
    # Japanese: kana, kanji with a kana particle, Japanese-only kanji forms
    ("日本の歴史", "ja"),
    ("憲法の話", "ja"),
    ("法学の基礎", "ja"),
    ("近代日本の国家形成", "ja"),
    ("ことばと社会", "ja"),
    ("読売新聞", "ja"),
    ("日本経済新聞", "ja"),
    ("朝日新聞", "ja"),
    ("労働法", "ja"),
    ("法学協会雑誌", "ja"),
    ("中国劳动", "zh"),
    ("勞動法", "zh"),
    # simplified-looking forms mixed with traditional ones are Japanese
    ("日本国憲法", "ja"),
    ("国際法学", "ja"),
    ("東洋学報", "ja"),
    ("当代中国史研究", "zh"),
    ("台灣史研究", "zh"),
    ("國語學", "zh"),
    # Korean, with Hanja or Latin acronyms
    ("AI 시대의 법", "ko"),
    ("OECD 보고서", "ko"),
    ("K-POP의 세계화", "ko"),
    ("韓美 관계의 미래", "ko"),
    ("한국 현대사", "ko"),
    ("IMF 외환위기와 한국경제", "ko"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected
