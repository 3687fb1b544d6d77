"""Synthetic outbound nonprofit mail used as extra ham in training.

The public corpus is inbound mail from 2002-2003; it has almost no legitimate HTML bulk mail,
so a model trained on it alone learns "HTML newsletter = spam" and would hold our customers'
newsletters. These messages are generated here from phrase banks (written for this project,
no third-party text; same licence as the code), deterministically for a seed: newsletters,
appeals, donation receipts, event invitations and volunteer updates from fictional
organisations, compliant with bulk-mail rules (List-Unsubscribe with one-click, postal
address, unsubscribe link), as plain text, HTML with a plain alternative, or HTML only.
Documented in models/tos/MODEL_CARD.md.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

from scanner.tos.corpus import Example

GROUP = "synthetic-nonprofit-ham"
_ORGS = (
    ("Riverbend Watershed Alliance", "riverbendwater.org"),
    ("Eastside Food Pantry", "eastsidepantry.net"),
    ("Harbor Literacy Project", "harborliteracy.org"),
    ("Northfield Animal Rescue", "northfieldrescue.org"),
    ("Maple Street Youth Choir", "maplechoir.com"),
    ("Open Door Tenants Union", "opendoortenants.org"),
    ("Prairie Land Trust", "prairielandtrust.org"),
    ("Citywide Bike Collective", "citybikecollective.com"),
    ("Lakeshore Hospice Friends", "lakeshorehospice.org"),
    ("Greenway Community Garden", "greenwaygarden.net"),
    ("Amis du Vieux Port", "amisduvieuxport.ca"),
    ("Hillside Refugee Welcome", "hillsidewelcome.org.uk"),
)
_STREETS = ("Main Street", "Oak Avenue", "Harbor Road", "Elm Street", "Market Square", "Mill Lane")
_PLACES = ("Springfield, IL 62701", "Portland, OR 97204", "Madison, WI 53703",
           "Halifax NS B3H 1A1", "Leeds LS1 4AP", "Albany, NY 12207")  # fmt: skip
_SUBJECTS = {
    "newsletter": ("Our {month} newsletter", "{month} update from {org}", "News from {org}",
                   "What we did together in {month}"),
    "appeal": ("Can you help us reach our goal?", "A match for every gift this week",
               "{count} families are counting on you", "Our year-end appeal"),
    "receipt": ("Thank you for your gift", "Your donation receipt", "Receipt for your donation"),
    "event": ("You're invited: {event}", "Join us for {event}", "Reminder: {event} is on {day}"),
    "volunteer": ("Volunteer shifts for {month}", "Thank you, volunteers!",
                  "Sign up for {event}"),
}  # fmt: skip
_PARAGRAPHS = (
    "This {month}, {count} volunteers gave their time to {work}.",
    "Thanks to members like you, we kept {work} going this season.",
    "Our board met on {day} and approved the plan for next year; the minutes are online.",
    "We are looking for people to help with {work}. No experience needed.",
    "Your support means we can keep {work} for another year.",
    "Please join us at the community hall on {day} at 6pm for {event}.",
    "A gift of ${amount} covers {work} for one family.",
    "Read the stories of the people behind our work in the full report.",
    "We closed the year with {count} new members and a balanced budget.",
    "Thank you for your gift of ${amount} on {day}. No goods or services were provided in "
    "exchange for this contribution; please keep this receipt for your tax records.",
    "Our annual meeting is on {day}. Members can vote online or in person.",
    "The spring cleanup starts at 9am; gloves, bags and coffee are provided.",
)
_WORK = ("planting trees along the river", "stocking the pantry shelves", "tutoring adult readers",
         "finding homes for rescued dogs", "running free rehearsals", "repairing donated bikes",
         "visiting patients and families", "teaching English classes")  # fmt: skip
_EVENTS = ("our annual picnic", "the spring gala", "a volunteer open house", "the river cleanup",
           "our winter concert", "a community potluck")  # fmt: skip
_MONTHS = ("January", "March", "April", "June", "September", "October", "November", "December")
# Plain text only, HTML with a plain alternative, or HTML only (many mailing tools send that).
_LAYOUTS = ("plain", "alternative", "html")
_LAYOUT_WEIGHTS = (2, 5, 3)
_DAYS = ("Saturday, May 4", "Thursday, June 13", "Tuesday, October 8", "Sunday, December 1")


def nonprofit_ham(count: int, seed: int) -> list[Example]:
    """``count`` synthetic outbound nonprofit messages, labelled ham, for a fixed seed."""
    rng = random.Random(seed)
    return [
        Example(f"{GROUP}/{index:05d}", GROUP, _message(rng, index), 0) for index in range(count)
    ]


def _message(rng: random.Random, index: int) -> bytes:
    org, domain = rng.choice(_ORGS)
    kind = rng.choice(tuple(_SUBJECTS))
    fill = {
        "org": org, "month": rng.choice(_MONTHS), "day": rng.choice(_DAYS),
        "event": rng.choice(_EVENTS), "work": rng.choice(_WORK),
        "count": rng.randint(12, 900), "amount": rng.choice((10, 25, 50, 100, 250)),
    }  # fmt: skip
    paragraphs = [p.format(**fill) for p in rng.sample(_PARAGRAPHS, rng.randint(2, 5))]
    address = f"{org}, {rng.randint(1, 999)} {rng.choice(_STREETS)}, {rng.choice(_PLACES)}"
    unsubscribe = f"https://{domain}/u/{rng.getrandbits(40):010x}"
    message = EmailMessage()
    message["From"] = f"{org} <{rng.choice(('news', 'info', 'hello', 'team'))}@{domain}>"
    message["To"] = f"member{index}@example.com"
    message["Subject"] = rng.choice(_SUBJECTS[kind]).format(**fill)
    sent = datetime(2024, 1, 1, tzinfo=UTC) + timedelta(minutes=rng.randint(0, 500_000))
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = f"<{rng.getrandbits(64):016x}@{domain}>"
    message["List-Unsubscribe"] = f"<{unsubscribe}>, <mailto:unsubscribe@{domain}>"
    message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    link = f"https://{domain}/{rng.choice(('report', 'donate', 'events', 'volunteer', 'news'))}"
    plain = "\n\n".join(paragraphs) + f"\n\nMore: {link}\n\n{address}\nUnsubscribe: {unsubscribe}\n"
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    label = rng.choice(("Read more", "Donate now", "Sign up", "See the report"))
    html = (
        f"<html><body><h1>{org}</h1><p>Dear friend,</p>{body}"
        f'<p><a href="{link}">{label}</a></p>'
        f'<p style="font-size:12px;color:#666">{address}<br>'
        f'<a href="{unsubscribe}">Unsubscribe</a> | <a href="https://{domain}/preferences">'
        "Manage preferences</a></p></body></html>"
    )
    layout = rng.choices(_LAYOUTS, _LAYOUT_WEIGHTS)[0]
    if layout == "html":
        message.set_content(html, subtype="html")
        return message.as_bytes()
    message.set_content(f"Dear friend,\n\n{plain}")
    if layout == "alternative":
        message.add_alternative(html, subtype="html")
        message.set_boundary(f"=_mailguard_{index:06d}")  # the default one is random
    return message.as_bytes()
