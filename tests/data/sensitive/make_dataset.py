"""Generate the labelled sensitive-data evaluation set (``eval.jsonl``), deterministically.

Every text is synthetic: nonprofit newsletters, donor receipts, case-worker notes, appeals
and event notices written from templates, with generated identifiers (valid checksums for
positives, near-misses for decoys) and invented names. Run from the repository root:

    .venv/bin/python tests/data/sensitive/make_dataset.py

Each line: ``{"id", "kind", "text", "labels": [{"entity", "start", "end"}]}``. ``kind`` is
``positive``, ``decoy`` (identifier-shaped but not sensitive) or ``topical`` (special-category
words used as topic). Labels are exact character spans of the sensitive value.
"""

from __future__ import annotations

import json
import random
import string
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

OUT = Path(__file__).resolve().parent / "eval.jsonl"
HARD_OUT = Path(__file__).resolve().parent / "hard.jsonl"
HARD_2_OUT = Path(__file__).resolve().parent / "hard-2.jsonl"
HARD_MULTILINGUAL_OUT = Path(__file__).resolve().parent / "hard-multilingual.jsonl"
SEED = 20261125

FIRST = ["Maria", "James", "Aisha", "Tom", "Lucia", "Kwame", "Priya", "Daniel", "Hannah",
         "Jorge", "Mei", "Samuel", "Fatima", "Grace", "Omar", "Elena", "Marcus", "Rosa",
         "Tyler", "Nadia", "Carlos", "Beth", "Andre", "Yuki", "Ruth"]  # fmt: skip
LAST = ["Garcia", "Okafor", "Nguyen", "Patel", "Smith", "Rossi", "Haddad", "Kowalski",
        "Johnson", "Alvarez", "Chen", "Brooks", "Mensah", "Fischer", "Lopez"]  # fmt: skip
ORGS = ["Riverside Food Bank", "Hope Harbor Shelter", "Northside Literacy Project",
        "Green Valley Animal Rescue", "Eastside Youth Alliance", "Lakeshore Arts Council",
        "Cedar County Hospice", "Unity Refugee Services"]  # fmt: skip

# Filler: realistic non-sensitive paragraphs, full of numbers that are not identifiers.
FILLER: list[Callable[[random.Random], str]] = [
    lambda r: (
        f"Thank you for your gift of ${r.randint(10, 900)}.{r.randint(0, 99):02d} on "
        f"{r.choice(['March', 'April', 'May', 'June'])} {r.randint(1, 28)}, 2025. "
        f"{r.choice(ORGS)} is a 501(c)(3) organization, EIN {r.randint(10, 99)}-"
        f"{r.randint(1000000, 9999999)}. No goods or services were provided in exchange."
    ),
    lambda r: (
        f"Questions? Call us at ({r.randint(200, 989)}) {r.randint(200, 999)}-"
        f"{r.randint(1000, 9999)} or visit us at {r.randint(10, 9999)} Main Street, Springfield, "
        f"IL {r.randint(60000, 62999)}-{r.randint(1000, 9999)}."
    ),
    lambda r: (
        f"Your donation receipt number is {r.randint(2024, 2025)}-{r.randint(100000, 999999)}"
        f" and your donor ID is {r.randint(1000000, 99999999)}."
    ),
    lambda r: (
        "Our spring gala is on 04/"
        f"{r.randint(10, 28)}/2025 at 6:30 pm. Tickets are $75; tables of 8 are $550."
    ),
    lambda r: (
        f"Your order #{r.randint(100000000, 999999999)} of {r.randint(2, 9)} raffle tickets "
        f"has shipped. Tracking number: 1Z{r.randint(100, 999)}AA1{r.randint(10**9, 10**10 - 1)}."
    ),
    lambda r: (
        f"This year volunteers packed {r.randint(1000, 90000):,} meals and served "
        f"{r.randint(100, 5000):,} families across {r.randint(3, 40)} neighborhoods."
    ),
    lambda r: (
        f"Reply STOP to unsubscribe. Reference {r.randint(10**11, 10**12 - 1)}. "
        f"Sent {r.randint(1, 12)}/{r.randint(1, 28)}/2025 "
        f"{r.randint(1, 12)}:{r.randint(10, 59)} am."
    ),
    lambda r: (
        "Join our volunteer orientation webinar (meeting ID "
        f"{r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)})."
    ),
]


def luhn_complete(prefix: str) -> str:
    """``prefix`` plus the Luhn check digit."""
    total = 0
    for i, ch in enumerate(reversed(prefix)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return prefix + str((10 - total % 10) % 10)


def card(r: random.Random) -> str:
    issuer, length = r.choice([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("2720", 16),
                               ("2367", 16), ("34", 15), ("37", 15), ("6011", 16), ("65", 16),
                               ("36", 14), ("3528", 16), ("3589", 16), ("62", 16), ("6759", 16),
                               ("4", 19), ("62", 19)])  # fmt: skip
    body = issuer + "".join(r.choice(string.digits) for _ in range(length - len(issuer) - 1))
    return luhn_complete(body)


def bad_luhn_card(r: random.Random) -> str:
    good = card(r)
    return good[:-1] + str((int(good[-1]) + r.randint(1, 9)) % 10)


def group_card(number: str, r: random.Random) -> str:
    sep = r.choice([" ", "-", ""])
    if not sep:
        return number
    if len(number) == 15:
        return sep.join((number[:4], number[4:10], number[10:]))
    if len(number) == 14:
        return sep.join((number[:4], number[4:10], number[10:]))
    return sep.join(number[i : i + 4] for i in range(0, len(number), 4))


def ssn(r: random.Random) -> str:
    while True:
        area = r.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def bad_ssn(r: random.Random) -> str:
    return r.choice([f"000-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
                     f"666-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
                     f"9{r.randint(0, 4)}{r.randint(0, 9)}-"
                     f"{r.randint(10, 49)}-{r.randint(1000, 9999)}",
                     f"{r.randint(100, 599)}-00-{r.randint(1000, 9999)}",
                     f"{r.randint(100, 599)}-{r.randint(10, 99)}-0000"])  # fmt: skip


def itin(r: random.Random) -> str:
    group = r.choice([*range(70, 89), *range(90, 93), *range(94, 100)])
    return f"9{r.randint(0, 99):02d}-{group}-{r.randint(1000, 9999)}"


def aba(r: random.Random) -> str:
    while True:
        prefix = r.choice([*range(1, 13), *range(21, 33), *range(61, 73)])
        body = f"{prefix:02d}" + "".join(r.choice(string.digits) for _ in range(6))
        w = (3, 7, 1, 3, 7, 1, 3, 7)
        check = (10 - sum(a * int(b) for a, b in zip(w, body, strict=True)) % 10) % 10
        number = body + str(check)
        if len(set(number)) > 1:
            return number


def iban(r: random.Random) -> str:
    countries = [("DE", 22), ("GB", 22), ("FR", 27), ("NL", 18), ("ES", 24),
                 ("IT", 27), ("BE", 16), ("IE", 22), ("CH", 21), ("PL", 28)]  # fmt: skip
    country, length = r.choice(countries)
    if country in ("GB", "NL", "IE"):
        bban = "".join(r.choice(string.ascii_uppercase) for _ in range(4))
        bban += "".join(r.choice(string.digits) for _ in range(length - 8))
    else:
        bban = "".join(r.choice(string.digits) for _ in range(length - 4))
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(numeric) % 97
    value = f"{country}{check:02d}{bban}"
    if r.random() < 0.5:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def name(r: random.Random) -> str:
    return r.choice(FIRST)


def full_name(r: random.Random) -> str:
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def secret(r: random.Random) -> str:
    word = r.choice(["Sunflower", "Maple", "Harbor", "Blue", "River", "Tiger", "Cobalt"])
    return word + r.choice(["#", "!", "$", "_", ""]) + str(r.randint(10, 9999))


# Positive templates: (entity, template). "{v}" is the labelled value.
Positive = tuple[str, str, Callable[[random.Random], str]]
STRUCTURED: list[Positive] = [
    (
        "CREDIT_CARD",
        "Please charge my card {v} for the $50 monthly pledge. Exp 09/27.",
        lambda r: group_card(card(r), r),
    ),
    (
        "CREDIT_CARD",
        "Card number: {v}\nExpiration: 11/26\nName on card: {name}",
        lambda r: group_card(card(r), r),
    ),
    (
        "CREDIT_CARD",
        "{name} called to renew her membership and gave the number {v} over the phone.",
        lambda r: group_card(card(r), r),
    ),
    ("CREDIT_CARD", "Auction winner {name}: paid with {v}, amount $340.", lambda r: card(r)),
    (
        "CREDIT_CARD_LAST_DIGITS",
        "Your recurring gift of $25 will be charged to the Visa ending in {v} on the "
        "1st of each month.",
        lambda r: str(r.randint(1000, 9999)),
    ),
    ("US_SSN", "For the stipend paperwork, my SSN is {v}. Thanks!", ssn),
    (
        "US_SSN",
        "Client intake - {name}. Social Security Number: {v}. Housing status: unstable.",
        ssn,
    ),
    ("US_SSN", "Volunteer background check form: {name}, SSN {v}, DOB 04/12/1988.", ssn),
    (
        "US_SSN",
        "Case note: verified identity, SS# {v}, referred to benefits counselor.",
        lambda r: ssn(r).replace("-", ""),
    ),
    (
        "US_SSN",
        "Please confirm the last 4 of your SSN: {v} before we issue the refund.",
        lambda r: f"{r.randint(1000, 9999)}",
    ),
    (
        "US_SSN",
        "{name} attached a W-9 with social security number {v}.",
        lambda r: ssn(r).replace("-", " "),
    ),
    ("US_ITIN", "Scholarship applicant {name} provided ITIN {v} instead of an SSN.", itin),
    ("ABA_ROUTING_NUMBER", "Direct deposit for stipends: routing number {v}.", aba),
    ("ABA_ROUTING_NUMBER", "To set up ACH donations, our bank's ABA is {v}.", aba),
    (
        "US_BANK_NUMBER",
        "Please deposit my reimbursement into checking account number {v}.",
        lambda r: str(r.randint(10**7, 10**12)),
    ),
    (
        "IBAN_CODE",
        "For the international grant, please wire the funds to IBAN {v} (BIC DEUTDEFF).",
        iban,
    ),
    ("IBAN_CODE", "Partner bank details — account holder {name}, IBAN: {v}.", iban),
    (
        "US_PASSPORT",
        "Travel roster for the service trip: {name}, passport number {v}.",
        lambda r: str(r.randint(100000000, 999999999)),
    ),
    (
        "US_DRIVER_LICENSE",
        "Van driver sign-up: {name}, driver's license # {v}, state IL.",
        lambda r: (
            f"{r.choice('ABDGKMS')}{r.randint(100, 999)}-{r.randint(1000, 9999)}-"
            f"{r.randint(1000, 9999)}"
        ),
    ),
    (
        "PASSWORD",
        "Hi {name}, the new login for the donor database — username: volunteer2, password: {v}",
        secret,
    ),
    ("PASSWORD", "The shared drive password is {v} until we rotate it next month.", secret),
    (
        "PIN",
        "Your debit card PIN is {v}. Please memorize it and delete this email.",
        lambda r: str(r.randint(1000, 9999)),
    ),
    (
        "CVV",
        "Card on file for the gala table: exp 08/27, CVV {v}.",
        lambda r: str(r.randint(100, 999)),
    ),
    (
        "ACCESS_CODE",
        "Your online banking access code: {v}",
        lambda r: str(r.randint(100000, 999999)),
    ),
    (
        "API_KEY",
        "Here is the key for the mailing integration: {v}",
        lambda r: (
            "AKIA" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(16))
        ),
    ),  # fmt: skip
    (
        "CREDIT_SCORE",
        "Housing application note: {name}'s credit score is {v} after the medical debt.",
        lambda r: str(r.randint(480, 700)),
    ),
]

