"""Structured identifiers and secrets: table-driven positives and decoys through the engine.

Each positive row names the entity and the exact text the finding must cover; each decoy
row must produce no finding at all (at the default score floor).
"""

from __future__ import annotations

import pytest

from scanner.detectors.engine import RuleEngine
from tests.detectors.conftest import spans

# fmt: off
POSITIVES = [
    # payment_card: every network, bare / spaced / dashed, partial in context
    ("Please charge my Visa 4111 1111 1111 1111 exp 09/27.", "CREDIT_CARD", "4111 1111 1111 1111"),
    ("card 5555-5555-5555-4444", "CREDIT_CARD", "5555-5555-5555-4444"),
    ("Visa 4012.8888.8888.1881 exp 11/26", "CREDIT_CARD", "4012.8888.8888.1881"),
    ("Amex 3782.822463.10005", "CREDIT_CARD", "3782.822463.10005"),
    # a line wrapped inside the number (format=flowed keeps a space before the break)
    ("card 4111 1111\n1111 1111 please", "CREDIT_CARD", "4111 1111\n1111 1111"),
    ("Visa 4012 8888 8888 \r\n1881 exp 11/26", "CREDIT_CARD", "4012 8888 8888 \r\n1881"),
    ("Amex 3782\r\n822463 10005", "CREDIT_CARD", "3782\r\n822463 10005"),
    ("Mastercard 2223 0000 4841 0010 for the gala", "CREDIT_CARD", "2223 0000 4841 0010"),
    ("Amex 3782 822463 10005", "CREDIT_CARD", "3782 822463 10005"),
    ("paid with 6011111111111117 yesterday", "CREDIT_CARD", "6011111111111117"),
    ("Diners card 30569309025904", "CREDIT_CARD", "30569309025904"),
    ("JCB 3530-1113-3330-0000", "CREDIT_CARD", "3530-1113-3330-0000"),
    ("UnionPay 6250 9410 0652 8599 032", "CREDIT_CARD", "6250 9410 0652 8599 032"),
    ("Maestro 6759649826438453", "CREDIT_CARD", "6759649826438453"),
    ("charged to the Visa ending in 4242 monthly", "CREDIT_CARD_LAST_DIGITS", "4242"),
    ("Card: **** **** **** 1881", "CREDIT_CARD_LAST_DIGITS", "1881"),
    # government_id
    ("For the stipend my SSN is 536-22-1906. Thanks", "US_SSN", "536-22-1906"),
    ("social security number 536 22 1906", "US_SSN", "536 22 1906"),
    ("SS# 536221906 on file", "US_SSN", "536221906"),
    ("my social is 478213956, call me if you need more", "US_SSN", "478213956"),
    ("Her social: 478213956", "US_SSN", "478213956"),
    ("Please confirm the last 4 of your SSN: 6789", "US_SSN", "6789"),
    ("Client's SSN last four: 6789", "US_SSN", "6789"),
    ("SSN on file: XXX-XX-4821", "US_SSN", "4821"),
    ("applicant ITIN 912-78-1234", "US_ITIN", "912-78-1234"),
    ("driver's license # D123-4567-8901, state IL", "US_DRIVER_LICENSE", "D123-4567-8901"),
    ("passport number 563812947 for the trip", "US_PASSPORT", "563812947"),
    ("State ID number: S99284713", "US_STATE_ID", "S99284713"),
    # financial_account
    ("Direct deposit: routing number 021000021", "ABA_ROUTING_NUMBER", "021000021"),
    ("wire to IBAN DE55 5001 0517 5408 3290 71 please", "IBAN_CODE", "DE55 5001 0517 5408 3290 71"),
    ("IBAN: GB87BARC20035344551891", "IBAN_CODE", "GB87BARC20035344551891"),
    ("typed: iban nl71 rabo 0314 8257 60", "IBAN_CODE", "nl71 rabo 0314 8257 60"),
    ("my Iban is De55500105175408329071.", "IBAN_CODE", "De55500105175408329071"),
    ("checking account number 4450228193", "US_BANK_NUMBER", "4450228193"),
    # credential
    ("username: volunteer2, password: Sunflower#2024", "PASSWORD", "Sunflower#2024"),
    ("The shared drive password is Maple_77 until May", "PASSWORD", "Maple_77"),
    ("The password for the donor database is Lantern42!", "PASSWORD", "Lantern42"),
    ("Login: mjones / Pa$$w0rd! for the volunteer portal", "PASSWORD", "Pa$$w0rd"),
    ("User ID: k.osei | Lantern#42", "PASSWORD", "Lantern#42"),
    ("Amex 3782 822463 10005, exp 04/28, CID 4821", "CVV", "4821"),
    ("Your debit card PIN is 4921.", "PIN", "4921"),
    ("exp 08/27, CVV 123", "CVV", "123"),
    ("Your verification code is 482913", "ACCESS_CODE", "482913"),
    ("key AKIA4HQX2MZT7RWPLN3K for S3", "API_KEY", "AKIA4HQX2MZT7RWPLN3K"),
    ("token ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789 ok", "API_KEY",
     "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"),
    # credit_report
    ("Housing note: her credit score is 580 after the medical debt", "CREDIT_SCORE", "580"),
    ("Her TransUnion score is 540 since the eviction", "CREDIT_SCORE", "540"),
    # health identifier
    ("Dx: E11.9 per the clinic", "ICD10_CODE", "E11.9"),
]

