"""Text out of PDF attachments, with pypdf, within budgets of pages, content and characters.

pypdf parses page content at about 1 MiB a second, so the work is bounded by bytes of
decoded page content (each stream's decompression and token caps are set to what is left of
that budget) and by pages, never by the clock: the review UI reads the held message again
and must get the same text. Any error pypdf raises ends the reading of that page, not the
scan. Text drawn as images (scanned paper forms) is not read: there is no OCR.
"""

from __future__ import annotations

import io
import logging
import threading
from typing import Any, NamedTuple

from pypdf import Configuration, PageObject, PasswordType, PdfReader, apply_configuration
from pypdf.errors import LimitReachedError

from scanner.mime.office_render import Cut, TextSink

# pypdf's messages may quote names and strings out of the file: they are not logged.
logging.getLogger("pypdf").setLevel(logging.CRITICAL + 1)
# pypdf's per-stream caps on decoded bytes and content tokens, set to the content budget left.
_CAPS = (
    "zlib_maximum_output_length",
    "lzw_maximum_output_length",
    "run_length_maximum_output_length",
    "brotli_maximum_output_length",
    "array_based_stream_maximum_output_length",
    "stream_parsing_work_maximum_count",
)
# Form XObjects drawn per page (their content is parsed each time one is drawn).
_MAX_FORMS_PER_PAGE = 64
# pypdf's configuration is process-wide: scans on several threads read one PDF at a time,
# each under its own caps.
_CONFIGURING = threading.Lock()


class PdfBudget(NamedTuple):
    """What reading one PDF may still use."""

    content_bytes: int
    chars: int
    pages: int


class Pdf(NamedTuple):
    """A PDF's text; ``cut`` names the limit that stopped it (``LIMIT_...``), ``readable`` is
    False when the file or a page could not be read, ``encrypted`` when it needs a password;
    ``image_pages`` counts pages without text that draw an image (a scanned paper form)."""

    text: str
    content_bytes: int
    cut: str | None = None
    readable: bool = True
    encrypted: bool = False
    image_pages: int = 0


def read_pdf(data: bytes, budget: PdfBudget) -> Pdf:
    """The text of the PDF ``data``, page after page, within ``budget``; never raises."""
    configuration = Configuration(
        xform_maximum_invocations_per_extraction=_MAX_FORMS_PER_PAGE, jbig2dec_binary=None
    ).with_overwrites(**dict.fromkeys(_CAPS, max(budget.content_bytes, 1)))
    with _CONFIGURING, apply_configuration(configuration):
        return _Reader(budget).read(data)


class _Reader:
    """One PDF's pages read into a ``TextSink``, the content bytes counted."""

    def __init__(self, budget: PdfBudget) -> None:
        self.budget = budget
        self.text = TextSink(budget.chars)
        self.content_bytes = 0
        self.readable = True
        self.image_pages = 0

    def read(self, data: bytes) -> Pdf:
        try:
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
                return Pdf("", 0, encrypted=True)  # only an empty user password is tried
            pages = len(reader.pages)
        except Exception:  # pypdf raises many kinds on a broken file
            pages = 0
        if not pages:
            return Pdf("", 0, readable=False)
        cut = None
        try:
            for number in range(min(pages, self.budget.pages)):
                self.page(reader, number)
            if pages > self.budget.pages:
                cut = "LIMIT_PDF_PAGES"
        except Cut as stop:
            cut = stop.entity
        text = "".join(self.text.pieces)
        return Pdf(text, self.content_bytes, cut, self.readable, False, self.image_pages)

    def page(self, reader: PdfReader, number: int) -> None:
        """Add one page's text; a page that cannot be read is skipped, marked unreadable."""
        try:
            page = reader.pages[number]
            self.count(page)
            text = page.extract_text()
            if not text.strip():
                self.image_pages += _draws_image(page)
                return
        except LimitReachedError:
            raise Cut("LIMIT_PDF_CONTENT") from None
        except Cut:
            raise
        except Exception:
            self.readable = False
            return
        self.text.add(text)
        self.text.end_line()

    def count(self, page: PageObject) -> None:
        """Count the page's decoded content bytes, and those of the form XObjects it draws
        (each as often as the page names it, at most as often as pypdf draws forms), stopping
        at the budget."""
        contents = page.get_contents()
        data = contents.get_data() if contents is not None else b""
        self.content_bytes += len(data)
        for name, form in _forms(page):
            drawn = min(max(data.count(name.encode("latin-1")), 1), _MAX_FORMS_PER_PAGE)
            self.content_bytes += drawn * len(form.get_data())
        if self.content_bytes > self.budget.content_bytes:
            raise Cut("LIMIT_PDF_CONTENT")


def _xobjects(page: PageObject) -> list[tuple[str, Any]]:
    """The page's XObjects by resource name (form XObjects' own resources not looked into)."""
    resources = page.get("/Resources")
    xobjects = resources.get_object().get("/XObject") if resources is not None else None
    if xobjects is None:
        return []
    return [(str(name), x.get_object()) for name, x in xobjects.get_object().items()]


def _forms(page: PageObject) -> list[tuple[str, Any]]:
    """The page's form XObjects (content streams of their own) by resource name."""
    return [(name, x) for name, x in _xobjects(page) if x.get("/Subtype") == "/Form"]


def _draws_image(page: PageObject) -> bool:
    """Whether the page's resources hold an image."""
    return any(x.get("/Subtype") == "/Image" for _, x in _xobjects(page))