# Decoys: identifier-shaped, not sensitive. No labels.
DECOYS: list[Callable[[random.Random], str]] = [
    lambda r: f"Card number: {group_card(bad_luhn_card(r), r)} (declined, invalid number).",
    lambda r: f"Your order number is {r.randint(10**15, 10**16 - 1)}; keep it for returns.",
    lambda r: (
        f"Track your t-shirt: USPS 9400 1{r.randint(100, 999)} {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}."
    ),
    lambda r: f"FedEx tracking {r.randint(10**11, 10**12 - 1)} — delivery expected Friday.",
    lambda r: f"SSN: {bad_ssn(r)} (this is the sample from the training slide, not real).",
    lambda r: (
        f"Call the hotline at {r.randint(200, 989)}-{r.randint(200, 999)}-"
        f"{r.randint(1000, 9999)} or text {r.randint(10000, 99999)}."
    ),
    lambda r: (
        f"Event dates: {r.randint(1, 12):02d}/{r.randint(1, 28):02d}/2025 through "
        f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/2025."
    ),
    lambda r: f"Member ID {r.randint(100000000, 999999999)} — please bring it to the pantry.",
    lambda r: f"Invoice {r.randint(100000000, 999999999)} for catering is attached.",
    lambda r: (
        f"Mail your check to PO Box {r.randint(100, 9999)}, Springfield IL "
        f"{r.randint(60000, 62999)}-{r.randint(1000, 9999)}."
    ),
    lambda r: (
        "Forgot your password? Reset it at https://example.org/reset — the link "
        "expires in 24 hours."
    ),
    lambda r: "Please pin the volunteer schedule to the break-room board.",
    lambda r: (
        f"ISBN 978-{r.randint(0, 1)}-{r.randint(100, 999)}-{r.randint(10000, 99999)}-"
        f"{r.randint(0, 9)} is the book club pick for May."
    ),
    lambda r: (
        f"Our grant reference is {r.choice(['GB', 'DE', 'FR'])}{r.randint(10, 99)} "
        f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} (internal code, not a bank account)."
    ),
    lambda r: (
        f"Conference call: dial {r.randint(200, 989)} {r.randint(200, 999)} "
        f"{r.randint(1000, 9999)}, then enter meeting {r.randint(100000000, 999999999)}#."
    ),
    lambda r: f"Routing slip {r.randint(100, 999)}: forward to the finance committee.",
    lambda r: "Your password must be at least 12 characters long.",
    lambda r: (
        f"Employer Identification Number (EIN): {r.randint(10, 99)}-{r.randint(1000000, 9999999)}."
    ),
]

# Special categories: (category, template with {v} = the labelled term, terms).
SPECIAL: list[tuple[str, str, list[str]]] = [
    (
        "health",
        "{name} was diagnosed with {v} in March and starts treatment next week.",
        ["type 2 diabetes", "breast cancer", "leukemia", "multiple sclerosis", "lymphoma"],
    ),
    (
        "health",
        "Your {v} test came back positive; the clinic will call you Monday.",
        ["HIV", "hepatitis C", "tuberculosis"],
    ),
    (
        "health",
        "Case note: client has been struggling with {v} since losing his job.",
        ["depression", "anxiety", "opioid use disorder", "PTSD", "alcoholism"],
    ),
    (
        "health",
        "Please excuse {name} from Saturday's shift — she is recovering from {v}.",
        ["a stroke", "pneumonia", "a heart attack", "surgery"],
    ),
    (
        "health",
        "{name} is taking {v} twice a day and needs a refill before the trip.",
        ["metformin", "insulin", "sertraline", "methadone"],
    ),
    (
        "health",
        "My daughter has {v}, so she will need a quiet space at the camp.",
        ["autism", "epilepsy", "ADHD", "asthma"],
    ),
    (
        "genetic",
        "Member ID {num} — genotype {v} positive, referred to genetic counseling.",
        ["BRCA1", "BRCA2", "APOE4"],
    ),
    (
        "genetic",
        "{name}'s DNA test shows she carries the {v}.",
        ["BRCA mutation", "sickle cell trait", "CFTR mutation"],
    ),
    (
        "biometric",
        "Attached is {name}'s {v} for the background check.",
        ["fingerprint scan", "fingerprints", "iris scan"],
    ),
    (
        "racial_ethnic_origin",
        "{name} identifies as {v} on her intake form.",
        ["Hispanic", "African American", "Native American", "Hmong", "biracial"],
    ),
    (
        "racial_ethnic_origin",
        "The applicant, {name}, is of {v} descent and asked for an interpreter.",
        ["Somali", "Guatemalan", "Vietnamese", "Haitian"],
    ),
    (
        "political_opinion",
        "{name} is a registered {v} and volunteers for the county party.",
        ["Republican", "Democrat", "Libertarian"],
    ),
    (
        "political_opinion",
        "Donor note: he is a lifelong {v}, avoid sending the rally invite.",
        ["conservative", "socialist", "progressive"],
    ),
    (
        "religious_belief",
        "{name} is a practicing {v} and asked for meals without pork.",
        ["Muslim", "Jew", "Seventh-day Adventist"],
    ),
    (
        "religious_belief",
        "Housing note: the tenant converted to {v} last year and observes the Sabbath.",
        ["Judaism", "Catholic", "Mormon"],
    ),
    (
        "trade_union_membership",
        "{name} joined {v} in 2019 and is a shop steward at the plant.",
        ["the Teamsters", "SEIU", "AFSCME", "UAW"],
    ),
    (
        "sexual_orientation",
        "{name} came out as {v} to his parents last month.",
        ["gay", "bisexual", "queer"],
    ),
    (
        "sexual_orientation",
        "Counselor note: the youth disclosed that she is {v}.",
        ["lesbian", "bisexual", "asexual"],
    ),
    (
        "criminal_history",
        "He served {num2} years for {v} and was released in 2021.",
        ["burglary", "armed robbery", "drug possession", "assault"],
    ),
    (
        "criminal_history",
        "Reentry intake: {name} was convicted of {v} in 2018 and is on parole.",
        ["felony theft", "DUI", "fraud", "manslaughter"],
    ),
    (
        "health",
        "Update from the family: {name}'s {v} has spread and she has moved to hospice.",
        ["cancer", "lung cancer", "melanoma"],
    ),
    (
        "health",
        "I can't make the board meeting, my doctor confirmed I have {v}.",
        ["long COVID", "Lyme disease", "bronchitis", "hypertension"],
    ),
    (
        "health",
        "Note for the driver: {name} uses a wheelchair because of {v}.",
        ["cerebral palsy", "multiple sclerosis", "a spinal cord injury"],
    ),
    (
        "genetic",
        "The lab report for client #{num} lists a {v} (heterozygous).",
        ["BRCA2 mutation", "factor V Leiden", "MTHFR variant"],
    ),
    (
        "biometric",
        "We stored {name}'s {v} in the volunteer badge system.",
        ["face template", "voiceprint", "palm print"],
    ),
    (
        "racial_ethnic_origin",
        "Intake form — ethnicity: {v}. Preferred language: Spanish.",
        ["Latino", "Mexican-American", "Puerto Rican"],
    ),
    (
        "political_opinion",
        "Please note {name} told us she votes {v} in every election.",
        ["Republican", "Democrat", "Green Party"],
    ),
    (
        "religious_belief",
        "{name} asked to leave early on Fridays because he is {v} and attends prayers.",
        ["Muslim", "a devout Muslim", "Sikh"],
    ),
    (
        "trade_union_membership",
        "Member profile: {name}, nurse, {v} since 2015.",
        ["union member", "member of the nurses union", "SEIU member"],
    ),
    (
        "sexual_orientation",
        "{name} and her same-sex partner adopted a dog from us; she is openly {v}.",
        ["lesbian", "bisexual", "queer"],
    ),
    (
        "criminal_history",
        "Background check result for {name}: prior {v} conviction in 2016.",
        ["burglary", "assault", "shoplifting"],
    ),
]

# Personal statements in reported speech ("said", "told me"), with a direct reference to the
# sender, the recipient or their client: still disclosures. Added with NEWS (dev cases for the
# reporting cue; written for this set, not taken from hard.jsonl or the corpus).
REPORTED_PERSONAL: list[tuple[str, str, list[str]]] = [
    (
        "health",
        "Case note: our client said she was diagnosed with {v} last month and needs a referral.",
        ["HIV", "hepatitis C", "breast cancer", "depression"],
    ),
    (
        "criminal_history",
        "My brother told me he was arrested for {v} again, so he cannot drive the van.",
        ["DUI", "shoplifting", "assault"],
    ),
    (
        "health",
        "You said your son has {v}; we will brief the camp staff before Saturday.",
        ["epilepsy", "asthma", "autism", "diabetes"],
    ),
    (
        "religious_belief",
        "As you told us on the phone, you are a practicing {v} and would like a chaplain visit.",
        ["Catholic", "Muslim", "Buddhist"],
    ),
]

