"""Office and OpenDocument files built from literal XML, for the extraction tests."""

from __future__ import annotations

import base64
import io
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
S = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
A = (
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
)
ODF = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
)
TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def package(members: dict[str, str | bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def paragraphs(*texts: str) -> str:
    return "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in texts)


def word_table(*rows: tuple[str, ...]) -> str:
    cells = (
        "".join(f"<w:tc><w:p><w:r><w:t>{c}</w:t></w:r></w:p></w:tc>" for c in row) for row in rows
    )
    return "<w:tbl>" + "".join(f"<w:tr>{r}</w:tr>" for r in cells) + "</w:tbl>"


def docx(body: str, extra: dict[str, str | bytes] | None = None) -> bytes:
    document = f'<?xml version="1.0"?><w:document {W}><w:body>{body}</w:body></w:document>'
    return package({"[Content_Types].xml": TYPES, "word/document.xml": document, **(extra or {})})


def xlsx(shared: list[str], sheet_rows: list[list[str]]) -> bytes:
    """``sheet_rows`` cells: "s:<n>" a shared string, else a number as written in ``<v>``."""
    strings = "".join(f"<si><t>{s}</t></si>" for s in shared)
    rows = []
    for r, row in enumerate(sheet_rows, 1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{chr(ord('A') + c)}{r}"
            if value.startswith("s:"):
                cells.append(f'<c r="{ref}" t="s"><v>{value[2:]}</v></c>')
            else:
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
        rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet = f"<worksheet {S}><sheetData>{''.join(rows)}</sheetData></worksheet>"
    return package(
        {
            "[Content_Types].xml": TYPES,
            "xl/workbook.xml": f"<workbook {S}/>",
            "xl/sharedStrings.xml": f'<sst {S} count="{len(shared)}">{strings}</sst>',
            "xl/worksheets/sheet1.xml": sheet,
        }
    )


def pptx(*slides: str, notes: str = "") -> bytes:
    members: dict[str, str | bytes] = {
        "[Content_Types].xml": TYPES,
        "ppt/presentation.xml": f"<p:presentation {A}/>",
    }
    for n, text in enumerate(slides, 1):
        members[f"ppt/slides/slide{n}.xml"] = (
            f"<p:sld {A}><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>{text}</a:t></a:r>"
            "</a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>"
        )
    if notes:
        members["ppt/notesSlides/notesSlide1.xml"] = (
            f"<p:notes {A}><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>{notes}</a:t>"
            "</a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:notes>"
        )
    return package(members)


def opendocument(mimetype: str, body: str) -> bytes:
    content = (
        f'<?xml version="1.0"?><office:document-content {ODF}><office:body>{body}'
        "</office:body></office:document-content>"
    )
    return package({"mimetype": mimetype, "content.xml": content})


def message(payload: bytes, content_type: str, filename: str, text: str = "See attached.") -> bytes:
    b64 = base64.encodebytes(payload).decode()
    return (
        "From: office@riverfriends.example.org\nTo: board@example.com\nSubject: Files\n"
        'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n\n'
        f"--b\nContent-Type: text/plain\n\n{text}\n"
        f"--b\nContent-Type: {content_type}\nContent-Transfer-Encoding: base64\n"
        f'Content-Disposition: attachment; filename="{filename}"\n\n{b64}\n--b--\n'
    ).encode()