DECOYS = [
    "Card number: 4111 1111 1111 1112 (declined).",             # Luhn fails
    "card 2221 0000 0000 0000",                                  # 2-series, Luhn fails
    "card 4111.1111.1111.1112",                                  # dotted, Luhn fails
    "card 4012.8888 8888.1881",                                  # mixed separators
    "Order 5105.1051.0510.5100 ships Monday",                    # dotted, order context
    "Release 2024.0927.1130.0042 is out",                        # dotted version number
    "card 4111-1111\n1111-1111",                                 # a break for a dash
    "card 4111 1111\n\n1111 1111",                               # two paragraphs
    "Tickets:\n4111\n1111\n1112\n1111",                         # a column, Luhn fails
    "Order 4012 8888\n8888 1881 shipped",                        # order context
    "Your order number is 4111111111111111; keep it.",          # order context
    "FedEx tracking 4012888888881881, arriving Friday",          # tracking context
    "Track it: USPS 9400 1112 0219 4567 8901 23",                # USPS tracking number
    "Reference 570222040075 sent 10/4/2025",                     # Luhn-valid 12 digits, no card
    "SSN: 000-12-3456 is the sample from the slide",             # area 000
    "SSN: 666-12-3456",                                          # area 666
    "SSN: 912-45-6789",                                          # area 9xx (and not an ITIN)
    "SSN: 536-00-1906",                                          # group 00
    "SSN: 536-22-0000",                                          # serial 0000
    "SSN 078-05-1120 from the Woolworth wallet card",            # known sample
    "Call the hotline at 312-555-0199 or 555-123-4567.",         # phone numbers
    "Event dates: 04/12/2025 through 05/01/2025.",               # dates
    "Member ID 536221906 - bring it to the pantry.",             # nine digits, no SSN context
    "Your social worker can be reached at 478213956.",           # "social" not as SSN
    "Find us on social media, or quote ticket 478213956.",       # "social" not as SSN
    "Invoice 021000021 for catering",                            # ABA-valid, invoice context
    "EIN 52-1693387, a 501(c)(3) organization.",                 # employer id
    "Springfield IL 62704-1234",                                 # ZIP+4
    "ISBN 978-0-306-40615-7 is the book club pick",              # ISBN
    "Our grant reference is GB82 1234 5678 (internal)",          # IBAN-shaped, too short
    "IBAN DE55 5001 0517 5408 3290 72",                          # mod-97 fails
    "Forgot your password? Reset it at https://example.org/r",   # password prose
    "Your password must be at least 12 characters long.",
    "Your password is required.",
    "Please pin the volunteer schedule to the board.",
    "enter the 3-digit security code on the back",
    "a credit score of at least 620 is typical",
    "donor account number 100234",
    "Slovakia AKIA tours",
    # a video-meeting invite: its passcodes open a meeting, not an account
    "Join Zoom Meeting\nhttps://us02web.zoom.us/j/85512345678?pwd=dGhKZ0xRb2VhVkZtRnN1bGZ3QT09"
    "\n\nMeeting ID: 855 1234 5678\nPasscode: 482913\n",
    "Please quote CID 4821 when you call the front desk.",       # caller/customer id
    "Your utility account number 4450228193 is now enrolled.",   # not a financial account
    "iban nl71 rabo 0314 8257 61",                               # mod 97 fails
    "Send your IBAN and BIC to finance@example.org.",            # no value
    "Login: mjones / forgot it, call me",                       # no secret after the slash
    "Username: mjones / Email: mjones@example.org",              # a second field
    "wget https://username:password@example.org/a/b.html",      # inside a URL
    "Login: http://www.example.org/cgi-bin/login.cgi",           # a URL, not a name
    "ref gb87 barc 2003 5344 5518 91",                           # lower case, no IBAN word
    "Our EIN 521693387 is all you need, no SSN",                 # employer id near 'SSN'
]
# fmt: on


@pytest.mark.parametrize(("text", "entity", "value"), POSITIVES)
def test_positive(rules: RuleEngine, text: str, entity: str, value: str) -> None:
    assert (entity, value) in spans(rules.scan_text(text), text)


@pytest.mark.parametrize("text", DECOYS)
def test_decoy(rules: RuleEngine, text: str) -> None:
    assert spans(rules.scan_text(text), text) == []


def test_context_raises_and_negative_context_lowers_the_score(rules: RuleEngine) -> None:
    [bare] = rules.scan_text("536-22-1906")
    [with_context] = rules.scan_text("SSN 536-22-1906")
    assert with_context.score > bare.score >= 0.5
    assert rules.scan_text("order 536-22-1906") == []


def test_card_inside_an_iban_is_reported_once_as_the_iban(rules: RuleEngine) -> None:
    text = "IBAN IT58 4006 4722 7596 7377 6956 069"
    assert [h.entity for h in rules.scan_text(text)] == ["IBAN_CODE"]


def test_private_key_block_covers_the_block(rules: RuleEngine) -> None:
    block = (
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7x9Xb2Yv0\n-----END RSA PRIVATE KEY-----"
    )
    text = f"Here is the deploy key:\n{block}\nthanks"
    assert spans(rules.scan_text(text), text) == [("PRIVATE_KEY", block)]


def test_hits_carry_offsets_category_and_rule(rules: RuleEngine) -> None:
    text = "x SSN 536-22-1906 y"
    [hit] = rules.scan_text(text)
    assert (hit.start, hit.end, hit.category, hit.rule) == (
        6,
        17,
        "government_id",
        "us-ssn-formatted",
    )