# News about named third parties: a politician's party, a celebrity's illness, a convict's
# sentence. Not what the policy forbids a sender to disclose. Kind "topical" (no label).
NEWS = [
    "Senator Dana Whitfield, a Republican, said Tuesday she would oppose the bill, according "
    "to a statement from her office.",
    "The governor was hospitalized with pneumonia last week, his spokesman told reporters.",
    "According to court records, the former mayor served four years in prison for fraud.",
    "Pop star Jaylen Cruz said in an interview that he was diagnosed with bipolar disorder in "
    "his twenties.",
    "The actor, who is Catholic, told the newspaper that his faith helped him through rehab.",
    "Prosecutors said the suspect was convicted of armed robbery in 2009 and was on parole.",
    "The prime minister's wife has breast cancer, the palace announced in a statement.",
    "In a column this week, the commentator wrote that he is a lifelong conservative.",
    "Reuters reported that the chairman was arrested for drunk driving, according to police.",
    "The singer came out as gay in a 2019 magazine interview, the article notes.",
]

TOPICAL = [
    "Join our 5K walk to end breast cancer this October — every mile funds research.",
    "Diabetes affects more than 37 million Americans; learn the warning signs at our free "
    "screening day.",
    "Our support groups help people living with HIV find housing and care.",
    "Thanks to you, 300 patients received free flu shots and diabetes screenings this year.",
    "May is Mental Health Awareness Month. Depression and anxiety are treatable.",
    "The Alzheimer's walk raised $48,000 for research into dementia.",
    "Naloxone training for volunteers is on Tuesday at the community center.",
    "Our genetic testing seminar explains what BRCA means for families.",
    "Celebrate Hispanic Heritage Month with music, food and community events!",
    "Our nonpartisan voter guide covers Democrats and Republicans alike.",
    "Candidates from both parties — Republican, Democrat and Libertarian — will debate on "
    "Thursday.",
    "Our interfaith breakfast welcomes Christian, Jewish and Muslim neighbors.",
    "The food pantry is hosted by St. Mark's Catholic Church every Saturday.",
    "Labor unions helped win the weekend for working people; read our history series.",
    "Our LGBTQ+ youth program celebrates Pride Month with gay and lesbian elders.",
    "Our reentry program helps formerly incarcerated people find jobs after prison.",
    "Criminal justice reform advocates will discuss parole and probation policy.",
    "Burglary rates in the county fell 12% last year, according to the sheriff.",
    "Our office uses fingerprint scanners at the front door for staff access.",
    "Native American Heritage Month: join a talk on Indigenous land stewardship.",
    "Cancer survivors and their families are invited to our spring picnic.",
    "The Muslim Students Association will co-host the iftar dinner for the community.",
    "Researchers presented new findings on autism and early intervention services.",
    "Free HIV testing is available at the clinic every Wednesday.",
    "Stroke prevention workshop: learn how blood pressure affects stroke risk.",
    "We partner with the nurses union and SEIU to advocate for safe staffing.",
    "Many veterans struggle with PTSD; our peer programs offer support.",
    "Black History Month events begin February 1 at the library.",
    "The Catholic Charities gala is on Friday; tickets are $75.",
    "Conservative and progressive donors alike support our literacy work.",
]


@dataclass(frozen=True)
class Style:
    """How a text around its core sentence is written: greeting, filler and sign-off."""

    greeting: str  # "{}": a first name
    names: list[str]
    filler: list[Callable[[random.Random], str]]
    sign_off: str  # "{}": an organisation
    orgs: list[str]


ENGLISH = Style("Dear {},", FIRST, FILLER, "Warmly,\n{}", ORGS)


@dataclass(frozen=True)
class Language:
    """Synthetic mail in another EU language: its own names, filler and letter style, the
    special-category templates ({f}/{m}: a woman's/man's first name) and topical sentences."""

    style: Style
    women: list[str]
    men: list[str]
    special: list[tuple[str, str, list[str]]]
    topical: list[str]


def _language(
    greeting: str,
    women: list[str],
    men: list[str],
    filler: list[Callable[[random.Random], str]],
    sign_off: str,
    orgs: list[str],
    special: list[tuple[str, str, list[str]]],
    topical: list[str],
) -> Language:
    return Language(Style(greeting, women + men, filler, sign_off, orgs), women, men, special,
                    topical)  # fmt: skip


def _euros(r: random.Random) -> int:
    return r.randint(10, 500)


