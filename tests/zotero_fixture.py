"""A Zotero library made by the tests: the same items as a ``zotero.sqlite`` database (a
subset of a current Zotero release's schema), a Better BibTeX JSON export and a Zotero RDF
export. Items are generated: 16 common item types, 3 items each, Korean and organisation
creators, collections, tags, Extra lines, attachments; one item in the trash, one note."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from xml.sax.saxutils import escape

TYPES: dict[str, dict[str, str]] = {
    "journalArticle": {"publicationTitle": "Journal of Korean Law", "volume": "12",
                       "issue": "2", "pages": "101-130", "DOI": "10.1000/jkl.{n}",
                       "ISSN": "1598-1681", "journalAbbreviation": "J Korean L"},
    "book": {"publisher": "Seoul National University Press", "place": "Seoul",
             "ISBN": "978-89-521-{n:04d}-1", "edition": "2", "numPages": "412",
             "series": "Studies in Human Rights", "seriesNumber": "{n}"},
    "bookSection": {"bookTitle": "Transitional Justice in East Asia", "publisher": "Routledge",
                    "place": "London", "pages": "45-67"},
    "newspaperArticle": {"publicationTitle": "한겨레", "section": "정치", "url": "https://www.hani.co.kr/arti/{n}.html"},
    "magazineArticle": {"publicationTitle": "시사IN", "volume": "{n}", "issue": "801"},
    "webpage": {"websiteTitle": "국가인권위원회", "websiteType": "Press release",
                "url": "https://www.humanrights.go.kr/site/{n}"},
    "report": {"institution": "Korea Institute for National Unification", "reportNumber": "KINU-{n}",
               "reportType": "Policy report", "place": "Seoul"},
    "thesis": {"university": "Korea University", "thesisType": "PhD thesis", "place": "Seoul"},
    "conferencePaper": {"proceedingsTitle": "Proceedings of the Asian Law Conference",
                        "conferenceName": "Asian Law Conference {n}", "place": "Tokyo",
                        "publisher": "ALC", "pages": "1-20"},
    "case": {"court": "대법원", "docketNumber": "2018다{n}", "reporter": "KLR",
             "reporterVolume": "{n}", "firstPage": "77"},
    "statute": {"code": "Act", "codeNumber": "{n}", "section": "3", "publicLawNumber": "No. 1{n}"},
    "blogPost": {"blogTitle": "Korea Law Blog", "url": "https://blog.example.org/{n}"},
    "document": {"publisher": "United Nations"},
    "film": {"distributor": "CJ Entertainment", "genre": "Documentary", "runningTime": "98 min"},
    "encyclopediaArticle": {"encyclopediaTitle": "한국민족문화대백과사전", "publisher": "한국학중앙연구원",
                            "pages": "{n}"},
    "presentation": {"presentationType": "Lecture", "meetingName": "Seoul Forum", "place": "Seoul"},
}
TITLE_FIELD = {"case": "caseName", "statute": "nameOfAct"}
DATE_FIELD = {"case": "dateDecided", "statute": "dateEnacted"}
PRIMARY = {"film": "director", "presentation": "presenter"}
DATES = [("2023-02-07", [2023, 2, 7]), ("February 7, 2021", [2021, 2, 7]), ("2019", [2019]),
         ("7 March 2018", [2018, 3, 7]), ("2020-05", [2020, 5])]
PEOPLE = [{"lastName": "홍", "firstName": "길동"}, {"lastName": "Kim", "firstName": "Minsu"},
          {"lastName": "남궁", "firstName": "민"}, {"lastName": "국가인권위원회", "fieldMode": 1},
          {"lastName": "Lee", "firstName": "Jae-won"}]
COLLECTIONS = {1: ("Human rights", None), 2: ("Korea", 1), 3: ("Law", None)}


def items() -> list[dict]:
    """The library: every item with its Zotero fields, creators, collections and tags."""
    made: list[dict] = []
    n = 0
    for kind, extra_fields in TYPES.items():
        for copy in range(3):
            n += 1
            text, parts = DATES[n % len(DATES)]
            fields = {TITLE_FIELD.get(kind, "title"): f"{kind} 제목 {n}: a study of item {n}",
                      DATE_FIELD.get(kind, "date"): text}
            fields.update({k: v.format(n=n) for k, v in extra_fields.items()})
            if copy == 0:
                fields["language"] = "ko"
                fields["accessDate"] = "2023-02-08 10:00:00"
                fields["shortTitle"] = f"Item {n}"
            if copy == 1:
                fields["extra"] = (f"original-title: Original title {n}\nlanguage: en\n"
                                   f"Citation Key: key{n}\noriginal-author: Park || Ji-hoon\n"
                                   f"original-date: 1990-04\nA free note line {n}")
            primary = PRIMARY.get(kind, "author")
            people = [PEOPLE[n % len(PEOPLE)], PEOPLE[(n + 2) % len(PEOPLE)]]
            creators = [{**people[0], "creatorType": primary},
                        {**people[1], "creatorType": "editor" if kind in ("book", "bookSection") else primary}]
            made.append({
                "itemID": 100 + n, "key": f"K{n:07d}", "itemType": kind, "fields": fields,
                "creators": creators, "dateparts": parts,
                "collections": [c for c in (1, 2, 3) if (n + c) % 3 == 0],
                "tags": ["북한"] if n % 4 == 0 else [],
                "attachments": [{"itemID": 1000 + n, "title": "Snapshot", "url": f"https://archive.example.org/{n}",
                                 "contentType": "text/html", "linkMode": 3}] if n % 5 == 0 else [],
            })
    return made


TRASHED = {"itemID": 999, "key": "TRASHED1", "itemType": "book",
           "fields": {"title": "In the trash"}, "creators": [], "dateparts": None,
           "collections": [], "tags": [], "attachments": []}


def _sql_date(text: str, parts: list[int]) -> str:
    full = parts + [0, 0]
    return f"{full[0]:04d}-{full[1]:02d}-{full[2]:02d} {text}"


def write_sqlite(path: Path, library: list[dict]) -> None:
    """A database with the tables and columns of a current Zotero release that citekit reads."""
    conn = sqlite3.connect(path)
    conn.executescript("""
    CREATE TABLE version (schema TEXT PRIMARY KEY, version INT NOT NULL);
    CREATE TABLE itemTypes (itemTypeID INTEGER PRIMARY KEY, typeName TEXT, templateItemTypeID INT, display INT DEFAULT 1);
    CREATE TABLE itemTypesCombined (itemTypeID INT NOT NULL, typeName TEXT NOT NULL, display INT DEFAULT 1 NOT NULL, custom INT NOT NULL, PRIMARY KEY (itemTypeID));
    CREATE TABLE fields (fieldID INTEGER PRIMARY KEY, fieldName TEXT, fieldFormatID INT);
    CREATE TABLE fieldsCombined (fieldID INT NOT NULL, fieldName TEXT NOT NULL, label TEXT, fieldFormatID INT, custom INT NOT NULL, PRIMARY KEY (fieldID));
    CREATE TABLE creatorTypes (creatorTypeID INTEGER PRIMARY KEY, creatorType TEXT);
    CREATE TABLE items (itemID INTEGER PRIMARY KEY, itemTypeID INT NOT NULL, dateAdded TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, dateModified TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, clientDateModified TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, libraryID INT NOT NULL, key TEXT NOT NULL, version INT NOT NULL DEFAULT 0, synced INT NOT NULL DEFAULT 0, UNIQUE (libraryID, key));
    CREATE TABLE itemDataValues (valueID INTEGER PRIMARY KEY, value UNIQUE);
    CREATE TABLE itemData (itemID INT, fieldID INT, valueID, PRIMARY KEY (itemID, fieldID));
    CREATE TABLE creators (creatorID INTEGER PRIMARY KEY, firstName TEXT NOT NULL, lastName TEXT NOT NULL, fieldMode INT, UNIQUE (lastName, firstName, fieldMode));
    CREATE TABLE itemCreators (itemID INT NOT NULL, creatorID INT NOT NULL, creatorTypeID INT NOT NULL DEFAULT 1, orderIndex INT NOT NULL DEFAULT 0, PRIMARY KEY (itemID, creatorID, creatorTypeID, orderIndex));
    CREATE TABLE collections (collectionID INTEGER PRIMARY KEY, collectionName TEXT NOT NULL, parentCollectionID INT DEFAULT NULL, clientDateModified TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, libraryID INT NOT NULL, key TEXT NOT NULL, version INT NOT NULL DEFAULT 0, synced INT NOT NULL DEFAULT 0);
    CREATE TABLE collectionItems (collectionID INT NOT NULL, itemID INT NOT NULL, orderIndex INT NOT NULL DEFAULT 0, PRIMARY KEY (collectionID, itemID));
    CREATE TABLE itemAttachments (itemID INTEGER PRIMARY KEY, parentItemID INT, linkMode INT, contentType TEXT, charsetID INT, path TEXT, syncState INT DEFAULT 0, storageModTime INT, storageHash TEXT, lastProcessedModificationTime INT);
    CREATE TABLE itemNotes (itemID INTEGER PRIMARY KEY, parentItemID INT, note TEXT, title TEXT);
    CREATE TABLE tags (tagID INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
    CREATE TABLE itemTags (itemID INT NOT NULL, tagID INT NOT NULL, type INT NOT NULL, PRIMARY KEY (itemID, tagID));
    CREATE TABLE deletedItems (itemID INTEGER PRIMARY KEY, dateDeleted DEFAULT CURRENT_TIMESTAMP NOT NULL);
    INSERT INTO version VALUES ('userdata', 120);
    """)
    ids: dict[str, dict[str, int]] = {"type": {}, "field": {}, "creatorType": {}, "value": {}, "creator": {}, "tag": {}}

    def ident(kind: str, name, table: str | None = None) -> int:
        table_ids = ids[kind]
        if name not in table_ids:
            table_ids[name] = len(table_ids) + 1
            number = table_ids[name]
            if kind == "type":
                conn.execute("INSERT INTO itemTypes VALUES (?, ?, NULL, 1)", (number, name))
                conn.execute("INSERT INTO itemTypesCombined VALUES (?, ?, 1, 0)", (number, name))
            elif kind == "field":
                conn.execute("INSERT INTO fields VALUES (?, ?, NULL)", (number, name))
                conn.execute("INSERT INTO fieldsCombined VALUES (?, ?, NULL, NULL, 0)", (number, name))
            elif kind == "creatorType":
                conn.execute("INSERT INTO creatorTypes VALUES (?, ?)", (number, name))
            elif kind == "value":
                conn.execute("INSERT INTO itemDataValues VALUES (?, ?)", (number, name))
            elif kind == "creator":
                conn.execute("INSERT INTO creators VALUES (?, ?, ?, ?)", (number, name[0], name[1], name[2]))
            elif kind == "tag":
                conn.execute("INSERT INTO tags VALUES (?, ?)", (number, name))
        return table_ids[name]

    for cid, (name, parent) in COLLECTIONS.items():
        conn.execute("INSERT INTO collections (collectionID, collectionName, parentCollectionID, libraryID, key)"
                     " VALUES (?, ?, ?, 1, ?)", (cid, name, parent, f"C{cid}"))

    def add(item: dict) -> None:
        conn.execute("INSERT INTO items (itemID, itemTypeID, libraryID, key) VALUES (?, ?, 1, ?)",
                     (item["itemID"], ident("type", item["itemType"]), item["key"]))
        for field, value in item["fields"].items():
            if field in ("date", "dateDecided", "dateEnacted") and item["dateparts"]:
                value = _sql_date(value, item["dateparts"])
            conn.execute("INSERT INTO itemData VALUES (?, ?, ?)",
                         (item["itemID"], ident("field", field), ident("value", value)))
        for order, creator in enumerate(item["creators"]):
            mode = creator.get("fieldMode", 0)
            cid = ident("creator", (creator.get("firstName", ""), creator["lastName"], mode))
            conn.execute("INSERT INTO itemCreators VALUES (?, ?, ?, ?)",
                         (item["itemID"], cid, ident("creatorType", creator["creatorType"]), order))
        for collection in item["collections"]:
            conn.execute("INSERT INTO collectionItems VALUES (?, ?, 0)", (collection, item["itemID"]))
        for tag in item["tags"]:
            conn.execute("INSERT INTO itemTags VALUES (?, ?, 0)", (item["itemID"], ident("tag", tag)))
        for attachment in item["attachments"]:
            add({"itemID": attachment["itemID"], "key": f"A{attachment['itemID']}", "itemType": "attachment",
                 "fields": {"title": attachment["title"], "url": attachment["url"]}, "creators": [],
                 "dateparts": None, "collections": [], "tags": [], "attachments": []})
            conn.execute("INSERT INTO itemAttachments (itemID, parentItemID, linkMode, contentType)"
                         " VALUES (?, ?, ?, ?)", (attachment["itemID"], item["itemID"],
                                                 attachment["linkMode"], attachment["contentType"]))
        # a PDF stored in Zotero (no URL): not kept
        if item["attachments"]:
            add_pdf = {"itemID": 5000 + item["itemID"], "key": f"P{item['itemID']}", "itemType": "attachment",
                       "fields": {"title": "Full Text PDF"}, "creators": [], "dateparts": None,
                       "collections": [], "tags": [], "attachments": []}
            add(add_pdf)
            conn.execute("INSERT INTO itemAttachments (itemID, parentItemID, linkMode, contentType, path)"
                         " VALUES (?, ?, 1, 'application/pdf', 'storage:full.pdf')",
                         (add_pdf["itemID"], item["itemID"]))

    for item in library:
        add(item)
    add(TRASHED)
    conn.execute("INSERT INTO deletedItems (itemID) VALUES (?)", (TRASHED["itemID"],))
    add({"itemID": 998, "key": "NOTE0001", "itemType": "note", "fields": {}, "creators": [],
         "dateparts": None, "collections": [], "tags": [], "attachments": []})
    conn.execute("INSERT INTO itemNotes VALUES (998, NULL, '<p>a standalone note</p>', 'a standalone note')")
    conn.commit()
    conn.close()


def _bbt_date(value: str) -> str:
    return value.replace(" ", "T") + "Z" if value[:4].isdigit() and ":" in value else value


def write_bbt_json(library: list[dict]) -> str:
    """The library as Better BibTeX's JSON export writes it."""
    entries = []
    for item in library:
        entry = {"itemID": item["itemID"], "itemKey": item["key"], "itemType": item["itemType"]}
        for field, value in item["fields"].items():
            entry[field] = _bbt_date(value) if field == "accessDate" else value
        entry["creators"] = [
            {"name": c["lastName"], "creatorType": c["creatorType"]} if c.get("fieldMode") == 1
            else {"firstName": c["firstName"], "lastName": c["lastName"], "creatorType": c["creatorType"]}
            for c in item["creators"]
        ]
        entry["tags"] = [{"tag": tag} for tag in item["tags"]]
        entry["attachments"] = [{"itemType": "attachment", "title": a["title"], "url": a["url"],
                                 "contentType": a["contentType"]} for a in item["attachments"]]
        entry["notes"] = []
        entry["uri"] = f"http://zotero.org/users/local/abc/items/{item['key']}"
        entries.append(entry)
    collections = {
        f"C{cid}": {"key": f"C{cid}", "name": name, "parent": f"C{parent}" if parent else False,
                    "items": [i["itemID"] for i in library if cid in i["collections"]],
                    "collections": [f"C{c}" for c, (_, p) in COLLECTIONS.items() if p == cid]}
        for cid, (name, parent) in COLLECTIONS.items()
    }
    data = {"config": {"id": "36a3b0b5-bad0-4a04-b79b-441c7cef77db", "label": "BetterBibTeX JSON",
                       "preferences": {}, "options": {"exportNotes": True}},
            "version": {"zotero": "7.0.11", "bbt": "7.0.20"},
            "collections": collections, "items": entries}
    return json.dumps(data, ensure_ascii=False, indent=2)


_CONTAINER = {"journalArticle": "Journal", "magazineArticle": "Periodical", "newspaperArticle": "Newspaper",
              "bookSection": "Book", "encyclopediaArticle": "Book", "conferencePaper": "Journal",
              "webpage": "Website", "blogPost": "Website"}
_TITLE_FIELDS = {"title", "caseName", "nameOfAct"}
_CONTAINER_TITLES = {"publicationTitle", "bookTitle", "websiteTitle", "blogTitle", "proceedingsTitle",
                     "encyclopediaTitle"}
_PUBLISHERS = {"publisher", "institution", "university", "distributor"}


def write_rdf(library: list[dict]) -> str:
    """The library as Zotero's RDF export writes it."""
    out = ['<?xml version="1.0"?>', '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
           ' xmlns:z="http://www.zotero.org/namespaces/export#" xmlns:dc="http://purl.org/dc/elements/1.1/"'
           ' xmlns:vcard="http://nwalsh.com/rdf/vCard#" xmlns:foaf="http://xmlns.com/foaf/0.1/"'
           ' xmlns:bib="http://purl.org/net/biblio#" xmlns:dcterms="http://purl.org/dc/terms/"'
           ' xmlns:prism="http://prismstandard.org/namespaces/1.2/basic/"'
           ' xmlns:link="http://purl.org/rss/1.0/modules/link/">']
    for item in library:
        f = dict(item["fields"])
        out.append(f'<bib:Document rdf:about="#item_{item["itemID"]}">')
        out.append(f'<z:itemType>{item["itemType"]}</z:itemType>')
        container = [k for k in f if k in _CONTAINER_TITLES]
        if container:
            tag = _CONTAINER.get(item["itemType"], "Journal")
            out.append(f"<dcterms:isPartOf><bib:{tag}><dc:title>{escape(f.pop(container[0]))}</dc:title>")
            for key, element in (("volume", "prism:volume"), ("issue", "prism:number"),
                                 ("journalAbbreviation", "dcterms:alternative")):
                if key in f and item["itemType"] == "journalArticle":
                    out.append(f"<{element}>{escape(f.pop(key))}</{element}>")
            if "ISSN" in f:
                out.append(f"<dc:identifier>ISSN {escape(f.pop('ISSN'))}</dc:identifier>")
            out.append(f"</bib:{tag}></dcterms:isPartOf>")
        publisher = [k for k in f if k in _PUBLISHERS]
        if publisher or "place" in f:
            out.append("<dc:publisher><foaf:Organization>")
            if "place" in f:
                out.append(f"<vcard:adr><vcard:Address><vcard:locality>{escape(f.pop('place'))}"
                           "</vcard:locality></vcard:Address></vcard:adr>")
            if publisher:
                out.append(f"<foaf:name>{escape(f.pop(publisher[0]))}</foaf:name>")
            out.append("</foaf:Organization></dc:publisher>")
        roles: dict[str, list[dict]] = {}
        for creator in item["creators"]:
            roles.setdefault(creator["creatorType"], []).append(creator)
        for role, people in roles.items():
            tag = f"bib:{role}s" if role in ("author", "editor", "contributor") else f"z:{role}s"
            out.append(f"<{tag}><rdf:Seq>")
            for person in people:
                given = "" if person.get("fieldMode") == 1 else f"<foaf:givenName>{escape(person['firstName'])}</foaf:givenName>"
                out.append(f"<rdf:li><foaf:Person><foaf:surname>{escape(person['lastName'])}</foaf:surname>{given}</foaf:Person></rdf:li>")
            out.append(f"</rdf:Seq></{tag}>")
        for attachment in item["attachments"]:
            out.append(f'<link:link rdf:resource="#item_{attachment["itemID"]}"/>')
        for tag in item["tags"]:
            out.append(f"<dc:subject>{escape(tag)}</dc:subject>")
        for key, value in f.items():
            if key in _TITLE_FIELDS:
                out.append(f"<dc:title>{escape(value)}</dc:title>")
            elif key in ("date", "dateDecided", "dateEnacted"):
                out.append(f"<dc:date>{escape(value)}</dc:date>")
            elif key == "accessDate":
                out.append(f"<dcterms:dateSubmitted>{escape(value)}</dcterms:dateSubmitted>")
            elif key == "extra":
                out.append(f"<dc:description>{escape(value)}</dc:description>")
            elif key == "url":
                out.append(f"<dc:identifier><dcterms:URI><rdf:value>{escape(value)}</rdf:value></dcterms:URI></dc:identifier>")
            elif key in ("ISBN", "ISSN", "DOI"):
                out.append(f"<dc:identifier>{key} {escape(value)}</dc:identifier>")
            elif key == "pages":
                out.append(f"<bib:pages>{escape(value)}</bib:pages>")
            elif key == "abstractNote":
                out.append(f"<dcterms:abstract>{escape(value)}</dcterms:abstract>")
            else:
                out.append(f"<z:{key}>{escape(value)}</z:{key}>")
        out.append("</bib:Document>")
        for attachment in item["attachments"]:
            out.append(f'<z:Attachment rdf:about="#item_{attachment["itemID"]}"><z:itemType>attachment</z:itemType>'
                       f'<dc:identifier><dcterms:URI><rdf:value>{escape(attachment["url"])}</rdf:value></dcterms:URI></dc:identifier>'
                       f'<dc:title>{escape(attachment["title"])}</dc:title><link:type>{attachment["contentType"]}</link:type></z:Attachment>')
    for cid, (name, _parent) in COLLECTIONS.items():
        out.append(f'<z:Collection rdf:about="#collection_{cid}"><dc:title>{escape(name)}</dc:title>')
        for item in library:
            if cid in item["collections"]:
                out.append(f'<dcterms:hasPart rdf:resource="#item_{item["itemID"]}"/>')
        for child, (_, parent) in COLLECTIONS.items():
            if parent == cid:
                out.append(f'<dcterms:hasPart rdf:resource="#collection_{child}"/>')
        out.append("</z:Collection>")
    out.append("</rdf:RDF>")
    return "\n".join(out)