# Other EU languages (added with their lexicons, as dev data): the English special-category
# templates and topical sentences written again in each language, as a writer of that
# language would put them, so that a language's rate can be set beside English on the same
# content. Some templates are typed without accents or umlauts, as mail often is. None copies
# a case of hard-multilingual.jsonl.
LANGUAGES: dict[str, Language] = {
    "es": _language(
        "Hola, {}:",
        ["Marta", "Rocío", "Elena", "Nuria", "Inés"],
        ["Diego", "Andrés", "Álvaro", "Sergio", "Raúl"],
        [
            lambda r: f"Gracias por tu donativo de {_euros(r)} € del {r.randint(1, 28)} de marzo "
            "de 2025. Puedes desgravarte hasta el 80 % de los primeros 250 €.",
            lambda r: f"¿Tienes dudas? Llámanos al 91 {r.randint(100, 999)} {r.randint(10, 99)} "
            f"{r.randint(10, 99)} o ven a la calle Mayor, {r.randint(1, 120)}, 28013 Madrid.",
            lambda r: f"Este año el voluntariado repartió {r.randint(1000, 9000)} lotes de comida "
            f"a {r.randint(100, 900)} familias de {r.randint(3, 20)} barrios.",
        ],
        "Un abrazo,\n{}",
        ["Banco de Alimentos del Sur", "Asociación Vecinal Las Flores", "Fundación Ribera"],
        [
            ("health", "{f} fue diagnosticada de {v} en marzo y empieza el tratamiento la semana "
             "que viene.", ["diabetes tipo 2", "cáncer de mama", "leucemia", "esclerosis múltiple",
                            "linfoma"]),
            ("health", "Tu prueba de {v} ha dado positivo; la clínica te llamará el lunes.",
             ["VIH", "hepatitis C", "tuberculosis"]),
            ("health", "Nota del caso: el cliente sufre {v} desde que perdió el trabajo.",
             ["depresión", "ansiedad", "alcoholismo", "trastorno de estrés postraumático"]),
            ("health", "Disculpad a {f} del turno del sábado: se está recuperando de {v}.",
             ["un ictus", "una neumonía", "un infarto", "una operación"]),
            ("health", "{m} toma {v} dos veces al día y necesita la receta antes del viaje.",
             ["metformina", "insulina", "sertralina", "metadona"]),
            ("health", "Mi hija tiene {v}, así que necesitará un espacio tranquilo en el "
             "campamento.", ["autismo", "epilepsia", "TDAH", "asma"]),
            ("health", "Mi madre es {v} desde hace años; avisad al catering de la comida.",
             ["diabética", "celíaca", "hipertensa"]),
            ("health", "Os aviso de que {f} está {v} y sale de cuentas en junio.", ["embarazada"]),
            ("health", "Aviso para el conductor: {m} va en silla de ruedas por {v}.",
             ["una paralisis cerebral", "esclerosis multiple", "una lesion medular"]),
            ("genetic", "Socio n.º {num}: genotipo {v} positivo, derivado a consejo genético.",
             ["BRCA1", "BRCA2", "APOE4"]),
            ("genetic", "El informe del laboratorio sobre el cliente n.º {num} recoge una {v} "
             "(heterocigota).", ["mutación BRCA2", "mutación del factor V Leiden",
                                 "variante MTHFR"]),
            ("biometric", "Adjuntamos {v} de {f} para la comprobación de antecedentes.",
             ["las huellas dactilares", "el escaneo del iris"]),
            ("racial_ethnic_origin", "{f} se identifica como {v} en el formulario de "
             "inscripción.", ["gitana", "afrodescendiente", "indígena"]),
            ("political_opinion", "{m} es {v} de toda la vida; no le mandes la invitación al "
             "mitin.", ["socialista", "conservador", "comunista"]),
            ("political_opinion", "Nota del donante: {m} está afiliado al {v} y hace campaña en "
             "cada elección.", ["Partido Popular", "PSOE", "Partido Comunista"]),
            ("religious_belief", "Nota de vivienda: la inquilina se convirtió al {v} el año "
             "pasado.", ["judaísmo", "islam", "catolicismo"]),
            ("religious_belief", "{m} pidió salir antes los viernes porque es {v} y va a la "
             "oración.", ["musulmán", "sij"]),
            ("trade_union_membership", "Ficha de socia: {f}, enfermera, {v} desde 2015.",
             ["afiliada a SATSE", "afiliada a CCOO", "miembro del sindicato de enfermería"]),
            ("sexual_orientation", "{m} salió del armario como {v} ante sus padres el mes "
             "pasado.", ["gay", "bisexual"]),
            ("sexual_orientation", "Nota de la orientadora: la joven nos contó que es {v}.",
             ["lesbiana", "bisexual", "asexual"]),
            ("criminal_history", "Comprobación de antecedentes de {m}: condena previa por {v} en "
             "2016.", ["hurto", "agresión", "robo"]),
            ("criminal_history", "Entrevista de reinserción: {m} tiene antecedentes por {v} de "
             "2018 y sigue en libertad condicional.", ["tráfico de drogas", "estafa",
                                                       "conducir ebrio"]),
        ],
        [
            "Este octubre, cada kilómetro de nuestra marcha solidaria financia la investigación "
            "del cáncer de mama.",
            "La diabetes afecta a millones de personas; conoce las señales de alarma en nuestra "
            "jornada de cribado gratuita.",
            "Nuestros grupos de apoyo ayudan a las personas que viven con VIH a encontrar "
            "vivienda y atención.",
            "Mayo es el mes de la salud mental. La depresión y la ansiedad tienen tratamiento.",
            "La marcha por el alzhéimer recaudó 48.000 euros para investigar la demencia.",
            "Nuestro seminario sobre pruebas genéticas explica qué significa BRCA para las "
            "familias.",
            "Nuestra guía electoral imparcial presenta a socialistas y conservadores por igual.",
            "Nuestro desayuno interreligioso da la bienvenida a vecinos cristianos, judíos y "
            "musulmanes.",
            "El banco de alimentos lo acoge la parroquia católica de San Marcos cada sábado.",
            "Los sindicatos conquistaron el fin de semana para los trabajadores; lee nuestra "
            "serie de historia.",
            "Nuestro programa juvenil LGTBI celebra el Orgullo con mayores gais y lesbianas.",
            "Nuestro programa de reinserción ayuda a personas que han salido de prisión a "
            "encontrar empleo.",
            "Los robos en la provincia bajaron un 12 % el año pasado, según la Guardia Civil.",
            "Nuestra oficina usa lectores de huellas dactilares en la puerta para el personal.",
            "Las personas que han superado un cáncer y sus familias están invitadas a nuestro "
            "picnic de primavera.",
            "La asociación de estudiantes musulmanes organiza la cena de ruptura del ayuno para "
            "todo el barrio.",
            "Hay pruebas gratuitas de VIH en la clínica todos los miércoles.",
            "Taller de prevención del ictus: aprende cómo la tensión arterial afecta al riesgo.",
            "La senadora, militante socialista, dijo el martes que votará en contra de la ley, "
            "según un comunicado.",
            "El ministro fue hospitalizado con neumonía la semana pasada, informó su portavoz a "
            "los periodistas.",
        ],
    ),
    "fr": _language(
        "Bonjour {},",
        ["Camille", "Chloé", "Inès", "Manon", "Élodie"],
        ["Théo", "Julien", "Mathis", "Hugo", "Yanis"],
        [
            lambda r: f"Merci pour votre don de {_euros(r)} € du {r.randint(1, 28)} mars 2025 : "
            "il vous donne droit à une réduction d'impôt de 66 %.",
            lambda r: f"Des questions ? Appelez-nous au 04 {r.randint(10, 99)} "
            f"{r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} ou passez au "
            f"{r.randint(1, 120)} rue de la République, 69002 Lyon.",
            lambda r: f"Cette année, nos bénévoles ont distribué {r.randint(1000, 9000)} repas à "
            f"{r.randint(100, 900)} familles dans {r.randint(3, 20)} quartiers.",
        ],
        "Bien à vous,\n{}",
        ["Banque alimentaire du Rhône", "Association Les Amis du Quartier", "Secours Solidaire"],
        [
            ("health", "On a diagnostiqué {v} à {f} en mars ; elle commence son traitement la "
             "semaine prochaine.", ["un diabète de type 2", "un cancer du sein", "une leucémie",
                                    "une sclérose en plaques", "un lymphome"]),
            ("health", "Votre test {v} est revenu positif ; le centre vous appellera lundi.",
             ["VIH", "de l'hépatite C", "de la tuberculose"]),
            ("health", "Note de suivi : le bénéficiaire souffre de {v} depuis la perte de son "
             "emploi.", ["dépression", "troubles anxieux", "alcoolisme",
                         "stress post-traumatique"]),
            ("health", "Merci d'excuser {f} pour la permanence de samedi : elle se remet {v}.",
             ["d'un AVC", "d'une pneumonie", "d'un infarctus", "d'une opération"]),
            ("health", "{m} prend {v} deux fois par jour et doit renouveler son ordonnance avant "
             "le séjour.", ["de la metformine", "de l'insuline", "de la sertraline",
                            "de la méthadone"]),
            ("health", "Ma fille est {v}, elle aura besoin d'un espace calme pendant la colonie.",
             ["autiste", "épileptique", "asthmatique", "diabétique"]),
            ("health", "Mon père a {v}, il faudra un accompagnateur pour la sortie.",
             ["la maladie de Parkinson", "Alzheimer", "une insuffisance cardiaque"]),
            ("health", "Je vous informe que {f} est {v} et accouchera en juin.", ["enceinte"]),
            ("health", "Note pour le chauffeur : {m} est en fauteuil roulant a cause d'une {v}.",
             ["paralysie cerebrale", "sclerose en plaques", "lesion de la moelle epiniere"]),
            ("genetic", "Adhérent n° {num} : génotype {v} positif, orienté vers une consultation "
             "de génétique.", ["BRCA1", "BRCA2", "APOE4"]),
            ("genetic", "Le compte rendu du laboratoire pour le bénéficiaire n° {num} indique une "
             "{v} (hétérozygote).", ["mutation BRCA2", "mutation du facteur V Leiden",
                                     "variante MTHFR"]),
            ("biometric", "Vous trouverez ci-joint {v} de {f} pour la vérification des "
             "antécédents.", ["les empreintes digitales", "le scan de l'iris"]),
            ("racial_ethnic_origin", "{f} est d'origine {v} et a demandé un interprète.",
             ["maghrébine", "rom", "kabyle", "tamoule"]),
            ("political_opinion", "{m} est un {v} convaincu, évitez de lui envoyer l'invitation "
             "au meeting.", ["socialiste", "communiste", "conservateur"]),
            ("political_opinion", "Note donateur : {m} est adhérent {v} et fait campagne à "
             "chaque élection.", ["au Parti socialiste", "aux Républicains",
                                  "à La France insoumise"]),
            ("religious_belief", "Note logement : la locataire s'est convertie {v} l'an "
             "dernier.", ["au judaïsme", "à l'islam", "au catholicisme"]),
            ("religious_belief", "{m} demande à partir plus tôt le vendredi car il est {v} et va "
             "à la prière.", ["musulman", "juif pratiquant"]),
            ("trade_union_membership", "Fiche adhérente : {f}, infirmière, {v} depuis 2015.",
             ["syndiquée à la CFDT", "adhérente de Sud Santé", "membre de FO"]),
            ("sexual_orientation", "{m} a fait son coming out auprès de ses parents : il est {v}.",
             ["gay", "bisexuel", "homosexuel"]),
            ("sexual_orientation", "Note de l'éducatrice : la jeune nous a confié qu'elle est "
             "{v}.", ["lesbienne", "bisexuelle", "asexuelle"]),
            ("criminal_history", "Résultat du contrôle d'antécédents pour {m} : condamnation pour "
             "{v} en 2016.", ["vol", "violences", "escroquerie"]),
            ("criminal_history", "Entretien de réinsertion : {m} a fait {num2} ans de prison pour "
             "{v} et il est en liberté conditionnelle.", ["trafic de stupéfiants", "braquage",
                                                          "conduite en état d'ivresse"]),
        ],
        [
            "Octobre rose : notre marche solidaire finance la recherche sur le cancer du sein.",
            "Le diabète touche des millions de personnes ; venez découvrir les signes d'alerte "
            "lors de notre journée de dépistage gratuit.",
            "Nos groupes de parole aident les personnes vivant avec le VIH à trouver un logement "
            "et des soins.",
            "Mai est le mois de la santé mentale. La dépression et l'anxiété se soignent.",
            "La marche pour Alzheimer a récolté 48 000 € pour la recherche sur la démence.",
            "Notre conférence sur les tests génétiques explique ce que BRCA signifie pour les "
            "familles.",
            "Notre guide électoral non partisan présente aussi bien les socialistes que les "
            "conservateurs.",
            "Notre petit-déjeuner interreligieux accueille nos voisins chrétiens, juifs et "
            "musulmans.",
            "La banque alimentaire est accueillie chaque samedi par la paroisse catholique "
            "Saint-Marc.",
            "Les syndicats ont obtenu le week-end pour les travailleurs : lisez notre série sur "
            "l'histoire sociale.",
            "Notre programme jeunesse LGBT+ fête la Marche des fiertés avec des aînés gays et "
            "lesbiennes.",
            "Notre programme de réinsertion aide les anciens détenus à retrouver un emploi.",
            "Les cambriolages ont baissé de 12 % dans le département l'an dernier, selon la "
            "préfecture.",
            "Nos bureaux utilisent des lecteurs d'empreintes digitales à l'entrée pour le "
            "personnel.",
            "Les personnes ayant survécu à un cancer et leurs familles sont invitées à notre "
            "pique-nique de printemps.",
            "L'association des étudiants musulmans organise le repas de rupture du jeûne pour "
            "tout le quartier.",
            "Dépistage gratuit du VIH au centre de santé tous les mercredis.",
            "Atelier de prévention de l'AVC : comprendre comment la tension artérielle influe "
            "sur le risque.",
            "La sénatrice, socialiste de longue date, a déclaré mardi qu'elle voterait contre le "
            "projet de loi, selon un communiqué.",
            "Le ministre a été hospitalisé pour une pneumonie la semaine dernière, a indiqué son "
            "porte-parole aux journalistes.",
        ],
    ),
    "de": _language(
        "Hallo {},",
        ["Jana", "Lea", "Sabine", "Jülide", "Katrin"],
        ["Lukas", "Jürgen", "Felix", "Emre", "Tobias"],
        [
            lambda r: f"Vielen Dank für Ihre Spende über {_euros(r)} € vom {r.randint(1, 28)}. "
            "März 2025. Sie erhalten im Januar eine Zuwendungsbestätigung für das Finanzamt.",
            lambda r: f"Fragen? Rufen Sie uns an unter 030 {r.randint(1000000, 9999999)} oder "
            f"besuchen Sie uns in der Hauptstraße {r.randint(1, 120)}, 10115 Berlin.",
            lambda r: f"In diesem Jahr haben unsere Ehrenamtlichen {r.randint(1000, 9000)} "
            f"Mahlzeiten an {r.randint(100, 900)} Familien verteilt.",
        ],
        "Herzliche Grüße\n{}",
        ["Tafel Nordstadt e. V.", "Nachbarschaftshilfe Lindenau", "Förderverein Sonnenschein"],
        [
            ("health", "{f} hat im März die Diagnose {v} bekommen und beginnt nächste Woche mit "
             "der Behandlung.", ["Diabetes Typ 2", "Brustkrebs", "Leukämie", "Multiple Sklerose",
                                 "Lymphdrüsenkrebs"]),
            ("health", "Ihr {v}-Test ist positiv ausgefallen; die Praxis ruft Sie am Montag an.",
             ["HIV", "Hepatitis-C", "Tuberkulose"]),
            ("health", "Fallnotiz: Der Klient leidet seit dem Verlust seiner Arbeit an {v}.",
             ["Depressionen", "einer Angststörung", "Alkoholsucht",
              "einer posttraumatischen Belastungsstörung"]),
            ("health", "Bitte entschuldigen Sie {f} für die Schicht am Samstag – sie erholt sich "
             "von {v}.", ["einem Schlaganfall", "einer Lungenentzündung", "einem Herzinfarkt",
                          "einer Operation"]),
            ("health", "{m} nimmt zweimal täglich {v} und braucht vor der Freizeit ein neues "
             "Rezept.", ["Metformin", "Insulin", "Sertralin", "Methadon"]),
            ("health", "Meine Tochter hat {v} und braucht im Ferienlager einen ruhigen Raum.",
             ["Autismus", "Epilepsie", "ADHS", "Asthma"]),
            ("health", "Mein Vater ist {v}; bitte geben Sie das an die Küche weiter.",
             ["zuckerkrank", "herzkrank", "nierenkrank"]),
            ("health", "{f} ist {v} und hat im Juni ihren Geburtstermin.", ["schwanger"]),
            ("health", "Bitte beachten: {m} leidet an {v} und braucht beim Ausflug Begleitung.",
             ["Demenz", "Epilepsie", "Herzschwaeche", "Angstzustaenden"]),
            ("genetic", "Mitglied Nr. {num}: Genotyp {v} positiv, an die genetische Beratung "
             "überwiesen.", ["BRCA1", "BRCA2", "APOE4"]),
            ("genetic", "Der Laborbefund zu Klient Nr. {num} zeigt eine {v} (heterozygot).",
             ["BRCA2-Mutation", "Faktor-V-Leiden-Mutation", "MTHFR-Variante"]),
            ("biometric", "Wir haben {v} von {f} im Zugangssystem für Ehrenamtliche "
             "gespeichert.", ["das biometrische Gesichtsbild", "das Stimmprofil",
                              "den Handabdruck"]),
            ("racial_ethnic_origin", "{f} ist {v} Herkunft und hat um einen Dolmetscher "
             "gebeten.", ["kurdischer", "türkischer", "eritreischer", "syrischer"]),
            ("political_opinion", "{m} ist überzeugter {v}; bitte keine Einladung zur "
             "Kundgebung schicken.", ["Sozialdemokrat", "Kommunist", "Konservativer"]),
            ("political_opinion", "Spendernotiz: {m} ist Mitglied der {v} und macht bei jeder "
             "Wahl Wahlkampf.", ["SPD", "CDU", "Grünen", "Linken"]),
            ("religious_belief", "Wohnungsnotiz: Die Mieterin ist letztes Jahr zum {v} "
             "übergetreten.", ["Judentum", "Islam", "Katholizismus"]),
            ("religious_belief", "{m} möchte freitags früher gehen, weil er {v} ist und zum "
             "Gebet geht.", ["Muslim", "Sikh"]),
            ("trade_union_membership", "Mitgliedsprofil: {f}, Krankenpflegerin, {v} seit 2015.",
             ["Gewerkschaftsmitglied", "Mitglied der GEW", "in der IG Metall organisiert"]),
            ("sexual_orientation", "{m} hat sich letzten Monat bei seinen Eltern als {v} "
             "geoutet.", ["schwul", "bisexuell", "queer"]),
            ("sexual_orientation", "Notiz der Beraterin: Die Jugendliche hat uns erzählt, dass "
             "sie {v} ist.", ["lesbisch", "bisexuell", "asexuell"]),
            ("criminal_history", "Ergebnis des Führungszeugnisses von {m}: Vorstrafe wegen {v} "
             "aus dem Jahr 2016.", ["Diebstahl", "Betrug", "Ladendiebstahl"]),
            ("criminal_history", "Aufnahmegespräch: {m} hat {num2} Jahre wegen {v} im Gefängnis "
             "gesessen und ist auf Bewährung draußen.", ["Raub", "Drogenhandel",
                                                         "Trunkenheit am Steuer"]),
        ],
        [
            "Unser Pink-Ribbon-Aktionstag im Oktober sammelt Spenden für die "
            "Brustkrebsforschung.",
            "Diabetes betrifft Millionen Menschen; beim kostenlosen Gesundheitstag erfahren Sie "
            "die Warnzeichen.",
            "Unsere Selbsthilfegruppen helfen Menschen mit HIV bei der Suche nach Wohnung und "
            "Versorgung.",
            "Der Mai ist Monat der seelischen Gesundheit. Depressionen und Angststörungen sind "
            "behandelbar.",
            "Der Alzheimer-Lauf hat 48.000 € für die Demenzforschung eingebracht.",
            "Unser Seminar zu Gentests erklärt, was BRCA für Familien bedeutet.",
            "Unser überparteilicher Wahlkompass stellt Sozialdemokraten und Konservative "
            "gleichermaßen vor.",
            "Unser interreligiöses Frühstück heißt christliche, jüdische und muslimische "
            "Nachbarn willkommen.",
            "Die Tafel ist jeden Samstag in der katholischen Pfarrei St. Markus zu Gast.",
            "Die Gewerkschaften haben das freie Wochenende erkämpft – lesen Sie unsere "
            "Geschichtsreihe.",
            "Unser queeres Jugendprojekt feiert den CSD mit schwulen und lesbischen Senioren.",
            "Unser Wiedereingliederungsprogramm hilft ehemaligen Strafgefangenen bei der "
            "Jobsuche.",
            "Die Zahl der Einbrüche im Landkreis ist laut Polizei im letzten Jahr um 12 % "
            "gesunken.",
            "Unser Büro nutzt Fingerabdruckscanner an der Eingangstür für die Mitarbeitenden.",
            "Krebsüberlebende und ihre Familien sind zu unserem Frühlingspicknick eingeladen.",
            "Die muslimische Studierendengemeinde lädt die ganze Nachbarschaft zum "
            "Fastenbrechen ein.",
            "Jeden Mittwoch gibt es im Gesundheitsamt kostenlose HIV-Tests.",
            "Workshop zur Schlaganfallvorsorge: So beeinflusst der Blutdruck Ihr Risiko.",
            "Die Senatorin, langjähriges SPD-Mitglied, sagte am Dienstag laut einer Mitteilung, "
            "sie werde gegen das Gesetz stimmen.",
            "Der Minister wurde letzte Woche mit einer Lungenentzündung ins Krankenhaus "
            "eingeliefert, sagte sein Sprecher den Journalisten.",
        ],
    ),
    "it": _language(
        "Ciao {},",
        ["Chiara", "Sara", "Francesca", "Martina"],
        ["Matteo", "Giorgio", "Davide", "Lorenzo"],
        [
            lambda r: f"Grazie per la tua donazione di {_euros(r)} € del {r.randint(1, 28)} marzo "
            "2025, detraibile nella dichiarazione dei redditi.",
            lambda r: f"Domande? Chiamaci allo 02 {r.randint(10000000, 99999999)} o passa in via "
            f"Roma {r.randint(1, 120)}, 20121 Milano.",
            lambda r: f"Quest'anno i volontari hanno distribuito {r.randint(1000, 9000)} pasti a "
            f"{r.randint(100, 900)} famiglie.",
        ],
        "Un caro saluto,\n{}",
        ["Banco Alimentare Navigli", "Associazione Porta Aperta"],
        [
            ("health", "A {f} è stato diagnosticato {v} a marzo e la settimana prossima inizia le "
             "cure.", ["il diabete di tipo 2", "un tumore al seno", "un linfoma",
                       "il morbo di Crohn"]),
            ("health", "Il tuo test {v} è risultato positivo; l'ambulatorio ti chiamerà lunedì.",
             ["HIV", "dell'epatite C", "della tubercolosi"]),
            ("health", "Nota del caso: il signore soffre di {v} da quando ha perso il lavoro.",
             ["depressione", "ansia", "alcolismo"]),
            ("health", "Mia figlia è {v}, avrà bisogno di uno spazio tranquillo al campo estivo.",
             ["autistica", "epilettica", "asmatica", "diabetica"]),
            ("health", "{m} prende {v} due volte al giorno e gli serve la ricetta prima della "
             "gita.", ["la metformina", "l'insulina", "la sertralina", "il metadone"]),
            ("health", "{f} si sta riprendendo da {v}, quindi sabato non sara al banco.",
             ["un ictus", "una polmonite", "un infarto", "un intervento chirurgico"]),
            ("genetic", "Socio n. {num}: genotipo {v} positivo, inviato alla consulenza "
             "genetica.", ["BRCA1", "BRCA2", "APOE4"]),
            ("racial_ethnic_origin", "{f} è di origine {v} e ha chiesto un interprete.",
             ["rom", "eritrea", "senegalese", "cinese"]),
            ("political_opinion", "{m} è un {v} convinto, non mandargli l'invito al comizio.",
             ["comunista", "leghista", "conservatore"]),
            ("religious_belief", "{m} chiede di uscire prima il venerdì perché è {v} e va alla "
             "preghiera.", ["musulmano", "sikh"]),
            ("trade_union_membership", "Scheda socia: {f}, infermiera, {v} dal 2015.",
             ["tesserata UIL", "iscritta al sindacato", "tesserata CISL"]),
            ("sexual_orientation", "{m} ha fatto coming out con i genitori il mese scorso: è "
             "{v}.", ["gay", "bisessuale", "omosessuale"]),
            ("criminal_history", "Esito del casellario giudiziale di {m}: condanna per {v} nel "
             "2016.", ["rapina", "truffa", "spaccio"]),
        ],
        [
            "Ottobre rosa: la nostra camminata solidale finanzia la ricerca sul tumore al seno.",
            "Il diabete colpisce milioni di persone: scopri i segnali d'allarme alla nostra "
            "giornata di screening gratuito.",
            "I nostri gruppi di sostegno aiutano le persone che vivono con l'HIV a trovare casa "
            "e cure.",
            "Maggio è il mese della salute mentale. Depressione e ansia si possono curare.",
            "Il nostro incontro sui test genetici spiega cosa significa BRCA per le famiglie.",
            "La nostra guida al voto imparziale presenta sia i comunisti sia i conservatori.",
            "La nostra colazione interreligiosa accoglie vicini cristiani, ebrei e musulmani.",
            "Il banco alimentare è ospitato ogni sabato dalla parrocchia cattolica di San Marco.",
            "I sindacati hanno conquistato il fine settimana per i lavoratori: leggi la nostra "
            "serie storica.",
            "Il nostro progetto giovani LGBT+ celebra il Pride con anziani gay e lesbiche.",
            "Il nostro programma di reinserimento aiuta gli ex detenuti a trovare lavoro.",
            "Test HIV gratuiti in ambulatorio ogni mercoledì.",
            "Il senatore, comunista da sempre, ha detto martedì che voterà contro la legge, "
            "secondo una nota.",
            "Laboratorio di prevenzione dell'ictus: come la pressione arteriosa influisce sul "
            "rischio.",
        ],
    ),
    "pt": _language(
        "Olá {},",
        ["Beatriz", "Inês", "Mariana", "Joana"],
        ["Tiago", "Rui", "Duarte", "Gonçalo"],
        [
            lambda r: f"Obrigado pelo seu donativo de {_euros(r)} € de {r.randint(1, 28)} de "
            "março de 2025.",
            lambda r: f"Dúvidas? Ligue-nos para o 21 {r.randint(1000000, 9999999)} ou visite-nos "
            f"na Rua Augusta, {r.randint(1, 120)}, 1100-053 Lisboa.",
            lambda r: f"Este ano os voluntários distribuíram {r.randint(1000, 9000)} refeições a "
            f"{r.randint(100, 900)} famílias.",
        ],
        "Um abraço,\n{}",
        ["Banco Alimentar de Lisboa", "Associação Mãos Dadas"],
        [
            ("health", "A {f} foi diagnosticada com {v} em março e começa o tratamento na "
             "próxima semana.", ["diabetes tipo 2", "cancro da mama", "leucemia",
                                 "esclerose múltipla"]),
            ("health", "O seu teste de {v} deu positivo; o centro de saúde liga-lhe na "
             "segunda-feira.", ["VIH", "hepatite C", "tuberculose"]),
            ("health", "Nota do caso: o utente sofre de {v} desde que perdeu o emprego.",
             ["depressão", "ansiedade", "alcoolismo"]),
            ("health", "O meu filho é {v}; por favor avisem os monitores da colónia.",
             ["autista", "epilético", "asmático", "diabético"]),
            ("health", "O {m} toma {v} duas vezes por dia e precisa da receita antes da viagem.",
             ["metformina", "insulina", "sertralina", "metadona"]),
            ("health", "A {f} esta a recuperar de {v} e nao vem ao turno de sabado.",
             ["um AVC", "uma pneumonia", "um enfarte", "uma cirurgia"]),
            ("genetic", "Sócio n.º {num}: genótipo {v} positivo, encaminhado para consulta de "
             "genética.", ["BRCA1", "BRCA2", "APOE4"]),
            ("racial_ethnic_origin", "A {f} é de origem {v} e pediu um intérprete.",
             ["cigana", "cabo-verdiana", "guineense"]),
            ("political_opinion", "O {m} é {v} convicto, não lhe mandem o convite para o "
             "comício.", ["comunista", "socialista", "conservador"]),
            ("religious_belief", "O {m} pede para sair mais cedo à sexta-feira porque é {v} e vai "
             "à oração.", ["muçulmano", "sikh"]),
            ("trade_union_membership", "Ficha de sócia: {f}, enfermeira, {v} desde 2015.",
             ["sindicalizada", "sócia do sindicato dos enfermeiros", "filiada na CGTP"]),
            ("sexual_orientation", "O {m} assumiu-se como {v} perante os pais no mês passado.",
             ["gay", "bissexual", "homossexual"]),
            ("criminal_history", "Registo criminal de {m}: condenação por {v} em 2016.",
             ["furto", "burla", "roubo"]),
        ],
        [
            "Em outubro, cada inscrição na nossa corrida solidária apoia a investigação sobre o "
            "cancro da mama.",
            "A diabetes afeta milhões de pessoas; conheça os sinais de alerta no nosso rastreio "
            "gratuito.",
            "Os nossos grupos de apoio ajudam pessoas que vivem com VIH a encontrar casa e "
            "cuidados.",
            "Maio é o mês da saúde mental. A depressão e a ansiedade têm tratamento.",
            "A nossa sessão sobre testes genéticos explica o que significa BRCA para as famílias.",
            "O nosso guia eleitoral imparcial apresenta socialistas e conservadores por igual.",
            "O nosso pequeno-almoço inter-religioso acolhe vizinhos cristãos, judeus e "
            "muçulmanos.",
            "O banco alimentar funciona todos os sábados na paróquia católica de São Marcos.",
            "Os sindicatos conquistaram o fim de semana para quem trabalha: leia a nossa série de "
            "história.",
            "O nosso projeto jovem LGBT+ celebra o mês do Orgulho com idosos gays e lésbicas.",
            "O nosso programa de reinserção ajuda ex-reclusos a encontrar emprego.",
            "Testes de VIH gratuitos no centro de saúde todas as quartas-feiras.",
            "A ministra, socialista de longa data, disse na terça-feira que vai votar contra a "
            "lei, segundo um comunicado.",
            "Workshop de prevenção do AVC: saiba como a tensão arterial influencia o risco.",
        ],
    ),
    "nl": _language(
        "Beste {},",
        ["Fleur", "Lotte", "Eva", "Noor"],
        ["Daan", "Sem", "Bram", "Jesse"],
        [
            lambda r: f"Bedankt voor je gift van € {_euros(r)} op {r.randint(1, 28)} maart 2025. "
            "Je gift is aftrekbaar, want wij zijn een ANBI.",
            lambda r: f"Vragen? Bel ons op 020 {r.randint(1000000, 9999999)} of kom langs op de "
            f"Kerkstraat {r.randint(1, 120)}, 1017 GB Amsterdam.",
            lambda r: f"Dit jaar deelden vrijwilligers {r.randint(1000, 9000)} maaltijden uit aan "
            f"{r.randint(100, 900)} gezinnen.",
        ],
        "Hartelijke groet,\n{}",
        ["Voedselbank Oost", "Buurtvereniging De Linde"],
        [
            ("health", "Bij {f} is in maart {v} vastgesteld; volgende week begint de behandeling.",
             ["diabetes type 2", "borstkanker", "leukemie", "multiple sclerose"]),
            ("health", "Je {v}-test is positief; de praktijk belt je maandag.",
             ["hiv", "hepatitis C", "tbc"]),
            ("health", "Dossiernotitie: de cliënt lijdt aan {v} sinds hij zijn baan kwijt is.",
             ["een depressie", "een angststoornis", "een alcoholverslaving"]),
            ("health", "Mijn dochter heeft {v} en heeft een rustige ruimte nodig op het kamp.",
             ["autisme", "epilepsie", "ADHD", "astma"]),
            ("health", "{m} slikt twee keer per dag {v} en heeft voor de reis een herhaalrecept "
             "nodig.", ["metformine", "insuline", "sertraline", "methadon"]),
            ("health", "{f} is {v} en is in juni uitgerekend.", ["zwanger"]),
            ("genetic", "Lid nr. {num}: genotype {v} positief, doorverwezen naar "
             "erfelijkheidsadvies.", ["BRCA1", "BRCA2", "APOE4"]),
            ("racial_ethnic_origin", "{f} is van {v} afkomst en vroeg om een tolk.",
             ["Marokkaanse", "Turkse", "Surinaamse", "Eritrese"]),
            ("political_opinion", "{m} is een overtuigde {v}; stuur hem geen uitnodiging voor de "
             "bijeenkomst.", ["socialist", "communist", "PVV-stemmer"]),
            ("religious_belief", "{m} wil op vrijdag eerder weg omdat hij {v} is en naar het "
             "gebed gaat.", ["moslim", "sikh"]),
            ("trade_union_membership", "Ledenprofiel: {f}, verpleegkundige, {v} sinds 2015.",
             ["vakbondslid", "lid van CNV Zorg", "aangesloten bij de vakbond"]),
            ("sexual_orientation", "{m} is vorige maand bij zijn ouders uit de kast gekomen als "
             "{v}.", ["homo", "biseksueel"]),
            ("criminal_history", "Uitslag van de VOG-check van {m}: eerdere veroordeling voor {v} "
             "in 2016.", ["winkeldiefstal", "mishandeling", "oplichting"]),
        ],
        [
            "In oktober lopen we samen voor onderzoek naar borstkanker: elke kilometer telt.",
            "Diabetes treft een miljoen Nederlanders; leer de waarschuwingssignalen op onze "
            "gratis screeningsdag.",
            "Onze lotgenotengroepen helpen mensen met hiv aan woonruimte en zorg.",
            "Mei is de maand van de mentale gezondheid. Depressie en angst zijn te behandelen.",
            "Onze avond over genetische tests legt uit wat BRCA betekent voor families.",
            "Onze onpartijdige stemwijzer behandelt socialisten en conservatieven op gelijke "
            "voet.",
            "Ons interreligieuze ontbijt verwelkomt christelijke, joodse en islamitische buren.",
            "De voedselbank is elke zaterdag te gast in de katholieke parochie Sint-Marcus.",
            "Vakbonden hebben het vrije weekend bevochten; lees onze geschiedenisreeks.",
            "Ons lhbti-jongerenproject viert Pride met homo- en lesbische ouderen.",
            "Ons re-integratieprogramma helpt ex-gedetineerden aan werk.",
            "Elke woensdag kun je je gratis laten testen op hiv bij de GGD.",
            "De minister is vorige week met een longontsteking opgenomen, zei zijn woordvoerder "
            "tegen journalisten.",
            "Workshop beroertepreventie: hoe je bloeddruk je risico beïnvloedt.",
        ],
    ),
}  # fmt: skip


# Hand-written hard cases (hard.jsonl): odd formats, implicit statements, topic that looks
# personal. (text, [(entity, value)]); a special-category label covers the whole text.
# Held apart until the hard-2 set below was written; used to tune the rules since then.
HARD: list[tuple[str, list[tuple[str, str]]]] = [
    ("card 4111.1111.1111.1111 exp 09/27", [("CREDIT_CARD", "4111.1111.1111.1111")]),
    (
        "card 4111 1111\n1111 1111 (line break in the middle)",
        [("CREDIT_CARD", "4111 1111\n1111 1111")],
    ),
    (
        "card: 4111111111111111 exp 0927 cvc 321",
        [("CREDIT_CARD", "4111111111111111"), ("CVV", "321")],
    ),
    ("Amex 378282246310005, billing zip 60614", [("CREDIT_CARD", "378282246310005")]),
    ("my social is 536221906, call me if you need more", [("US_SSN", "536221906")]),
    ("https://forms.example.org/intake?ssn=536221906&step=2", [("US_SSN", "536221906")]),
    (
        "SSN: five three six, two two, one nine zero six",
        [("US_SSN", "five three six, two two, one nine zero six")],
    ),
    (
        "Routing: 021000021 Acct: 12345678901",
        [("ABA_ROUTING_NUMBER", "021000021"), ("US_BANK_NUMBER", "12345678901")],
    ),
    ("iban gb87 barc 2003 5344 5518 91", [("IBAN_CODE", "gb87 barc 2003 5344 5518 91")]),
    ("Passport: X12345678 (renewed 2023)", [("US_PASSPORT", "X12345678")]),
    ("Login: mjones / Pa$$w0rd! for the volunteer portal", [("PASSWORD", "Pa$$w0rd!")]),
    ("pw: Blue7Harbor", [("PASSWORD", "Blue7Harbor")]),
    ("Password hint: your dog's name", []),
    ("Call 1-800-555-0199 or text GIVE to 50555.", []),
    ("Report filed 2024-05-06, case 2024-0042-17.", []),
    ("Maria missed her chemo appointment again.", [("health", "")]),
    ("I lost my father to pancreatic cancer last year, which is why I give.", [("health", "")]),
    ("We're praying for Deacon Mike, who had heart surgery Tuesday.", [("health", "")]),
    ("Our client (DOB 3/4/1961) is HIV+ and needs transport to the clinic.", [("health", "")]),
    ("Grandma Rose turns 90 and beat breast cancer twice!", [("health", "")]),
    ("She is running the Breast Cancer 5K this Saturday.", []),
    (
        "Thanks for attending. As a fellow Democrat, I know you care about this.",
        [("political_opinion", "")],
    ),
    ("The Republican-led committee cut funding for the shelter.", []),
    ("Father Tom from St. Mary's Catholic Church will bless the pets.", []),
    (
        "Volunteers must pass a background check; applicants with a felony conviction may "
        "still apply.",
        [],
    ),
    (
        "Jamal's record was expunged in 2019 after a 2012 drug possession arrest.",
        [("criminal_history", "")],
    ),
    (
        "Mr. Nguyen, who is Vietnamese, prefers calls in the evening.",
        [("racial_ethnic_origin", "")],
    ),
    ("Our Somali families night is Friday at the library.", []),
    ("Thanks to Alex and his husband for hosting the fundraiser.", [("sexual_orientation", "")]),
    ("As a proud Teamster, Ray volunteers every weekend.", [("trade_union_membership", "")]),
    ("Free cheek-swab DNA testing day for the bone marrow registry.", []),
    ("The youth group at Temple Beth El collected 400 cans.", []),
    (
        "Pastor Jim asked us to keep Linda's family in our prayers after her stroke.",
        [("health", "")],
    ),
]

# Hand-written hard cases in other EU languages, kept apart (hard-multilingual.jsonl) like
# HARD: written before any non-English lexicon existed and never used to tune one. Attributed
# statements (inflected, unaccented, upper-case, compounds, verb-final) and topic or neutral
# text that must stay clean (appeals, church, mosque and union events, news about diseases,
# a surname or a funder that spells a term). (language, text, [(entity, value)]).
HARD_MULTILINGUAL: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("es", "Le informamos de que a su hija Lucía le diagnosticaron leucemia en marzo; empieza "
           "la quimioterapia el lunes.", [("health", "")]),
    ("es", "mi marido es diabetico y necesita comer a sus horas durante la excursion",
     [("health", "")]),
    ("es", "Ana está embarazada de cinco meses, así que este año no podrá cargar cajas en el "
           "reparto.", [("health", "")]),
    ("es", "¡Únete a la carrera contra el cáncer de mama este domingo en el Retiro!", []),
    ("es", "El presidente del club anunció que padece cáncer de páncreas, según informó ayer "
           "el diario.", []),
    ("es", "Este proyecto cuenta con la financiación de Sida, la agencia sueca de cooperación.",
     []),
    ("es", "El señor Ramírez cumplió cuatro años de prisión por robo y ahora está en libertad "
           "condicional.", [("criminal_history", "")]),
    ("es", "La parroquia de San José organiza una cena solidaria para las familias del barrio.",
     []),
    ("es", "Nuestro voluntario Karim es musulmán practicante y pide comida halal en las "
           "jornadas.", [("religious_belief", "")]),
    ("es", "El sindicato CCOO convoca una asamblea abierta el jueves para hablar del convenio.",
     []),
    ("es", "Te cuento en confianza que Javier es gay y todavía no se lo ha dicho a su familia.",
     [("sexual_orientation", "")]),
    ("es", "Pedro está afiliado a UGT desde 2015 y es delegado sindical en la fábrica.",
     [("trade_union_membership", "")]),
    ("es", "El análisis genético de Sofía confirmó que es portadora de la mutación BRCA1.",
     [("genetic", "")]),
    ("es", "Carmen vota a Vox en todas las elecciones, así que mejor no le mandes la "
           "invitación.", [("political_opinion", "")]),
    ("fr", "Madame Dubois nous a informés que son fils est atteint d'une sclérose en plaques.",
     [("health", "")]),
    ("fr", "Notre bénéficiaire, M. Martin, est séropositif et suit un traitement "
           "antirétroviral.", [("health", "")]),
    ("fr", "J'ai été hospitalisée la semaine dernière pour une dépression, je ne pourrai donc "
           "pas assurer la permanence.", [("health", "")]),
    ("fr", "LE DOSSIER DE MME LEFÈVRE INDIQUE QU'ELLE EST ATTEINTE DE LA MALADIE D'ALZHEIMER.",
     [("health", "")]),
    ("fr", "Participez à notre course contre le cancer du sein le 12 octobre à Lyon !", []),
    ("fr", "Le Sidaction a récolté 4 millions d'euros cette année pour la recherche.", []),
    ("fr", "L'association d'aide aux malades d'Alzheimer recrute des bénévoles pour l'été.", []),
    ("fr", "Ahmed, qui est musulman pratiquant, ne mange pas pendant le ramadan ; prévoyez un "
           "repas après le coucher du soleil.", [("religious_belief", "")]),
    ("fr", "Karim a été condamné pour vol en 2019 et sort de prison le mois prochain.",
     [("criminal_history", "")]),
    ("fr", "La mosquée du quartier ouvre ses portes au public samedi pour une journée de "
           "rencontre.", []),
    ("fr", "Notre trésorière est adhérente à la CGT et déléguée du personnel.",
     [("trade_union_membership", "")]),
    ("fr", "Notre bénévole Léa est lesbienne et vient d'emménager avec sa compagne.",
     [("sexual_orientation", "")]),
    ("fr", "Les résultats du test génétique de Mme Roux montrent une mutation BRCA2.",
     [("genetic", "")]),
    ("de", "Bei unserer Klientin Frau Schneider wurde letzten Monat Brustkrebs festgestellt.",
     [("health", "")]),
    ("de", "Mein Sohn ist Diabetiker und braucht während der Freizeit regelmäßig Insulin.",
     [("health", "")]),
    ("de", "Thomas ist seit Jahren schwer depressiv und war zweimal in einer psychiatrischen "
           "Klinik.", [("health", "")]),
    ("de", "Meine Mutter hat seit dem Schlaganfall eine Halbseitenlaehmung und sitzt im "
           "Rollstuhl.", [("health", "")]),
    ("de", "Herr Krebs aus der Buchhaltung ist ab Montag wieder im Büro.", []),
    ("de", "Beim Hafenfest gibt es gegrillten Hummer, Krebs und frischen Fisch.", []),
    ("de", "Laufen Sie mit beim Benefizlauf gegen Krebs am 14. September in Köln!", []),
    ("de", "Jonas wurde 2018 wegen Körperverletzung verurteilt und ist seitdem auf Bewährung.",
     [("criminal_history", "")]),
    ("de", "Die evangelische Kirchengemeinde lädt alle Nachbarn zum Gemeindefest ein.", []),
    ("de", "Unser Kollege Murat ist Mitglied bei ver.di und sitzt im Betriebsrat.",
     [("trade_union_membership", "")]),
    ("de", "Frau Yilmaz ist gläubige Muslimin und trägt ein Kopftuch.",
     [("religious_belief", "")]),
    ("de", "Kai ist schwul und lebt mit seinem Partner in Hamburg.",
     [("sexual_orientation", "")]),
    ("de", "Anbei die Fingerabdrücke von Herrn Weber für die Sicherheitsüberprüfung.",
     [("biometric", "")]),
    ("it", "Mio padre ha il morbo di Parkinson e non può più guidare il furgone.",
     [("health", "")]),
    ("it", "Giulia è incinta di sei mesi e ha chiesto un turno più leggero.", [("health", "")]),
    ("it", "Corri con noi la maratona contro il cancro al seno a Milano!", []),
    ("it", "Marco è stato condannato per furto e ha scontato due anni di carcere.",
     [("criminal_history", "")]),
    ("it", "La comunità ebraica di Roma celebra la Giornata della Memoria con un concerto.", []),
    ("it", "Luca è iscritto alla CGIL e fa il delegato sindacale in azienda.",
     [("trade_union_membership", "")]),
    ("it", "Secondo i giornali, il ministro è stato ricoverato per una polmonite.", []),
    ("pt", "A minha filha tem autismo e precisa de um lugar tranquilo no acampamento.",
     [("health", "")]),
    ("pt", "O senhor Costa é seropositivo e faz tratamento no hospital de Santa Maria.",
     [("health", "")]),
    ("pt", "Participe na caminhada contra o cancro da mama no próximo domingo!", []),
    ("pt", "O João é testemunha de Jeová e não aceita transfusões de sangue.",
     [("religious_belief", "")]),
    ("pt", "A paróquia de Santo António organiza uma feira solidária para as famílias.", []),
    ("pt", "Ele cumpriu pena de prisão por tráfico de droga e saiu em 2020.",
     [("criminal_history", "")]),
    ("pt", "O Ministério da Saúde lançou uma campanha de vacinação contra a gripe.", []),
    ("nl", "Onze vrijwilliger Sanne heeft borstkanker en krijgt nu chemotherapie.",
     [("health", "")]),
    ("nl", "Mijn broer is homo en woont samen met zijn vriend in Utrecht.",
     [("sexual_orientation", "")]),
    ("nl", "Loop mee met de wandeltocht tegen kanker op 5 oktober!", []),
    ("nl", "Pieter is lid van de FNV en kaderlid op zijn werk.",
     [("trade_union_membership", "")]),
    ("nl", "De moskee in onze wijk houdt zaterdag een open dag voor alle buren.", []),
    ("nl", "Hij zat drie jaar in de gevangenis voor diefstal en staat nu onder reclassering.",
     [("criminal_history", "")]),
    ("nl", "Volgens het RIVM neemt het aantal griepgevallen deze week toe.", []),
]  # fmt: skip


# The held-apart hard set (hard-2.jsonl), written before any rule was tuned on hard.jsonl,
# in the same spirit but not copying its cases: never used to tune rules, lexicons or
# weights. New dev cases go into eval.jsonl; a case found wrongly labelled is fixed here
# with a note in tests/data/README, never to make a rule pass.
NBSP = "\u00a0"
HARD_2: list[tuple[str, list[tuple[str, str]]]] = [
    # identifiers and secrets in odd formats or with odd cues
    ("Card: 4111-1111 1111-1111 (as the donor typed it)", [("CREDIT_CARD", "4111-1111 1111-1111")]),
    (
        f"Mastercard 5555{NBSP}5555{NBSP}5555{NBSP}4444, exp 03/28",
        [("CREDIT_CARD", f"5555{NBSP}5555{NBSP}5555{NBSP}4444")],
    ),
    (
        "The last digits on her card are 4242; put the rest on the general fund.",
        [("CREDIT_CARD_LAST_DIGITS", "4242")],
    ),
    ("SSN 212.67.4403 (from the intake form)", [("US_SSN", "212.67.4403")]),
    ("her SS number is 212674403", [("US_SSN", "212674403")]),
    ("SSN (last four): 4403", [("US_SSN", "4403")]),
    ("Driver's lic. no. D123-4567-8901", [("US_DRIVER_LICENSE", "D123-4567-8901")]),
    ("passport (expires 2031): 563812947", [("US_PASSPORT", "563812947")]),
    (
        "Routing 122105278 / Checking 0004567812",
        [("ABA_ROUTING_NUMBER", "122105278"), ("US_BANK_NUMBER", "0004567812")],
    ),
    (
        "Wire to IBAN DE55-5001-0517-5408-3290-71 by Friday",
        [("IBAN_CODE", "DE55-5001-0517-5408-3290-71")],
    ),
    ("new pass: Summer2025!", [("PASSWORD", "Summer2025!")]),
    (
        "Your temporary password \u2014 Kx8#qLm2 \u2014 expires in 24 hours.",
        [("PASSWORD", "Kx8#qLm2")],
    ),
    ("Verification code: 482 913", [("ACCESS_CODE", "482 913")]),
    (
        "AWS secret access key: q8Zt3nVx/Lr7pKd2WmYc9Hs4Jf6Gb1Ne5Ua0XoTi",
        [("API_KEY", "q8Zt3nVx/Lr7pKd2WmYc9Hs4Jf6Gb1Ne5Ua0XoTi")],
    ),
    # identifier-shaped decoys
    ("UPS 1Z 999 AA1 01 2345 6784 \u2014 out for delivery", []),
    ("Questions? Call (212) 674-4030 after 5 pm.", []),
    ("Meeting ID 853 2219 0611, passcode 771902", []),
    ("Order #: 4012888888881881 has shipped", []),
    ("Serial no. 212674403 is on the back of the projector.", []),
    ("Account ID: 4450228193 (your donor portal login)", []),
    ("Event dates: 2025.09.27 and 2025.10.04, doors 18.30", []),
    ("Confirmation number 5105 1051 0510 5100 for your hotel block", []),
    # special categories stated about a person, often only by implication
    ("Dan can't drive to the gala anymore since his seizures came back.", [("health", "")]),
    ("Kevin is 18 months sober and will share his story at the breakfast.", [("health", "")]),
    ("Our client's T-cell count dropped again this month.", [("health", "")]),
    ("Tanya is expecting twins in March, so she'll step down as chair.", [("health", "")]),
    ("Sarah finished her last round of radiation and rang the bell!", [("health", "")]),
    ("My son is on the spectrum and needs a quiet room.", [("health", "")]),
    ("Lena uses a white cane, so please read the menu aloud to her.", [("health", "")]),
    (
        "Pedro did eighteen months at Rikers before joining our crew.",
        [("criminal_history", "")],
    ),
    (
        "Ms. Brooks is on house arrest until June and can only volunteer from home.",
        [("criminal_history", "")],
    ),
    (
        "Omar fasts during Ramadan, so please schedule his shifts after sunset.",
        [("religious_belief", "")],
    ),
    ("Ruth keeps Shabbat and cannot work Saturday events.", [("religious_belief", "")]),
    ("Ray is a card-carrying member of Local 1199.", [("trade_union_membership", "")]),
    ("Tyler has voted Green in every election since 2004.", [("political_opinion", "")]),
    ("Grace's 23andMe report shows she carries a BRCA1 mutation.", [("genetic", "")]),
    # topic, roles and events that look personal
    ("Join Dr. Patel for a talk on living with diabetes.", []),
    ("Maria Garcia will lead our HIV prevention workshop on Tuesday.", []),
    ("Thanks to Teamsters Local 727 for lending the trucks.", []),
    ("Dr. Okafor, our medical director, treats patients with sickle cell disease.", []),
    ("The film follows a gay couple in 1950s Chicago; screening Friday.", []),
    ("Is your child on the autism spectrum? Our sensory-friendly morning is for you.", []),
    ("Chemo caps knitted by volunteers go to the oncology ward.", []),
    ("Tom's famous Mexican wedding cookies won first prize at the bake sale.", []),
    ("Our speaker, a former prison chaplain, will talk about reentry.", []),
]


def filler(r: random.Random, count: int, style: Style = ENGLISH) -> list[str]:
    return [r.choice(style.filler)(r) for _ in range(count)]


def compose(
    r: random.Random, core: str, at: int, value: str | None, style: Style = ENGLISH
) -> tuple[str, list[int]]:
    """Embed ``core`` between greeting, filler paragraphs and sign-off; return text and span.

    ``at`` is where ``value`` starts in ``core``.
    """
    head = style.greeting.format(r.choice(style.names)) + "\n\n"
    head += "\n\n".join(filler(r, r.randint(0, 2), style))
    tail = "\n\n".join(filler(r, r.randint(0, 2), style))
    tail += "\n\n" + style.sign_off.format(r.choice(style.orgs)) + "\n"
    prefix = head.rstrip() + "\n\n"
    text = prefix + core + "\n\n" + tail
    if value is None:
        return text, []
    start = len(prefix) + at
    assert text[start : start + len(value)] == value
    return text, [start, start + len(value)]


def fill(
    template: str, r: random.Random, value: str, language: Language | None = None
) -> tuple[str, int]:
    """The template with names and numbers filled in, and where ``value`` starts in it.
    ``{f}``/``{m}``: a woman's or a man's first name of ``language``."""
    before, _, after = template.partition("{v}")

    def subst(part: str) -> str:
        if language is not None:
            part = part.replace("{f}", r.choice(language.women))
            part = part.replace("{m}", r.choice(language.men))
        return (
            part.replace("{name}", name(r))
            .replace("{num2}", str(r.randint(2, 9)))
            .replace("{num}", str(r.randint(1000, 99999)))
        )

    head = subst(before)
    return head + value + subst(after), len(head)


def build() -> list[dict[str, object]]:
    r = random.Random(SEED)
    records: list[dict[str, object]] = []

    def add(
        kind: str, core: str, at: int, entity: str | None, value: str | None, lang: str = "en"
    ) -> None:
        style = ENGLISH if lang == "en" else LANGUAGES[lang].style
        text, span = compose(r, core, at, value, style)
        labels = [{"entity": entity, "start": span[0], "end": span[1]}] if entity else []
        tag = {} if lang == "en" else {"lang": lang}
        records.append({"id": f"{kind}-{len(records):04d}", **tag, "kind": kind, "text": text,
                        "labels": labels})  # fmt: skip

    for _ in range(12):
        for entity, template, make in STRUCTURED:
            value = make(r)
            add("positive", *fill(template, r, value), entity, value)
    for _ in range(14):
        for decoy in DECOYS:
            add("decoy", decoy(r), 0, None, None)
    for _ in range(10):
        for category, template, terms in SPECIAL + REPORTED_PERSONAL:
            # The unit of special-category data is the statement about a person: the whole
            # sentence is labelled, and any finding of that category inside it counts.
            core, _ = fill(template, r, r.choice(terms))
            add("positive", core, 0, category, core)
    for _ in range(3):
        for sentence in TOPICAL + NEWS:
            add("topical", sentence, 0, None, None)
    for lang, language in LANGUAGES.items():
        for _ in range(4):
            for category, template, terms in language.special:
                core, _ = fill(template, r, r.choice(terms), language)
                add("positive", core, 0, category, core, lang)
        for _ in range(2):
            for sentence in language.topical:
                add("topical", sentence, 0, None, None, lang)
    return records


def build_hard(
    cases: list[tuple[str, list[tuple[str, str]]]], prefix: str
) -> list[dict[str, object]]:
    return [
        {"id": f"{prefix}-{index:03d}", **_hard_record(text, labels)}
        for index, (text, labels) in enumerate(cases)
    ]


def build_hard_multilingual() -> list[dict[str, object]]:
    counts: dict[str, int] = {}
    records: list[dict[str, object]] = []
    for lang, text, labels in HARD_MULTILINGUAL:
        counts[lang] = counts.get(lang, 0) + 1
        record = _hard_record(text, labels)
        records.append({"id": f"hard-{lang}-{counts[lang]:02d}", "lang": lang, **record})
    return records


def _hard_record(text: str, labels: list[tuple[str, str]]) -> dict[str, object]:
    """A hard case's kind, text and labels (a label without a value covers the whole text)."""
    spans = []
    for entity, value in labels:
        start = text.index(value) if value else 0
        spans.append({"entity": entity, "start": start, "end": start + (len(value) or len(text))})
    return {"kind": "positive" if labels else "decoy", "text": text, "labels": spans}


def write(path: Path, records: list[dict[str, object]]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {path}")


def main() -> None:
    write(OUT, build())
    write(HARD_OUT, build_hard(HARD, "hard"))
    write(HARD_2_OUT, build_hard(HARD_2, "hard2"))
    write(HARD_MULTILINGUAL_OUT, build_hard_multilingual())


if __name__ == "__main__":
    main()
