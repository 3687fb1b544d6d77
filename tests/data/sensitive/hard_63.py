"""Hard set 63 (2026-12-07): e-mail threads from seven nonprofit senders.

Written by an independent helper session working blind. It read only the files its brief
allowed: /work/shared/policy/privacy-policy.txt (all of it),
tests/data/sensitive/independent_sets.py, scanner/categories.py, the output of `grep -n
"line-length" pyproject.toml`, /tmp/mg/conventions.txt and /tmp/mg/brief63.txt. It ran `cat`,
`sed`, `grep` and `awk` on those files and on its own scratch files, that grep, `cal` (not
installed) and then `python3 -c` with the calendar module to check weekdays for November and
December 2026, python3 one-liners checking a length and a Luhn result, throwaway Python
scripts under /tmp/hard63_gen/ (an identifier generator, one script per group of cases and an
emitter that writes this module and counts words per case), this module's validator, `ruff
format`, `ruff check`, `git add`, `git commit` and `git rev-parse HEAD`. It never looked at
the detector, its rules or any other test set, listed no directory and used no search tool.
Slips: none.

The senders, as the brief asks: a food bank, a youth soccer league, a community health
center's volunteer office, a tenants' union, a church-run thrift shop, a scholarship fund and
a public radio station's membership desk. Every case is a thread: quoted replies ("> ",
">> "), forwarded blocks, Outlook headers in the body, inline answers under quoted questions,
auto-replies, list digests, signatures, disclaimers and "Sent from my iPhone" tails. Values
and disclosures sit in the subject line, deep in a quote, only in the forwarded part, only in
a signature or auto-reply, or in an answer whose question is quoted above it.

Identifiers: card numbers were generated with random.Random(6307) on Visa, Mastercard,
Discover and Amex prefixes with a Luhn check digit (the Discover and Mastercard last fours
come from two such numbers); full SSNs follow the SSA rules (area not 000, 666 or 9xx, group
and serial not zero) and the ITIN has a 9 and group 74; routing numbers carry a valid prefix
and the ABA checksum; the IBAN is a DE IBAN with mod-97 check digits; account numbers, the
child's passport, the PIN, one-time codes, CVVs and the SSN last four are random digits from
the same seed; the Oregon ID, the Illinois, Washington and Florida licences, the Nigerian
passport and the tribal ID were composed by hand in those documents' formats; the secret key,
the auth token and one publishable key are random characters from the same seed, and the other
publishable key, the account ID and the account SID were typed by hand; passwords and security
answers were invented by hand. The 16-digit order number in a decoy fails Luhn. Phone numbers
are 555-01xx. All people, organisations, vendors, domains and e-mail addresses are invented;
real place names, tribal nations, a state prison and a university appear only as places or
affiliations.

CONVENTIONS (every label can be checked against these):
- A special category (health, genetic, biometric, racial_ethnic_origin, political_opinion,
  religious_belief, trade_union_membership, sexual_orientation, criminal_history) counts
  only when it is disclosed about an identifiable person: someone named (a first name is
  enough), the addressee, the writer in the first person, or a clearly identified
  relative, colleague or client ("your mother", "her wife"). It is labelled once per text,
  with value "", however many people or mentions the text holds. Implicit disclosures
  count: a program name that only serves one condition (HOPWA approval means HIV), a drug
  used only for one condition (Biktarvy), "came home after six years at Soledad" (prison).
- Never counted: topics, events, programs and services offered to all, appeals,
  anonymised or composite stories, aggregate statistics, public figures' public positions,
  templates with unfilled fields, blank forms, placeholders (XXXX, ___), policy text, job
  postings, and scenarios marked as fiction or training. Hypotheticals ("if a result ever
  comes back reactive") and negations about practice ("we never ask about religion")
  disclose nothing.
- health: any condition, diagnosis, test result (positive or negative: an HIV-negative
  PrEP lab result is health), exposure notice, treatment, medication, pregnancy and its
  care or ending, addiction treatment, disability plan, vaccination status. Medical
  transition (hormones, surgery) is health; gender identity, pronouns or a name change
  alone are not labelled at all. A generic appointment reminder naming no condition,
  treatment or condition-specific service is not health; a shipping notice that names no
  drug is not health. A prayer-list request for a named person's illness is health.
- genetic: a genetic test result about an identifiable person. It is labelled genetic
  only, unless a condition, diagnosis or treatment (of that person or of an identified
  relative) is also disclosed, which adds health. A carrier or pathogenic-variant finding
  with only "we will discuss screening" is genetic only. An ancestry ethnicity estimate is
  genetic and racial_ethnic_origin.
- biometric: biometric data itself or the result of biometric processing tied to an
  identifiable person (fingerprint templates or their hashes, face-match scores). A
  biometric consent policy, a product update, or the mere mention that fingerprints were
  checked for a background check is not biometric.
- criminal_history: arrests, charges, convictions, juvenile adjudications, incarceration,
  jail custody, probation, parole, drug-court supervision. A clean background check ("no
  records found") is not criminal history. Civil immigration detention alone is not
  criminal history (nor ethnic origin); nationality alone is not labelled.
- religious_belief: a person's stated faith, membership of a congregation, or religious
  practice (baptism, communion, daily prayer at a mosque, a religious exemption). Being
  named on a prayer list, receiving a church's help, or giving to a church is not by
  itself religious_belief.
- political_opinion: a private person's support for, volunteering for, contribution to or
  stated vote for a candidate, party or committee (even though large contributions are
  later reported publicly). A generic "Hi friend" campaign email is not.
- trade_union_membership: membership, a signed union authorization card, union dues on a
  pay statement, or strike benefits paid to a named member. Invitations to open meetings
  and appeals are not.
- sexual_orientation stands for the whole of Section 9(d)'s "sexual orientation or sexual
  activity": a stated orientation, a same-sex spouse or partner, a person's sexual contacts
  (partner notification) or sex work. PrEP use alone is health only.
- racial_ethnic_origin: a stated race, ethnicity, indigenous people or tribal enrollment of
  an identifiable person, or an ancestry estimate. Language spoken alone is not labelled.
- Value labels, each on the value exactly as written (separators, dots, a line break
  inside a card number are kept): a passport of any country is US_PASSPORT; a driving
  licence of any state, province or country is US_DRIVER_LICENSE; a state ID card, and a
  tribal nation's ID card number, is US_STATE_ID; ITIN is US_ITIN; a full SSN is US_SSN,
  and a partial SSN given as such (last four, "XXX-XX-1234") is US_SSN on the visible
  digits. Card numbers are CREDIT_CARD; the last four of a card alone are
  CREDIT_CARD_LAST_DIGITS; a security code is CVV. A bank account number is
  US_BANK_NUMBER, a routing number ABA_ROUTING_NUMBER, an IBAN IBAN_CODE. The masked last
  four of a bank account ("checking ending in 4471") are not labelled: Section 9's "any
  portion thereof" attaches to government identifiers (a) only, and the label set gives
  no partial-account label.
- PASSWORD: passwords and security-question answers that open a financial or online
  account (each answer a separate label). PIN: a PIN that opens a card, bank, tax or
  other personal account (an IRS Identity Protection PIN counts). ACCESS_CODE: a one-time
  code that opens an account. Per the policy, codes that open no account are never
  labelled: door keypads, gates, alarms, lockboxes, a shared guest Wi-Fi password, promo
  codes. API_KEY: only the secret part of vendor credentials (a secret key, an auth
  token), never the publishable key or account SID beside it.
- CREDIT_SCORE on each score as written; CREDIT_REPORT on each adverse credit-report item
  (collection, charge-off, late payment, bankruptcy), the span running from the item's
  name (leading article left out) to the end of its line or clause.
- Identifiers with no label in the set are not labelled and do not make a text positive:
  organisations' EINs, FEC committee IDs, prison DOC/booking numbers, court case and
  docket numbers, medical record and order numbers. (The texts avoid A-numbers and
  Medicare numbers, for which the label set has no label.)

Added for this set:
- Thread position changes nothing: a value or disclosure counts in the subject line, a quote
  at any depth, a forwarded block, a signature, an auto-reply or one item of a digest. Each
  value stands once in its text; when a quoted question asks for it and the reply gives it
  ("> What's her PIN?" / "7073"), the label is on the answer only.
- Nothing is labelled for a question that is never answered, "I'll call you with it", "I'll
  bring the passport", a value written XXXX, asterisks or blanks, a form template, or a
  confidentiality disclaimer that mentions SSNs, bank details or health information.
- Signatures: "Steward, ... Local 412 - proud member since 1998" is the writer's
  trade_union_membership; "Living with HIV since 2009" is health; "Enrolled citizen of the
  Oneida Nation of Wisconsin" is racial_ethnic_origin. A Bible verse in a staff signature and
  "God bless" disclose nothing.
- An auto-reply saying the writer is out for chemo for lymphoma is health. A subject line
  "Maya C. - asthma action plan" is health for Maya though the body names no condition; a
  subject line "Mastercard ending 5512 declined" is CREDIT_CARD_LAST_DIGITS.
- health also covers: a named client's insulin and A1C; the writer's pregnancy; a positive
  QuantiFERON and latent-TB plan; a non-immune hepatitis B titer with the vaccine series; a
  confirmed concussion; Vyvanse for a named child; a knee replacement; a broken hip and
  surgery; a grandmother's cataract surgery; a hospitalisation for depression with
  sertraline. Not health: onboarding labs "in your portal" with no result and a hypothetical
  "if it ever came back positive"; a generic appointment reminder; blood-drive questions and
  vaccination or concussion policies offered to all; a job posting preferring lived
  experience; a volunteer who drives the dialysis run; an unnamed roommate's allergy beside
  a named child's medication (one label either way); "the hospital bill" and a "medical
  collection" naming no condition (the collection is CREDIT_REPORT).
- A religious exemption as a Christian Scientist from flu and COVID vaccines is
  religious_belief and health. Praying Jumu'ah at a masjid every Friday, twins confirmed at a
  parish, and a daily Mass-goer asking for Communion are religious_belief. Asking whether a
  coat voucher requires being Catholic is not.
- criminal_history: a screening result listing a DUI conviction and probation; court-ordered
  community service hours signed for a probation officer; a father "in Stateville until
  2028"; a son arrested, charged and awaiting arraignment. Not: clean checks, fingerprints
  taken for a check, an eviction hearing, ICE detention awaiting a bond hearing, nationality,
  language, "my Social Security" as income.
- political_opinion: a named tenant canvassing for and giving to a council candidate; a
  donor who volunteered for a councilmember's re-election. Not: council roll-call votes,
  candidates invited on air, a tenant union's endorsement, dues or vote count.
- trade_union_membership: a tenant who has been in a healthcare workers' local since she
  started and walks out Monday. Not: a labour council's public food drive, a station story
  about a strike and its union's president.
- sexual_orientation: a man's "boyfriend Luis", a man's "husband Tom", a finalist's essay
  about coming out as gay (a reader's "Score: 9/10" is no credit score). A child's new first
  name and they/them pronouns are not labelled.
- A sickle cell trait from newborn screening, with genetic counselling only, is genetic
  only. A DNA-kit result "41% Yoruba and 22% Irish" is genetic and racial_ethnic_origin.
- Face-match scores for named volunteers in a kiosk exception log are biometric; a kiosk
  rollout notice with consent and an aggregate match rate is not.
- A volunteer's note of a client's EBT PIN is PIN. A one-time code for a youth league's
  roster-platform admin account that holds registration payouts, and one for a tenants'
  union's credit-union account, are ACCESS_CODE; "the phone ending in" a number is not.
- PASSWORD: a volunteer-fund bank password and its security answer; a tenant's resident
  portal password sent to the organiser; a member's password for the station's streaming
  service (the word "Passport" there is a product, no passport); a thrift shop's POS
  dashboard password, its credit-union password and security answer. An alarm code, shed
  and gate codes, a back-dock keypad, a guest Wi-Fi password and a promo code are not.
- API_KEY: an SMS vendor's auth token in a list digest and a payment secret key quoted by a
  vendor's support; the account SID, publishable keys and account ID are not.
- An Oregon ID card number and a tribal ID card number are US_STATE_ID (with the stated
  tribal affiliation as racial_ethnic_origin); Illinois, Washington and Florida licences are
  US_DRIVER_LICENSE; a child's passport and a Nigerian passport are US_PASSPORT; an SSN
  typed with spaces on a W-9 reply and a "last four of social" given to a landlord are
  US_SSN; a mother's ITIN is US_ITIN; a German parent's IBAN with its spaces is IBAN_CODE.
- Cards: a card read out in a voicemail transcript, a card broken over two lines (one value
  holding the line break) and an Amex in 4-6-5 groups are CREDIT_CARD; "code on the back"
  and the Amex's four-digit front code are CVV; "The Discover, ending 4424" is
  CREDIT_CARD_LAST_DIGITS; "checking ending in" a number is not labelled.
- An adverse action letter's score and a student's "My score is 588" are CREDIT_SCORE; each
  key factor or report item is CREDIT_REPORT on its line after the dash (or on its own
  line). "About a hundred points", "My credit score isn't great" and a redacted "Score: XXX"
  are not labelled.
- Unlabelled identifiers: member numbers, gift receipts, ticket, order, tracking, PO,
  maintenance-request, court case and payment reference numbers, an EIN, reason codes and
  the anonymised "Maria" of an appeal.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.sensitive.independent_sets import Case, write

HARD_63: list[Case] = [
    # food bank: PIN split from the quoted question
    (
        "Subject: Re: Mrs. Hadley's EBT card / Thursday pantry\n"
        "\n"
        "7073. She had it written on the back of an envelope, which I took from\n"
        "her and shredded after I called it in. The card works again as of this\n"
        "morning and she shopped the Thursday pantry with it.\n"
        "\n"
        "- Bernadette\n"
        "\n"
        "On Tue, Dec 1, 2026 at 9:14 AM Keisha Marlow <kmarlow@eastsidefoodbank.org> wrote:\n"
        "> Bernadette, the state line needs the four-digit PIN on Ruth Hadley's\n"
        "> card before they'll unlock it (she tried the old one three times). She\n"
        "> said you helped her set it up at the October visit.\n"
        "> What's her PIN?\n"
        ">\n"
        "> Keisha Marlow | SNAP Outreach, Eastside Community Food Bank\n"
        "> (555) 555-0143",
        [
            ("PIN", "7073"),
        ],
    ),
    # food bank: PIN asked, never given
    (
        "Subject: Re: EBT PIN reset for the Okoro household\n"
        "\n"
        "I'd rather not put it in an email - I'll call you with it after the\n"
        "2 o'clock distribution. Grace said she's fine with me giving it to you\n"
        "by phone, and I'll cross it out of my notebook afterwards.\n"
        "\n"
        "Sent from my iPhone\n"
        "\n"
        "> On Dec 2, 2026, at 11:02 AM, Keisha Marlow <kmarlow@eastsidefoodbank.org> wrote:\n"
        ">\n"
        "> Hi Tomas, quick one: Grace Okoro's replacement EBT card arrived but the\n"
        "> state line wants the new PIN before they'll release the November\n"
        "> benefit. Can you send me what she picked? Her card number ends in XXXX,\n"
        "> I'll get it from her file.",
        [],
    ),
    # food bank: diabetes only in the forwarded part
    (
        "Hi Dev, forwarding so you have the Route 4 change before you load\n"
        "tomorrow. Box labels are in the walk-in cooler.\n"
        "- Marcus\n"
        "\n"
        "---------- Forwarded message ---------\n"
        "From: Luz Arreola <larreola@eastsidefoodbank.org>\n"
        "Date: Mon, Nov 30, 2026 at 4:41 PM\n"
        "Subject: delivery list changes\n"
        "To: Home Delivery Drivers <drivers@eastsidefoodbank.org>\n"
        "\n"
        "Two changes for Wednesday's route:\n"
        "1. Mr. Ifeanyi Okafor (Route 4, stop 7) was just put on insulin after\n"
        "   his A1C came back at 10.2 - please swap his box for the low-sugar one.\n"
        "2. The Pruitt stop moves to the back door, gate is on the left.\n"
        "\n"
        "Thanks all,\n"
        "Luz",
        [
            ("health", ""),
        ],
    ),
    # food bank: digest of policies
    (
        "Subject: Eastside Food Bank volunteer digest - 3 messages\n"
        "\n"
        "1. From: Luz Arreola - Diabetes-friendly boxes\n"
        "We now pack a low-sugar box for any household that asks. Drivers don't\n"
        "need to know why; just match the sticker (green = low-sugar) to the list.\n"
        "\n"
        "2. From: Marcus Lind - Route cards\n"
        "Route cards now show only a first name and stop number. If a client\n"
        "tells you about a medical condition, don't write it on the card - tell\n"
        "Luz.\n"
        "\n"
        "3. From: Keisha Marlow - SNAP help desk\n"
        "Never ask a client for their EBT PIN or card number. If someone starts\n"
        "reading it out to you, stop them and hand them the state helpline card:\n"
        "(555) 555-0118.\n"
        "\n"
        "You are receiving this digest because you volunteer with Eastside\n"
        "Community Food Bank. Manage settings: eastsidefoodbank.org/digest",
        [],
    ),
    # food bank: own chemo in an auto-reply
    (
        "Subject: Automatic reply: Saturday turkey sort - need 12 more people\n"
        "\n"
        "Thanks for your note. I'm out of the office on Tuesdays and Wednesdays\n"
        "through January while I finish my last rounds of chemo for the\n"
        "lymphoma, so replies may be slow. For urgent warehouse issues call Dev\n"
        "Patel at (555) 555-0162.\n"
        "\n"
        "Joan Whitlow\n"
        "Volunteer Coordinator, Eastside Community Food Bank\n"
        "\n"
        "> From: Priya Natarajan\n"
        "> Sent: Wednesday, December 2, 2026 8:03 AM\n"
        "> Subject: Saturday turkey sort - need 12 more people\n"
        "> Joan - can you post the Saturday shift on the volunteer board? We're\n"
        "> short for the 8 AM start.",
        [
            ("health", ""),
        ],
    ),
    # food bank: auto-reply with a disclaimer
    (
        "Subject: Automatic reply: RE: Pallet count for TEFAP delivery\n"
        "\n"
        "I am out of the office until Monday, December 14, with limited access\n"
        "to email. For TEFAP delivery questions contact the warehouse at\n"
        "(555) 555-0162. For client eligibility questions, please do not send\n"
        "names, dates of birth or Social Security numbers by email; call the\n"
        "intake desk instead.\n"
        "\n"
        "Dev Patel | Warehouse Lead\n"
        "Eastside Community Food Bank\n"
        "CONFIDENTIALITY NOTICE: This message may contain confidential\n"
        "information, including protected health information or personal\n"
        "identifiers. If you received it in error, notify the sender and delete\n"
        "it.",
        [],
    ),
    # food bank: state ID number in an inline answer
    (
        "Subject: RE: TEFAP sign-in sheet - missing ID line\n"
        "\n"
        "Answers inline, Dev.\n"
        "\n"
        "> Which household was missing the ID line on row 14?\n"
        "That was Marisol Yanez. She showed her Oregon ID card, I just forgot\n"
        "to copy the number over.\n"
        "\n"
        "> Do you have the number? The audit is Friday.\n"
        "Yes: 4819736, expires 2029.\n"
        "\n"
        "> Anything else missing?\n"
        "Row 22 signed but didn't date. I'll catch him next week.\n"
        "\n"
        "Thanks - Nadia\n"
        "\n"
        "-----Original Message-----\n"
        "From: Dev Patel\n"
        "Sent: Thursday, December 3, 2026 10:12 AM\n"
        "To: Nadia Ferraro\n"
        "Subject: TEFAP sign-in sheet - missing ID line",
        [
            ("US_STATE_ID", "4819736"),
        ],
    ),
    # food bank: a dog's diabetes
    (
        "Subject: Re: Re: pet food pantry - special request\n"
        "\n"
        "> > Biscuit (my beagle) was just diagnosed with diabetes and the vet\n"
        "> > says he needs the prescription kibble. Do you ever get that donated?\n"
        ">\n"
        "> Hi Lorraine, sometimes! I'll flag it for the pet store pickup.\n"
        "\n"
        "Good news - the pet store on Division sent six bags of the glycemic\n"
        "formula this week. I set two aside with your name on them at the front\n"
        "desk. Also a reminder that his insulin syringes go in the sharps jug by\n"
        "the door, not the trash.\n"
        "\n"
        "Warmly,\n"
        "Ana, Pet Pantry volunteer\n"
        "Eastside Community Food Bank",
        [],
    ),
    # food bank: union membership only in the signature
    (
        "Subject: Re: Truck drive on the 12th - drivers?\n"
        "\n"
        "Count me in for the 6 AM run, and I can bring two more drivers from my\n"
        "barn. We'll need the dock door open by 5:45 so we can load before the\n"
        "traffic.\n"
        "\n"
        "Ray Kowalczyk\n"
        "Steward, Freight & Warehouse Drivers Local 412 - proud member since 1998\n"
        "Sent from my iPhone\n"
        "\n"
        "On Wed, Dec 2, 2026 at 7:55 PM Dev Patel <dpatel@eastsidefoodbank.org> wrote:\n"
        "> Anyone with a CDL able to help with the Dec 12 holiday truck drive? We\n"
        "> have two 26-footers donated for the day and only one licensed driver.",
        [
            ("trade_union_membership", ""),
        ],
    ),
    # food bank: labour council's public food drive
    (
        "Subject: Fwd: Union food drive at the Labor Temple\n"
        "\n"
        "Joan - this landed in the general inbox. Worth putting on the calendar?\n"
        "We could send a truck on the 11th.\n"
        "Dev\n"
        "\n"
        "---------- Forwarded message ---------\n"
        "From: Mid-Valley Labor Council <info@midvalleylabor.org>\n"
        "Date: Tue, Dec 1, 2026 at 3:20 PM\n"
        "Subject: Union food drive at the Labor Temple\n"
        "To: Community Partners <partners@midvalleylabor.org>\n"
        "\n"
        "All locals and friends are invited to drop off canned goods at the\n"
        "Labor Temple, 1140 Alder St, Dec 7-11. Open to the public; no union\n"
        "card needed. Every can goes to Eastside Community Food Bank.",
        [],
    ),
    # food bank: card and security code deep in the quote
    (
        "Subject: Re: Re: monthly gift - card change\n"
        "\n"
        "Hi Mr. Brandt, thank you - the new card is on your monthly gift as of\n"
        "today. For your safety, please don't email card numbers in the future;\n"
        "I have deleted your message from our inbox.\n"
        "\n"
        "Ellen Sato, Donor Relations\n"
        "Eastside Community Food Bank\n"
        "\n"
        "On Thu, Dec 3, 2026 at 6:40 AM Walter Brandt <wbrandt1951@gmail.com> wrote:\n"
        "> Ellen,\n"
        "> The bank sent a new card after the data breach. Here it is for the\n"
        "> $40 a month:\n"
        "> 4319 3071 7929 0348, exp 11/29, security code 257\n"
        "> Same billing address.\n"
        ">\n"
        ">> On Wed, Dec 2, 2026 Ellen Sato wrote:\n"
        ">> Your December gift was declined. Could you call us to update it?",
        [
            ("CREDIT_CARD", "4319 3071 7929 0348"),
            ("CVV", "257"),
        ],
    ),
    # food bank: card redacted, taken by phone
    (
        "Subject: RE: declined gift - Hollis\n"
        "\n"
        "Thanks Ellen. I called Mrs. Hollis back and she read me the new card\n"
        "over the phone; it's entered in the donor database and the $25 went\n"
        'through (confirmation 88213-D). In the notes I put "card updated by\n'
        'phone 12/3" and nothing else.\n'
        "\n"
        "From: Ellen Sato\n"
        "Sent: Thursday, December 3, 2026 9:51 AM\n"
        "To: Gift Processing\n"
        "Subject: declined gift - Hollis\n"
        "\n"
        "Card on file: **** **** **** XXXX (expired). She prefers a call after\n"
        "4 PM at (555) 555-0177. Please don't write the new number in the notes\n"
        "field.",
        [],
    ),
    # food bank: own pregnancy in an inline answer
    (
        "Subject: Re: warehouse shift swap\n"
        "\n"
        "> Can you take the Saturday pallet-breakdown shift instead of front desk?\n"
        "\n"
        "I'd better not - I'm 31 weeks pregnant and my OB said nothing over 20\n"
        "pounds until after the baby comes. Happy to do front desk or the phone\n"
        "line any day though!\n"
        "\n"
        "Nadia F.\n"
        "\n"
        "Sent from my iPhone\n"
        "\n"
        "> On Dec 3, 2026, at 4:20 PM, Dev Patel <dpatel@eastsidefoodbank.org> wrote:\n"
        "> Looking for someone to swap with Marco this Saturday, 8 to noon.",
        [
            ("health", ""),
        ],
    ),
    # food bank: SMS vendor auth token in a list digest
    (
        "Subject: [eastside-tech] Digest, Vol 3, Issue 11 (2 messages)\n"
        "\n"
        "Message: 1\n"
        "From: Arun Mehta <arun@eastsidefoodbank.org>\n"
        "Subject: SMS reminders broken again\n"
        "\n"
        "The pickup-reminder texts stopped Monday. Someone regenerated the\n"
        "credentials in the SMS vendor console, and the script needs both:\n"
        "  Account SID: AC7f3e9b21d04c5a88e6b1f0d2c49a7e31\n"
        "  Auth token:  439f9b2dab86ad5ee01f5b85cd500dac\n"
        "I'll update the server tonight unless someone objects.\n"
        "\n"
        "Message: 2\n"
        "From: Luz Arreola <larreola@eastsidefoodbank.org>\n"
        "Subject: Re: SMS reminders broken again\n"
        "\n"
        "Go ahead, clients have been calling to ask if Thursday is still on.\n"
        "\n"
        "_______________________________________________\n"
        "eastside-tech mailing list",
        [
            ("API_KEY", "439f9b2dab86ad5ee01f5b85cd500dac"),
        ],
    ),
    # youth: passport number in the first-level quote
    (
        "Subject: Re: Re: Re: U12 age verification - Mateo Rojas\n"
        "\n"
        "Perfect, that works. Mateo is verified for U12 and he's on the\n"
        "Thunder roster. See you at the jamboree!\n"
        "- Fran, Registrar\n"
        "\n"
        "On Wed, Dec 2, 2026 at 8:33 PM Paula Rojas <paularojas.home@gmail.com> wrote:\n"
        "> Here you go: 847467826 (issued 2022), DOB April 19, 2015.\n"
        ">\n"
        "> On Wed, Dec 2, 2026 at 5:10 PM Fran Dillard <registrar@riverbendysl.org> wrote:\n"
        ">> We can use the passport instead. Just send the number and his date\n"
        ">> of birth and I'll check it against the copy you showed at skills night.\n"
        ">>\n"
        ">>> On Tue, Dec 1, 2026 Paula Rojas wrote:\n"
        ">>> His birth certificate is at my mom's in Texas. Can we use his\n"
        ">>> passport?",
        [
            ("US_PASSPORT", "847467826"),
        ],
    ),
    # youth: passport asked for, brought in person
    (
        "Subject: Re: U10 age verification - Theo\n"
        "\n"
        "I'll just bring the passport to check-in on Saturday so you can look at\n"
        "it in person - I don't love sending that stuff by email. Same for his\n"
        "sister's birth certificate.\n"
        "\n"
        "Thanks!\n"
        "Danielle\n"
        "\n"
        "On Thu, Dec 3, 2026 at 1:15 PM Fran Dillard <registrar@riverbendysl.org> wrote:\n"
        "> Hi Danielle, we still need age verification for Theo before the U10\n"
        "> roster locks Friday. A birth certificate or passport is fine. If the\n"
        "> upload isn't working, just reply with the passport number and his\n"
        "> date of birth.",
        [],
    ),
    # youth: condition only in the subject line
    (
        "Subject: Re: Maya C. - asthma action plan before Saturday's tournament\n"
        "\n"
        "Yes - it's in the front pocket of her bag, same as last season. She\n"
        "knows when she needs it. I'll be on the sideline for the 9 AM game\n"
        "anyway.\n"
        "\n"
        "Renee\n"
        "\n"
        "On Thu, Dec 3, 2026 at 7:02 PM Ben Ochoa <bochoa@riverbendysl.org> wrote:\n"
        "> Hi Renee, just checking Maya has everything she needs for Saturday.\n"
        "> Our trainer asked me to confirm with each family on the medical list.",
        [
            ("health", ""),
        ],
    ),
    # youth: coaches digest
    (
        "Subject: RYSL Coaches Digest - Vol 12, Issue 4 (4 messages)\n"
        "\n"
        "Today's topics:\n"
        "1. Concussion protocol reminder (Fran Dillard)\n"
        "2. Field 3 gate code (Tom Becker)\n"
        "3. Heat and hydration (Ben Ochoa)\n"
        "4. Background checks due (Fran Dillard)\n"
        "\n"
        "1. Any player who takes a hit to the head sits out the rest of the\n"
        "game, no exceptions. Return to play requires a signed clearance form\n"
        "from a doctor. Forms are in the coach binder.\n"
        "\n"
        "2. Field 3 gate code is 4610 through the end of the season.\n"
        "\n"
        "3. Water breaks every 20 minutes when it's over 85 degrees.\n"
        "\n"
        "4. All coaches need a current background check before the spring\n"
        "draft. The link is on the coach portal; the vendor handles\n"
        "fingerprints.",
        [],
    ),
    # youth: a coach's DUI conviction in a forwarded screening result
    (
        "Subject: FW: Background check result - G. Tillman (CONFIDENTIAL)\n"
        "\n"
        "Board only, please. I'd like to discuss Thursday before anyone talks\n"
        "to him.\n"
        "- Tom\n"
        "\n"
        "From: ClearPath Screening <results@clearpathscreening.com>\n"
        "Sent: Wednesday, December 2, 2026 6:15 AM\n"
        "To: Volunteer Safety\n"
        "Subject: Background check result - G. Tillman\n"
        "\n"
        "Candidate: Gregory Tillman\n"
        "Result: REVIEW REQUIRED\n"
        "Records found: 1\n"
        "- 2019, Pima County: DUI, misdemeanor, convicted; 12 months probation,\n"
        "  completed 2020.\n"
        "Sex offender registry: no match.",
        [
            ("criminal_history", ""),
        ],
    ),
    # youth: clean background checks
    (
        "Subject: RE: Background checks - U8 coaches\n"
        "\n"
        "Fran - all four U8 coaches came back clear. Summary from the vendor:\n"
        "\n"
        "  Coach         Status   Records\n"
        "  Lena Park     Clear    No records found\n"
        "  Omar Haddad   Clear    No records found\n"
        "  Jess Whitley  Clear    No records found\n"
        "  Nate Suarez   Clear    No records found\n"
        "\n"
        "Fingerprints were taken at the county office for Omar because his name\n"
        "matched a common alias; nothing came of it. Badges can be printed.\n"
        "\n"
        "Tom Becker, Volunteer Safety\n"
        "\n"
        "> From: Fran Dillard\n"
        "> Sent: Monday, November 30, 2026\n"
        "> Where are we on the U8 checks?",
        [],
    ),
    # youth: a father's incarceration in the forwarded part
    (
        "Subject: Fwd: scholarship form for Jaylen\n"
        "\n"
        "Hi Fran, forwarding from Jaylen's grandmother so you have the context\n"
        "for the fee waiver. Please keep this between us and the treasurer.\n"
        "- Coach Andre\n"
        "\n"
        "---------- Forwarded message ---------\n"
        "From: Dolores Pugh <dpugh44@yahoo.com>\n"
        "Date: Sun, Nov 29, 2026 at 9:02 PM\n"
        "Subject: scholarship form for Jaylen\n"
        "To: Andre Wells <awells.rysl@gmail.com>\n"
        "\n"
        "Andre, I have custody of Jaylen now. His dad is in Stateville until\n"
        "2028 and his mom moved out of state, so it's just me on my Social\n"
        "Security. I can't do the $140 this season. Is there a waiver?\n"
        "\n"
        "Dolores",
        [
            ("criminal_history", ""),
        ],
    ),
    # youth: fee waiver form template
    (
        "Subject: Re: fee waiver form?\n"
        "\n"
        "Here's the text of the form so you can fill it out on your phone:\n"
        "\n"
        "  Player name: ________\n"
        "  Parent/guardian: ________\n"
        "  Household size: ___   Monthly income: $_____\n"
        "  Do you receive SNAP, WIC or free school lunch?  Yes / No\n"
        "  Anything else you'd like the board to know? ________\n"
        "\n"
        "We don't ask for tax returns or Social Security numbers, and the board\n"
        "only sees the player's first name.\n"
        "\n"
        "Fran\n"
        "\n"
        "On Mon, Nov 30, 2026 at 6:48 PM Kim Tran <kimtran.nails@gmail.com> wrote:\n"
        "> Is there a form for the fee waiver? Money is tight since my hours got\n"
        "> cut.",
        [],
    ),
    # youth: ADHD medication in an inline answer
    (
        "Subject: Re: overnight tournament packing list\n"
        "\n"
        "> Any meds the chaperones should hold?\n"
        "Just one: Eli takes his Vyvanse at breakfast (30 mg, one capsule). I'll\n"
        "pack the two he needs in a labelled pill case and hand it to whoever is\n"
        "doing breakfast. If he skips it he'll be bouncing off the walls by\n"
        "noon, sorry in advance!\n"
        "\n"
        "> Dietary restrictions?\n"
        "No nuts in the hotel room please, his roommate is allergic.\n"
        "\n"
        "Thanks,\n"
        "Sarah Lindqvist\n"
        "\n"
        "On Fri, Dec 4, 2026 at 10:20 AM Ben Ochoa <bochoa@riverbendysl.org> wrote:\n"
        "> Parents, please reply to the questions below by Tuesday.",
        [
            ("health", ""),
        ],
    ),
    # youth: new first name and pronouns
    (
        "Subject: Re: roster name change\n"
        "\n"
        "Hi Coach Ben,\n"
        "\n"
        "Quick update for the roster and the jersey: Alex now goes by Sam, and\n"
        "uses they/them. They're excited about the new season. Could the back of\n"
        "the jersey just say SAM?\n"
        "\n"
        "Thank you!\n"
        "Gina Moreau\n"
        "\n"
        "> On Dec 1, 2026, at 7:30 PM, Ben Ochoa <bochoa@riverbendysl.org> wrote:\n"
        "> Jersey orders close Friday. Reply with any name or number changes.",
        [],
    ),
    # youth: a German parent's IBAN for a refund
    (
        "Subject: Re: refund for Jonas (moving back to Germany)\n"
        "\n"
        "> Can you send the IBAN and the account holder name for the refund?\n"
        "\n"
        "Account holder: Katrin Vogel\n"
        "IBAN: DE54 4653 8283 5336 7298 11\n"
        "I'll send the BIC tomorrow, the bank app is all in German.\n"
        "\n"
        "Thank you so much for refunding the spring fee, Jonas was sad to miss\n"
        "it.\n"
        "\n"
        "Katrin\n"
        "\n"
        "On Tue, Dec 1, 2026 at 4:02 PM Mo Greer <treasurer@riverbendysl.org> wrote:\n"
        "> Hi Katrin, the board approved the $95 spring refund. Since you'll be\n"
        "> abroad, a bank transfer is easiest.",
        [
            ("IBAN_CODE", "DE54 4653 8283 5336 7298 11"),
        ],
    ),
    # youth: one-time code for the league's admin account
    (
        "Subject: Fwd: Your RosterHub verification code\n"
        "\n"
        "Mo - this is the code for the league's RosterHub admin account, the one\n"
        "that holds the registration payouts. It expires in 10 minutes, hurry!\n"
        "\n"
        "---------- Forwarded message ---------\n"
        "From: RosterHub <no-reply@rosterhub.io>\n"
        "Date: Fri, Dec 4, 2026 at 7:41 PM\n"
        "Subject: Your RosterHub verification code\n"
        "To: registrar@riverbendysl.org\n"
        "\n"
        "Your verification code is 653886. It expires in 10 minutes. If you\n"
        "didn't request this code, you can ignore this email.",
        [
            ("ACCESS_CODE", "653886"),
        ],
    ),
    # youth: shed code, guest Wi-Fi, promo code
    (
        "Subject: Re: Re: Saturday setup at Field 3\n"
        "\n"
        "> What's the code for the equipment shed?\n"
        "2291, same as the gate. Please spin the dial after you lock it.\n"
        "\n"
        "> And the Wi-Fi for the scoreboard tablet?\n"
        "Network RYSL-Guest, password goalsgoals26.\n"
        "\n"
        "> Is the snack bar promo code still working?\n"
        "Yes, FALLFAMILY gets 10% off for parents.\n"
        "\n"
        "Tom\n"
        "\n"
        "On Fri, Dec 4, 2026 at 6:12 PM Nate Suarez <nate.suarez@outlook.com> wrote:\n"
        "> Tom, I'm opening Field 3 Saturday. Three quick questions below.",
        [],
    ),
    # youth: a volunteer driver's licence in a forwarded reply
    (
        "Subject: RE: Van drivers for the Dec 12 away game\n"
        "\n"
        "Adding Omar's info for the rental company below. Still need one more\n"
        "driver.\n"
        "- Tom\n"
        "\n"
        "From: Omar Haddad\n"
        "Sent: Friday, December 4, 2026 9:47 PM\n"
        "To: Tom Becker\n"
        "Subject: RE: Van drivers for the Dec 12 away game\n"
        "\n"
        "I can drive the second van. Insurance wants my license, it's an\n"
        "Illinois one: H316-0418-7193, exp. 2030. Let me know if they need a\n"
        "copy of the card too.\n"
        "\n"
        "Tom Becker wrote:\n"
        "> Need two drivers with a clean record for the 15-passenger vans.",
        [
            ("US_DRIVER_LICENSE", "H316-0418-7193"),
        ],
    ),
    # youth: licence form with placeholders
    (
        "Subject: Van rental form - driver info needed\n"
        "\n"
        "Hi drivers,\n"
        "\n"
        "The rental company needs the following for each driver by Wednesday.\n"
        "Please fill this in on paper and bring it to the coaches meeting -\n"
        "don't email it back:\n"
        "\n"
        "  Driver name: __________\n"
        "  License state: ____  License #: XXXXXXXXX\n"
        "  Date of birth: __/__/____\n"
        "  Any moving violations in the last 3 years? Y / N\n"
        "\n"
        "If you answer Y we'll find a different driver, no questions asked.\n"
        "\n"
        "Tom Becker\n"
        "Volunteer Safety, Riverbend Youth Soccer League\n"
        "\n"
        "> On Dec 3, 2026, Ben Ochoa wrote:\n"
        "> What do the drivers need to send?",
        [],
    ),
    # youth: a named player's concussion in an incident report
    (
        "Subject: FW: Incident report - U14 girls, Dec 5\n"
        "\n"
        "Fran, copy for the file. Parents were told at the field.\n"
        "\n"
        "From: Ben Ochoa\n"
        "Sent: Saturday, December 5, 2026 1:47 PM\n"
        "To: Tom Becker\n"
        "Subject: Incident report - U14 girls, Dec 5\n"
        "\n"
        "Player: Harper Lindgren (#9)\n"
        "What happened: head-to-head collision on a corner kick, 2nd half.\n"
        "Symptoms: headache, dizzy, couldn't remember the score.\n"
        "Action: pulled from the game per protocol; her mom took her to urgent\n"
        "care, where they confirmed a concussion. No return to play until the\n"
        "doctor's clearance form is in.",
        [
            ("health", ""),
        ],
    ),
    # health center: positive TB blood test in the quoted original
    (
        "Subject: RE: Volunteer onboarding - TB screening results\n"
        "\n"
        "Thanks Dr. Cole. I'll hold Kevin's start date until the chest X-ray is\n"
        "back. Kevin, no worries at all - this happens, and it doesn't change\n"
        "that we want you on the front desk team.\n"
        "\n"
        "Rosa Delgado | Volunteer Services\n"
        "Harbor Point Community Health Center\n"
        "\n"
        "-----Original Message-----\n"
        "From: Imani Cole, MD (Employee Health)\n"
        "Sent: Thursday, December 3, 2026 2:18 PM\n"
        "To: Rosa Delgado; Kevin Marsh\n"
        "Subject: Volunteer onboarding - TB screening results\n"
        "\n"
        "Kevin's QuantiFERON came back positive. No symptoms. Next step is a\n"
        "chest X-ray Monday; if clear, it's latent TB and we'll offer 3HP\n"
        "treatment. He can't start in patient areas until we have the film.",
        [
            ("health", ""),
        ],
    ),
    # health center: onboarding labs, no result given
    (
        "Subject: Re: TB test for volunteering?\n"
        "\n"
        "Hi Caroline, your onboarding labs are done and the results are in\n"
        "your patient portal. Employee Health will call every new volunteer\n"
        "either way before orientation, so you don't need to do anything.\n"
        "Badge pickup is at the security desk; bring a photo ID.\n"
        "\n"
        "Rosa\n"
        "\n"
        "> On Dec 2, 2026, at 4:44 PM, Caroline Huang wrote:\n"
        "> Did my TB test come back? I don't see anything yet and I don't want\n"
        "> to miss orientation. If it ever came back positive, would I still be\n"
        "> able to help?",
        [],
    ),
    # health center: religious exemption in inline answers
    (
        "Subject: Re: Flu vaccine requirement - exemption form\n"
        "\n"
        "> Are you requesting a medical or a religious exemption?\n"
        "Religious. I'm a Christian Scientist and we don't take vaccines; my\n"
        "practitioner can write a letter if you need one.\n"
        "\n"
        "> Which vaccines are you declining?\n"
        "Flu and COVID. I had the others as a child.\n"
        "\n"
        "Thank you for being understanding about this,\n"
        "Helen Sorensen\n"
        "\n"
        "On Tue, Dec 1, 2026 at 11:05 AM Rosa Delgado <rdelgado@harborpointchc.org> wrote:\n"
        "> Hi Helen, all volunteers in clinical areas need the flu shot by\n"
        "> Dec 15. If you need an exemption, please answer the two questions\n"
        "> below.",
        [
            ("religious_belief", ""),
            ("health", ""),
        ],
    ),
    # health center: vaccination policy
    (
        "Subject: FW: 2026-27 volunteer vaccination policy (for the handbook)\n"
        "\n"
        "Adding to the handbook as section 4. No changes from last year except\n"
        "the date.\n"
        "\n"
        "From: Employee Health\n"
        "Sent: Monday, November 30, 2026 8:00 AM\n"
        "Subject: 2026-27 volunteer vaccination policy\n"
        "\n"
        "All volunteers in patient areas must show a flu vaccine by December 15.\n"
        "Medical and religious exemptions are reviewed by Employee Health; we\n"
        "never ask which faith a volunteer practices and we do not keep the\n"
        "reason in the volunteer file. Volunteers with an exemption wear a mask\n"
        "in patient areas. Questions: ext. 4120.",
        [],
    ),
    # health center: HIV status only in a signature
    (
        "Subject: Re: Peer navigator shadow shifts\n"
        "\n"
        "Hi Rosa, Tuesday and Thursday mornings work. I can also cover the\n"
        "Friday testing table at the health fair if Marcus is out.\n"
        "\n"
        "Jerome Baptiste\n"
        "Peer Navigator Volunteer | Harbor Point CHC\n"
        "Living with HIV since 2009 - ask me anything\n"
        "\n"
        "On Wed, Dec 2, 2026 at 3:30 PM Rosa Delgado <rdelgado@harborpointchc.org> wrote:\n"
        "> Jerome, which days can you shadow with the peer navigation team next\n"
        "> week?",
        [
            ("health", ""),
        ],
    ),
    # health center: job posting
    (
        "Subject: Fwd: Posting - Peer Navigator (HIV services), 20 hrs\n"
        "\n"
        "Rosa - can you share this with the volunteer list? Some of our\n"
        "volunteers might be a great fit.\n"
        "\n"
        "---------- Forwarded message ---------\n"
        "From: HR <jobs@harborpointchc.org>\n"
        "Date: Mon, Nov 30, 2026\n"
        "Subject: Posting - Peer Navigator (HIV services), 20 hrs\n"
        "\n"
        "Harbor Point CHC is hiring a part-time Peer Navigator. Lived\n"
        "experience with HIV, hepatitis C or substance use recovery is strongly\n"
        "preferred. Duties: accompany patients to appointments, help with ADAP\n"
        "paperwork, staff testing events. $24/hr. Apply by December 18.",
        [],
    ),
    # health center: face-match scores in a kiosk log
    (
        "Subject: FW: Check-in kiosk exceptions - week of Nov 30\n"
        "\n"
        "Rosa, see the volunteer exceptions below. Fatima's badge photo is from\n"
        "2019 so the kiosk keeps rejecting her. Can we retake it Monday?\n"
        "- Tasha\n"
        "\n"
        "> From: Facilities IT\n"
        "> Sent: Friday, December 4, 2026 5:00 PM\n"
        "> Subject: Check-in kiosk exceptions - week of Nov 30\n"
        ">\n"
        "> Kiosk  Volunteer         Time         FaceMatch  Result\n"
        "> HP-02  Fatima Qureshi    11/30 07:58  0.61       REJECT (thr 0.80)\n"
        "> HP-02  Fatima Qureshi    12/01 08:02  0.64       REJECT (thr 0.80)\n"
        "> HP-01  Lionel Atwater    12/02 12:31  0.77       REJECT (thr 0.80)\n"
        "> All other check-ins this week matched above threshold.",
        [
            ("biometric", ""),
        ],
    ),
    # health center: kiosk rollout notice
    (
        "Subject: New volunteer check-in kiosks - what to know\n"
        "\n"
        "Starting January, volunteers will check in at a face-match kiosk\n"
        "instead of the paper log. A few things:\n"
        "- You'll sign a consent form first. If you'd rather not, use the badge\n"
        "  swipe at the front desk; nobody will ask why.\n"
        "- The vendor says it matches correctly 99.2% of the time across all\n"
        "  users at their pilot sites.\n"
        "- Templates are deleted 30 days after you stop volunteering.\n"
        "\n"
        "Reply to this email with questions, or stop by Volunteer Services.\n"
        "\n"
        "Rosa Delgado\n"
        "Volunteer Services | Harbor Point Community Health Center\n"
        "\n"
        "> On Dec 1, 2026, Tasha Green wrote:\n"
        "> Can you send the volunteers something about the kiosks?",
        [],
    ),
    # health center: bank password and security answer split from question
    (
        "Subject: Re: covering the volunteer fund while I'm out\n"
        "\n"
        "> What's the login for the bank site? I need to pay the caterer for the\n"
        "> appreciation lunch on the 10th.\n"
        "\n"
        "Username is hpchc-volfund, password is Harb0r!Lunch2026. If it asks\n"
        'the security question ("name of your first school"), the answer is\n'
        "Lincoln Elementary. Please change the password after I'm back.\n"
        "\n"
        "Rosa\n"
        "\n"
        "On Thu, Dec 3, 2026 at 5:55 PM Tasha Green <tgreen@harborpointchc.org> wrote:\n"
        "> Rosa, I know you're out next week. Two things I need before you go.",
        [
            ("PASSWORD", "Harb0r!Lunch2026"),
            ("PASSWORD", "Lincoln Elementary"),
        ],
    ),
    # health center: a volunteer's hepatitis B status in a digest
    (
        "Subject: [HPCHC Volunteers] Digest for Friday, December 4 (3 messages)\n"
        "\n"
        "--- 1. Parking changes (Facilities)\n"
        "Volunteers now park in Lot C; the garage is for patients only.\n"
        "\n"
        "--- 2. Hep B paperwork (Rosa Delgado)\n"
        "Kwame, your titer came back non-immune, so Employee Health will start\n"
        "the three-shot series on Monday; you can keep doing the greeter shift\n"
        "meanwhile. Everyone else on the clinic roster is complete.\n"
        "\n"
        "--- 3. Holiday potluck (Tasha Green)\n"
        "Sign-up sheet is on the break room door. Bring a dish if you can!\n"
        "\n"
        "You're receiving this because you're on the HPCHC volunteer list.",
        [
            ("health", ""),
        ],
    ),
    # health center: generic reminder and blood drive
    (
        "Subject: Fwd: Appointment reminder + blood drive\n"
        "\n"
        "Forwarding in case anyone on the volunteer team wants to give blood on\n"
        "the 16th.\n"
        "\n"
        "---------- Forwarded message ---------\n"
        "From: Harbor Point CHC <reminders@harborpointchc.org>\n"
        "Date: Thu, Dec 3, 2026\n"
        "Subject: Appointment reminder\n"
        "\n"
        "Hi Rosa, this is a reminder of your appointment on Tuesday, December 8\n"
        "at 10:40 AM at our Main Street site. Reply C to confirm.\n"
        "\n"
        "Also: the Community Blood Drive is Dec 16. Donors answer private\n"
        "questions about travel, medications and recent illness with a nurse\n"
        "at the drive.",
        [],
    ),
    # health center: a volunteer driver's licence; the dialysis run is a program
    (
        "Subject: RE: Medical rides program - driver approval\n"
        "\n"
        "Approved. Motor vehicle record is clean. Adding Liz to the Tuesday\n"
        "dialysis run list starting next week.\n"
        "\n"
        "From: Rosa Delgado\n"
        "Sent: Wednesday, December 2, 2026 1:20 PM\n"
        "To: Risk Management\n"
        "Subject: Medical rides program - driver approval\n"
        "\n"
        "New volunteer driver for the rides program:\n"
        "Elizabeth Norquist, Washington license WDLQ7K293BXZ, exp. 06/2031.\n"
        "Insurance card on file. Please run the MVR.",
        [
            ("US_DRIVER_LICENSE", "WDLQ7K293BXZ"),
        ],
    ),
    # health center: a same-sex spouse
    (
        "Subject: Re: Holiday potluck - plus ones?\n"
        "\n"
        "Great, then my husband Tom will come too - he's been hearing about the\n"
        "famous Harbor Point tamales for two years. We'll bring a pie.\n"
        "\n"
        "Gary Lindahl\n"
        "Front Desk Volunteer (Wednesdays)\n"
        "\n"
        "On Fri, Dec 4, 2026 at 12:02 PM Tasha Green <tgreen@harborpointchc.org> wrote:\n"
        "> Yes, spouses and partners are welcome at the potluck! Just add them\n"
        "> to the sign-up sheet so we get the headcount right.",
        [
            ("sexual_orientation", ""),
        ],
    ),
    # health center: interpreters (language only)
    (
        "Subject: Re: Spanish and Haitian Creole volunteers for flu clinic\n"
        "\n"
        "> Do we have anyone who speaks Haitian Creole for Saturday?\n"
        "\n"
        "Yes - Marie-Claude said she can do 9 to 1. She's also fine with\n"
        "Spanish if we get slammed, though she says she's rusty. Lionel is on\n"
        "for Spanish all day.\n"
        "\n"
        "Rosa\n"
        "\n"
        "On Thu, Dec 3, 2026 at 9:18 AM Imani Cole <icole@harborpointchc.org> wrote:\n"
        "> For the Saturday community flu clinic we need interpreters at every\n"
        "> station. Flu shots are free for everyone, no insurance needed.",
        [],
    ),
    # tenants: adverse action letter forwarded
    (
        "Subject: Fwd: denial letter - can the union help?\n"
        "\n"
        "Hi Carmen, here's the letter. I think the collection is the hospital\n"
        "bill from 2023 that I already paid. Can we dispute it?\n"
        "- Yusuf\n"
        "\n"
        "---------- Forwarded message ---------\n"
        "From: Crestline Property Group <leasing@crestlinepg.com>\n"
        "Date: Mon, Nov 30, 2026 at 10:12 AM\n"
        "Subject: Notice of adverse action - 411 Ashford Ave #3B\n"
        "To: Yusuf Adeyemi <yadeyemi@gmail.com>\n"
        "\n"
        "Your application was declined based on information in your consumer\n"
        "report from NorthStar Tenant Reports.\n"
        "Credit score used: 561 (range 300-850)\n"
        "Key factors:\n"
        "- Collection account, Summit Recovery Services, $1,284, reported 08/2025\n"
        "- 60-day late payment, Capital Auto Finance, 03/2026\n"
        "You have the right to a free copy of your report within 60 days.",
        [
            ("CREDIT_SCORE", "561"),
            (
                "CREDIT_REPORT",
                "Collection account, Summit Recovery Services, $1,284, reported 08/2025",
            ),
            ("CREDIT_REPORT", "60-day late payment, Capital Auto Finance, 03/2026"),
        ],
    ),
    # tenants: redacted screening report
    (
        "Subject: Re: screening report redacted for the committee\n"
        "\n"
        "Posting to the housing committee so we can talk about the pattern,\n"
        "with everything identifying blacked out:\n"
        "\n"
        "  Applicant: [redacted]      SSN: XXX-XX-XXXX\n"
        "  Score: XXX                 Decision: Declined\n"
        "  Reason codes: 01, 14, 38\n"
        "  Evictions: none found      Criminal: none found\n"
        "\n"
        'This is the fourth Crestline denial this month with "reason code 38"\n'
        "(insufficient rental history). Let's ask them what it means at\n"
        "Thursday's meeting.\n"
        "\n"
        "Carmen Ruiz, Ashford Tenants Union\n"
        "\n"
        "> On Dec 2, 2026, Sam Ortega wrote:\n"
        "> Can you share the report without the personal stuff?",
        [],
    ),
    # tenants: a member in a healthcare workers' local, inline answer
    (
        "Subject: Re: Strike support letter - building meeting\n"
        "\n"
        "> Is anyone in the building part of the nursing home strike?\n"
        "Me. I've been in Healthcare Workers United Local 318 since I started\n"
        "at Greenfield Manor, and we walk out Monday. If the tenants union can\n"
        "send a support letter, the local will read it at the rally.\n"
        "\n"
        "> Can you come to Thursday's meeting?\n"
        "After 7, yes.\n"
        "\n"
        "Winnie Adjei, #5C\n"
        "\n"
        "On Fri, Dec 4, 2026 at 9:10 AM Carmen Ruiz <carmen@ashfordtenants.org> wrote:\n"
        "> A couple of questions for everyone before Thursday.",
        [
            ("trade_union_membership", ""),
        ],
    ),
    # tenants: tenant union dues and an organisation's endorsement
    (
        "Subject: Dues reminder + endorsement vote\n"
        "\n"
        "Hi neighbors,\n"
        "\n"
        "Tenant union dues ($5/month per household) are due by the 15th. You can\n"
        "pay cash at the meeting or through the union's payment link. Dues go to\n"
        "the legal fund and flyers.\n"
        "\n"
        "Also, the membership voted 41-6 on Thursday to endorse Prop K (the rent\n"
        "stabilization measure). The union will be phone banking from the\n"
        "community room on Saturdays; everyone is welcome.\n"
        "\n"
        "In solidarity,\n"
        "Ashford Tenants Union steering committee\n"
        "\n"
        "> On Dec 4, 2026, Hector Ruelas wrote:\n"
        "> Can we send the dues reminder with the vote result?",
        [],
    ),
    # tenants: a member's canvassing and contribution, reported by a neighbour
    (
        "Subject: Re: Re: who's doing Saturday's door knock?\n"
        "\n"
        "Marguerite (4A) said she can't do the building door knock Saturday\n"
        "because she's canvassing for Dana Whitfield's council campaign all day.\n"
        "She also gave Whitfield $250 and wants a yard sign for the courtyard,\n"
        "which I told her the landlord will take down.\n"
        "\n"
        "> Who else can cover the east side?\n"
        "Probably me and Hector.\n"
        "\n"
        "Sam\n"
        "\n"
        "> On Dec 3, 2026, at 8:15 PM, Carmen Ruiz wrote:\n"
        "> Need 4 people for the door knock about the repair petition.",
        [
            ("political_opinion", ""),
        ],
    ),
    # tenants: council roll call (public votes)
    (
        "Subject: Fwd: Council vote on the rent cap\n"
        "\n"
        "Carmen - worth a line in the newsletter thanking the five yes votes by\n"
        "name? They're public votes. - Sam\n"
        "\n"
        "---------- Forwarded message ---------\n"
        "From: City Clerk Notices <notices@cityofashford.gov>\n"
        "Date: Wed, Dec 2, 2026\n"
        "Subject: Council vote on the rent cap\n"
        "\n"
        "Ordinance 26-114 passed 5-4. Voting yes: Whitfield, Ruelas, Okonkwo,\n"
        "Baird, Lam. Voting no: Tedesco, Harlan, Price, Moody. The ordinance\n"
        "takes effect February 1.",
        [],
    ),
    # tenants: resident-portal password shared with the organiser
    (
        "Subject: Re: rent ledger for the hearing\n"
        "\n"
        "I can't figure out the download button, so just log in as me:\n"
        "\n"
        "residents.crestlinepg.com\n"
        "user: abdi.farah4B\n"
        "pass: Sahra&Noor1212\n"
        "\n"
        'Print everything from January on. The ledger shows the $310 "late fee"\n'
        "they charged when I paid on the 3rd.\n"
        "\n"
        "Abdi\n"
        "\n"
        "On Tue, Dec 1, 2026 at 6:30 PM Carmen Ruiz <carmen@ashfordtenants.org> wrote:\n"
        "> Abdi, for the rent board hearing we need your full rent ledger. Can\n"
        "> you download it from the Crestline portal and send it?",
        [
            ("PASSWORD", "Sahra&Noor1212"),
        ],
    ),
    # tenants: password not sent
    (
        "Subject: Re: rent ledger for the hearing (Unit 2D)\n"
        "\n"
        "> Can you download your rent ledger from the portal and send it?\n"
        "\n"
        "The portal has been down all week. I'll bring my laptop Thursday and\n"
        "log in at the meeting so you can see it yourself - I'm not comfortable\n"
        "sending my password around, even to you.\n"
        "\n"
        "Thanks,\n"
        "Lourdes\n"
        "\n"
        "Sent from my iPhone\n"
        "\n"
        "> On Dec 1, 2026, at 6:31 PM, Carmen Ruiz wrote:\n"
        "> Lourdes, same request as Abdi: we need the full ledger for the hearing.",
        [],
    ),
    # tenants: one-time code for the union's credit-union account
    (
        "Subject: Re: bank login for the legal fund\n"
        "\n"
        "Just got it on my phone:\n"
        "227608\n"
        "\n"
        "Use it now, it times out in 5 minutes. I'll switch the texts to your\n"
        "number after the transition meeting.\n"
        "\n"
        "Hector (outgoing treasurer)\n"
        "\n"
        "> On Dec 4, 2026, at 2:10 PM, Sam Ortega wrote:\n"
        "> Hector, the credit union site is asking for the one-time code it\n"
        "> texted to you. Can you send it? I'm trying to pay the lawyer's\n"
        "> retainer from the legal fund.",
        [
            ("ACCESS_CODE", "227608"),
        ],
    ),
    # tenants: a son's arrest in the quoted message
    (
        "Subject: Re: can't make the meeting\n"
        "\n"
        "Of course, take care of your family first. The union's legal clinic\n"
        "partner does criminal defense too - want me to connect you?\n"
        "Carmen\n"
        "\n"
        "On Wed, Dec 2, 2026 at 11:47 PM Gloria Mendes <gmendes@gmail.com> wrote:\n"
        "> Carmen, I won't be at Thursday's meeting. My son Tiago was arrested\n"
        "> Sunday night and charged with possession, and his arraignment is\n"
        "> Thursday morning. I'm trying to get the bail money together.",
        [
            ("criminal_history", ""),
        ],
    ),
    # tenants: civil eviction hearing
    (
        "Subject: Eviction hearing reminder - Unit 1A\n"
        "\n"
        "Hi Mr. Kessler,\n"
        "\n"
        "Reminder that your eviction hearing is Tuesday, December 8 at 9:00 AM\n"
        "in Housing Court, Courtroom 4 (case no. 26-LT-004417). Our volunteer\n"
        "Priscilla will meet you outside at 8:30. Bring your rent receipts and\n"
        "the photos of the leak.\n"
        "\n"
        "If you can't make it, call me right away at (555) 555-0139 - missing it\n"
        "means a default judgment.\n"
        "\n"
        "Carmen Ruiz\n"
        "Ashford Tenants Union\n"
        "\n"
        "> On Nov 30, 2026, Walt Kessler wrote:\n"
        "> When is my court date again?",
        [],
    ),
    # tenants: weekly prayer at a masjid
    (
        "Subject: Re: moving the meeting to Friday?\n"
        "\n"
        "> Any objections to moving the general meeting to Friday at 1 PM?\n"
        "\n"
        "Yes, one: Hamid and I both pray Jumu'ah at the Ashford masjid at 1:15\n"
        "every Friday, and he's one of the people who actually talks to the\n"
        "landlord. Could we do 6:30 instead?\n"
        "\n"
        "Bilal Rahimi, #6D\n"
        "\n"
        "On Thu, Dec 3, 2026 at 4:40 PM Carmen Ruiz <carmen@ashfordtenants.org> wrote:\n"
        "> The community room is only free Friday this week.",
        [
            ("religious_belief", ""),
        ],
    ),
    # tenants: immigration detention, nationality, language
    (
        "Subject: Fwd: Help for the Soto family\n"
        "\n"
        "Forwarding from the phone tree. Please share the legal hotline with\n"
        "her.\n"
        "\n"
        "---------- Forwarded message ---------\n"
        "From: Lupe Ibarra\n"
        "Date: Thu, Dec 3, 2026 at 9:55 PM\n"
        "Subject: Help for the Soto family\n"
        "\n"
        "Ana Soto in 2C only speaks Spanish and is scared. ICE picked up her\n"
        "husband outside the bus stop Tuesday and he's being held at the\n"
        "processing center while they wait for a bond hearing. She needs help\n"
        "with December rent and the kids. She's from Guatemala and has been in\n"
        "the building nine years.",
        [],
    ),
    # tenants: a man's boyfriend
    (
        "Subject: Re: lease renewal - adding my partner\n"
        "\n"
        "Hi Carmen, thanks for the template letter. My boyfriend Luis moved in\n"
        "with me in September and the landlord is now saying a second adult\n"
        "violates the lease. We're not married yet, but we've been together six\n"
        "years. Does the ordinance protect us?\n"
        "\n"
        "Daniel Fairweather, #2A\n"
        "\n"
        "> On Dec 1, 2026, at 10:30 AM, Carmen Ruiz wrote:\n"
        "> Daniel, attached is the template for adding an occupant.",
        [
            ("sexual_orientation", ""),
        ],
    ),
    # tenants: SSN last four only in the forwarded part
    (
        "Subject: Fwd: re: Your maintenance request #4471-B\n"
        "\n"
        "Sam, look how they're asking for this now - for a plumbing ticket! I\n"
        "answered before I thought about it.\n"
        "\n"
        "---------- Forwarded message ---------\n"
        "From: Nia Coleman <ncoleman77@gmail.com>\n"
        "Date: Wed, Dec 2, 2026 at 8:05 AM\n"
        "Subject: re: Your maintenance request #4471-B\n"
        "To: Crestline Resident Services\n"
        "\n"
        "To verify: Nia Coleman, unit 3F, last four of social 3130.\n"
        "The kitchen drain is still backing up.\n"
        "\n"
        "> Resident Services: To verify your identity, please reply with your\n"
        "> full name, unit number and the last 4 digits of your SSN.",
        [
            ("US_SSN", "3130"),
        ],
    ),
    # thrift: court-ordered community service for a probation officer
    (
        "Subject: RE: Community service volunteer - hours form\n"
        "\n"
        "Hi Pat,\n"
        "\n"
        "Devin finished his 20 hours this week. I signed the log for his\n"
        "probation officer (Officer Brandt, County Adult Probation) and he's\n"
        "taking it to his Tuesday check-in. He was great on the sorting line -\n"
        "we'd love to have him back even after the court hours are done.\n"
        "\n"
        "Sister Margaret Lowe\n"
        "St. Anselm Thrift Shop\n"
        "\n"
        "-----Original Message-----\n"
        "From: Pat Quinlan\n"
        "Sent: Monday, November 30, 2026 4:02 PM\n"
        "Subject: Community service volunteer - hours form\n"
        "\n"
        "Devin's PO needs the signed hours log by Tuesday.",
        [
            ("criminal_history", ""),
        ],
    ),
    # thrift: confirmation (sacrament) and a knee replacement
    (
        "Subject: Re: Saturday volunteers\n"
        "\n"
        "> Who's coming Saturday besides the regulars?\n"
        "\n"
        "Lucia Ibanez is bringing her twins; they were confirmed at St. Anselm\n"
        "in May and want to keep helping at the parish. And Mr. Gallo is back\n"
        "from his knee replacement - light duty only, no lifting.\n"
        "\n"
        "Pat\n"
        "\n"
        "On Thu, Dec 3, 2026 at 3:22 PM Sister Margaret Lowe <mlowe@stanselmparish.org> wrote:\n"
        "> Need a headcount for the donation sort.",
        [
            ("religious_belief", ""),
            ("health", ""),
        ],
    ),
    # thrift: card number broken over two lines
    (
        "Subject: card for the dining set hold\n"
        "\n"
        "Pat - Mrs. Delacroix called to pay for the oak dining set on hold (tag\n"
        "#2216, $180) and I wrote her card down on the pickup slip. Can you run\n"
        "it when the reader is back up? Card:\n"
        "5329 3203 9270\n"
        "6219 exp 08/28\n"
        "She'll pick up Saturday with her son's truck.\n"
        "- Joyce (Friday register)\n"
        "\n"
        "> On Dec 4, 2026, at 10:05 AM, Pat Quinlan wrote:\n"
        "> The card reader is down until the tech comes Monday. Write down\n"
        "> anything you can't ring up.",
        [
            ("CREDIT_CARD", "5329 3203 9270\n6219"),
        ],
    ),
    # thrift: donation receipt, EIN, keypad
    (
        "Subject: Re: Donation receipt for tax purposes\n"
        "\n"
        "Dear Mr. Albers,\n"
        "\n"
        "Thank you for donating the sofa, two lamps and the books. Your receipt\n"
        "is below. St. Anselm Thrift Shop is a ministry of St. Anselm Parish,\n"
        "EIN 47-2918306; no goods or services were provided in exchange for your\n"
        "gift.\n"
        "\n"
        "  Receipt no. 2026-1184   Date received: 11/28/2026\n"
        "\n"
        "For next time: the back dock keypad is 5812#, so you can drop off after\n"
        "hours.\n"
        "\n"
        "Pat Quinlan, Manager\n"
        "\n"
        "> On Nov 30, 2026, Henry Albers wrote:\n"
        "> Could I get a receipt for my taxes?",
        [],
    ),
    # thrift: shop account handover
    (
        "Subject: handover - shop accounts (please delete after)\n"
        "\n"
        "Joyce, here's what you'll need while I'm on retreat:\n"
        "\n"
        "Card reader / POS dashboard: stanselmthrift / Mustard$eed77\n"
        "Parish credit union online banking (shop account):\n"
        "  user: stanselm.shop\n"
        "  password: Loaves&Fishes-0412\n"
        '  security Q "mother\'s maiden name": Kavanagh\n'
        "Alarm code for the front door: 1987 (not the year of anything, just\n"
        "random)\n"
        "\n"
        "Back the 14th. God bless,\n"
        "Pat\n"
        "\n"
        "> On Dec 3, 2026, Joyce Whitaker wrote:\n"
        "> Can you send me the logins before you leave?",
        [
            ("PASSWORD", "Mustard$eed77"),
            ("PASSWORD", "Loaves&Fishes-0412"),
            ("PASSWORD", "Kavanagh"),
        ],
    ),
    # thrift: coat voucher, no faith required
    (
        "Subject: Re: Re: winter coat voucher\n"
        "\n"
        "> Do I have to be Catholic to get the free coat voucher?\n"
        "\n"
        "Not at all - the coat vouchers are for anyone who needs one, and we\n"
        "don't ask about religion. Bring the voucher from the parish office to\n"
        "the shop any weekday. Kids' boots came in yesterday too.\n"
        "\n"
        "Pat\n"
        "\n"
        "On Mon, Nov 30, 2026 at 2:45 PM Teresa Vang <tvang.mn@gmail.com> wrote:\n"
        "> My kids need coats. A friend said the thrift shop gives vouchers.",
        [],
    ),
    # thrift: SSN with spaces in a W-9 reply
    (
        "Subject: Re: Re: W-9 for the driver stipend\n"
        "\n"
        "Got it, thank you. The parish bookkeeper will mail the 1099 in January.\n"
        "- Pat\n"
        "\n"
        "On Thu, Dec 3, 2026 at 7:30 PM Reggie Boateng <rboateng.drives@gmail.com> wrote:\n"
        "> Here's what the form asked for. Legal name: Reginald K. Boateng,\n"
        "> address 88 Larch Court, SSN 479 58 4687.\n"
        ">\n"
        "> On Thu, Dec 3, 2026 at 10:05 AM Pat Quinlan wrote:\n"
        ">> Reggie, since your pickup-truck stipend went over $600 this year we\n"
        ">> need a W-9. You can just reply with the boxes.",
        [
            ("US_SSN", "479 58 4687"),
        ],
    ),
    # thrift: disclaimer and a Bible verse in a signature
    (
        "Subject: RE: volunteer hours letter\n"
        "\n"
        "Hi Kayla, attached is the letter confirming your 42 hours at the shop\n"
        "this fall for your scholarship application. Good luck!\n"
        "\n"
        "Pat Quinlan | Manager, St. Anselm Thrift Shop\n"
        '"Clothe the naked" - Matthew 25:36\n'
        "---\n"
        "This email and any attachments are confidential and intended solely\n"
        "for the addressee. They may contain personal information such as\n"
        "Social Security numbers, bank account details or health information\n"
        "protected by law. If you are not the intended recipient, please delete\n"
        "this message.\n"
        "\n"
        "> On Dec 2, 2026, Kayla Brooks wrote:\n"
        "> Could you send the hours letter by Friday?",
        [],
    ),
    # thrift: a daily Mass-goer asks for Communion after hip surgery
    (
        "Subject: Fwd: Eleanor\n"
        "\n"
        "Father Tom - forwarding Joyce's note below. Could you or a Eucharistic\n"
        "minister bring Eleanor Communion this week? She asked for you by name.\n"
        "- Pat\n"
        "\n"
        "---------- Forwarded message ---------\n"
        "From: Joyce Whitaker\n"
        "Date: Wed, Dec 2, 2026 at 5:18 PM\n"
        "Subject: Eleanor\n"
        "\n"
        "Pat, Eleanor Fitch broke her hip in the parking lot Saturday and had\n"
        "surgery Monday at Mercy. She's been our Tuesday pricer for 11 years and\n"
        "a daily Mass-goer for longer. She'd love Communion and a visit.",
        [
            ("religious_belief", ""),
            ("health", ""),
        ],
    ),
    # thrift: order and tracking numbers
    (
        "Subject: FW: Shipping confirmation - rack order\n"
        "\n"
        "Pat, the new clothing racks shipped. Details from the supplier:\n"
        "\n"
        "  Order: 4946053333305167\n"
        "  Tracking: 1Z 7R4 E19 03 6618 2204\n"
        "  PO: STA-2026-311\n"
        "  Paid: Visa (parish account), invoice terms net 30\n"
        "\n"
        "Delivery window Dec 9-11. Someone needs to be at the back dock with the\n"
        "keypad code since the driver won't wait.\n"
        "\n"
        "Joyce\n"
        "\n"
        "> From: Rackworks Orders\n"
        "> Sent: Friday, December 4, 2026 2:12 PM\n"
        "> Subject: Shipping confirmation",
        [],
    ),
    # scholarship: SSN only in the forwarded part
    (
        "Subject: Fwd: missing info for my application\n"
        "\n"
        "Ms. Tran, my counselor said to forward this to you directly. Sorry for\n"
        "the trouble!\n"
        "Jasmine\n"
        "\n"
        "---------- Forwarded message ---------\n"
        "From: Jasmine Okonkwo-Reyes <jas.okreyes@gmail.com>\n"
        "Date: Mon, Nov 30, 2026 at 9:48 PM\n"
        "Subject: missing info for my application\n"
        "To: Mr. Feld <dfeld@lakeviewhs.org>\n"
        "\n"
        "Mr. Feld, the scholarship portal said my SSN didn't match. I typed it\n"
        "again: 324-93-7391. Can you tell them? The deadline is Friday.",
        [
            ("US_SSN", "324-93-7391"),
        ],
    ),
    # scholarship: FAQ digest
    (
        "Subject: Lakeshore Scholars Fund - applicant FAQ digest\n"
        "\n"
        "Q: Do you need my Social Security number?\n"
        "A: No. We never ask for an SSN, ITIN or immigration status.\n"
        "Undocumented students are eligible.\n"
        "\n"
        "Q: Will my essay about my health or my family be shared?\n"
        "A: Only the three readers see essays, and they never see names.\n"
        "\n"
        "Q: Does my religion or my parents' politics matter?\n"
        "A: No. We don't ask, and readers are told to ignore it if it comes up.\n"
        "\n"
        "Q: How do you pay the award?\n"
        "A: Directly to the college's financial aid office.\n"
        "\n"
        "Questions: apply@lakeshorescholars.org\n"
        "\n"
        "> On Nov 30, 2026, Malcolm Price wrote:\n"
        "> Can we send the FAQ to everyone who started an application?",
        [],
    ),
    # scholarship: a parent's ITIN in an inline answer
    (
        "Subject: Re: parent income verification\n"
        "\n"
        "> For the income section, what is the taxpayer ID on your mom's 2025\n"
        "> return?\n"
        "She files with an ITIN, 903-74-8627. She doesn't have a Social\n"
        "Security number, but she's filed every year since 2014.\n"
        "\n"
        "> Household size?\n"
        "Four: me, my mom and my two little brothers.\n"
        "\n"
        "Thank you,\n"
        "Esteban Morales\n"
        "\n"
        "On Tue, Dec 1, 2026 at 2:40 PM Dana Tran <dtran@lakeshorescholars.org> wrote:\n"
        "> Esteban, two quick questions to finish your file.",
        [
            ("US_ITIN", "903-74-8627"),
        ],
    ),
    # scholarship: direct deposit details above the quote
    (
        "Subject: Re: book stipend direct deposit\n"
        "\n"
        "Thanks Ms. Tran! Here's my checking info for the $500 book stipend:\n"
        "\n"
        "Routing 074683042\n"
        "Account 5979864858\n"
        "(Northbridge Credit Union, the account is in my name)\n"
        "\n"
        "Amara Chukwu\n"
        "Sent from my iPhone\n"
        "\n"
        "On Wed, Dec 2, 2026 at 11:18 AM Dana Tran <dtran@lakeshorescholars.org> wrote:\n"
        "> Congratulations again, Amara! The book stipend is paid by direct\n"
        "> deposit. Reply with your routing and account numbers or call us.",
        [
            ("ABA_ROUTING_NUMBER", "074683042"),
            ("US_BANK_NUMBER", "5979864858"),
        ],
    ),
    # scholarship: masked account
    (
        "Subject: RE: book stipend sent\n"
        "\n"
        "Hi Amir, the $500 book stipend went out today to the account you gave\n"
        "us (checking ending in 8102, routing on file). It usually shows up in\n"
        "1-2 business days. Your payment reference is LSF-2026-0093.\n"
        "\n"
        "Dana Tran\n"
        "Program Manager, Lakeshore Scholars Fund\n"
        "\n"
        "From: Amir Haddad\n"
        "Sent: Thursday, December 3, 2026 11:20 AM\n"
        "Subject: book stipend\n"
        "\n"
        "Did the stipend go out? Nothing in my account yet.",
        [],
    ),
    # scholarship: tribal citizenship only in a signature
    (
        "Subject: Re: interview time\n"
        "\n"
        "Thursday at 4:30 works great. I'll join from the library since our\n"
        "internet at home is spotty. Thank you for the chance to interview!\n"
        "\n"
        "Cody Skenandore\n"
        "Lakeview High School, Class of 2027\n"
        "Enrolled citizen of the Oneida Nation of Wisconsin\n"
        "\n"
        "On Wed, Dec 2, 2026 at 1:05 PM Dana Tran <dtran@lakeshorescholars.org> wrote:\n"
        "> Cody, the committee would like to interview you. Does Thursday at\n"
        "> 4:30 or Friday at 3:00 work?",
        [
            ("racial_ethnic_origin", ""),
        ],
    ),
    # scholarship: tribal affiliation and tribal ID card number
    (
        "Subject: Fwd: Native Student Award - eligibility docs\n"
        "\n"
        "Dana - forwarding Shayla's reply from the portal. The tribal ID is what\n"
        "the award requires; I checked it against the card image.\n"
        "- Malcolm\n"
        "\n"
        "---------- Forwarded message ---------\n"
        "From: Lakeshore Scholars Portal <noreply@lakeshorescholars.org>\n"
        "Date: Thu, Dec 3, 2026\n"
        "Subject: New message from applicant Shayla Redcloud\n"
        "\n"
        "Tribal affiliation: Standing Rock Sioux Tribe\n"
        "Tribal ID card no.: SR-0049187\n"
        "Blood quantum: not required for this award, left blank.",
        [
            ("racial_ethnic_origin", ""),
            ("US_STATE_ID", "SR-0049187"),
        ],
    ),
    # scholarship: essay prompt and an HBCU class year
    (
        "Subject: Re: Essay prompt for the Legacy Award?\n"
        "\n"
        "Here it is, from the 2027 guidelines:\n"
        "\n"
        '  "Tell us about a community you belong to - a family, a team, a\n'
        "  faith, a culture, a neighborhood - and what it has asked of you.\n"
        '  (500 words)"\n'
        "\n"
        "You don't have to write about religion or ethnicity; a robotics team\n"
        "is just as good. Our reader Dr. Hollins (Howard, class of '94) likes\n"
        "specific stories.\n"
        "\n"
        "Dana\n"
        "\n"
        "On Fri, Dec 4, 2026 at 8:02 AM Tyrell Banks <tbanks09@gmail.com> wrote:\n"
        "> Hi! Is there a specific prompt for the Legacy Award essay?",
        [],
    ),
    # scholarship: reader notes forwarded (coming out; grandmother's surgery)
    (
        "Subject: FW: Reader notes - finalist #12\n"
        "\n"
        "Malcolm - Ruth's notes on finalist #12 for the committee packet.\n"
        "- Dana\n"
        "\n"
        "From: Ruth Hollins\n"
        "Sent: Friday, December 4, 2026 6:48 AM\n"
        "To: Dana Tran\n"
        "Subject: Reader notes - finalist #12\n"
        "\n"
        "Strong essay. Priya Raman writes about coming out as gay to her\n"
        "grandmother in Tamil, and then helping that same grandmother through\n"
        "cataract surgery the following summer. Score: 9/10. Recommend for the\n"
        "Pride Futures award.",
        [
            ("sexual_orientation", ""),
            ("health", ""),
        ],
    ),
    # scholarship: anonymised appeal copy
    (
        "Subject: Year-end appeal draft - please review\n"
        "\n"
        "Hi team, draft copy for the year-end appeal below. Names and details\n"
        "changed as always.\n"
        "\n"
        "  \"When 'Maria' (not her real name) started her first semester, she\n"
        "  was working nights and caring for a parent after a stroke. Your\n"
        "  gift of $50 covers her textbooks for a month. Last year 87% of our\n"
        "  scholars stayed enrolled, and 34 were the first in their family to\n"
        '  go to college."\n'
        "\n"
        "Can someone check the 87% against the board report?\n"
        "\n"
        "Dana\n"
        "\n"
        "> On Dec 2, 2026, at 3:14 PM, Malcolm Price wrote:\n"
        "> Send me the appeal copy when you have it.",
        [],
    ),
    # scholarship: sickle cell trait (genetic only)
    (
        "Subject: Re: interview reschedule request\n"
        "\n"
        "> Is everything OK? Happy to move you to next week.\n"
        "\n"
        "Yes, everything's fine, thank you! My genetic counseling appointment\n"
        "got moved to Thursday. My newborn screening records finally came and\n"
        "it turns out I carry the sickle cell trait (not the disease), so the\n"
        "counselor wants to go over what it means for family planning someday.\n"
        "Could I do Monday instead?\n"
        "\n"
        "Adaeze Nwosu\n"
        "\n"
        "On Thu, Dec 3, 2026 at 9:30 AM Dana Tran <dtran@lakeshorescholars.org> wrote:\n"
        "> Adaeze, I saw your note about Thursday.",
        [
            ("genetic", ""),
        ],
    ),
    # scholarship: ancestry estimate
    (
        "Subject: Re: Re: Heritage essay question\n"
        "\n"
        "Honestly the essay started with a DNA kit. My results came back 41%\n"
        "Yoruba and 22% Irish, and my dad had no idea about the Irish part. I\n"
        "want to write about growing up with only half the story. Is that too\n"
        "personal for the Heritage Award?\n"
        "\n"
        "- Marcus Odum\n"
        "\n"
        "> On Dec 3, 2026, at 5:51 PM, Dana Tran wrote:\n"
        ">> What's your essay going to be about? You mentioned you were stuck.",
        [
            ("genetic", ""),
            ("racial_ethnic_origin", ""),
        ],
    ),
    # scholarship: hospitalisation for depression
    (
        "Subject: RE: Spring renewal - GPA below 2.5\n"
        "\n"
        "Hi Ms. Tran,\n"
        "\n"
        "I know my fall GPA was a 2.1. In October I was hospitalized for a week\n"
        "for depression and I'm now seeing a psychiatrist every two weeks and\n"
        "taking sertraline. I'm doing much better and I've got a reduced course\n"
        "load approved by the dean for spring. Please let me know what else the\n"
        "committee needs.\n"
        "\n"
        "Jordan Ellis\n"
        "\n"
        "-----Original Message-----\n"
        "From: Dana Tran\n"
        "Sent: Tuesday, December 1, 2026 10:00 AM\n"
        "Subject: Spring renewal - GPA below 2.5\n"
        "\n"
        "Jordan, renewal requires a 2.5. If there were circumstances, tell us.",
        [
            ("health", ""),
        ],
    ),
    # scholarship: FSA ID password never sent
    (
        "Subject: Re: FAFSA contributor invite\n"
        "\n"
        "> Do you need my FSA ID password to link my mom as a contributor?\n"
        "\n"
        "No - please never send anyone your FSA ID password, not even us. Your\n"
        "mom creates her own FSA ID, and you invite her by email from inside\n"
        "the form. If the invitation doesn't arrive, check spam, then call the\n"
        "FAFSA help line. Our advisers can sit with you on a video call while\n"
        "you do it.\n"
        "\n"
        "Dana Tran\n"
        "Lakeshore Scholars Fund",
        [],
    ),
    # scholarship: a Nigerian passport in the forwarded reply
    (
        "Subject: Fwd: Re: travel grant for the conference\n"
        "\n"
        "Malcolm - can you book her flight? She's approved for the full $620.\n"
        "- Dana\n"
        "\n"
        "---------- Forwarded message ---------\n"
        "From: Chiamaka Eze <chiamaka.eze@uni-mail.edu>\n"
        "Date: Fri, Dec 4, 2026 at 3:22 PM\n"
        "Subject: Re: travel grant for the conference\n"
        "To: Lakeshore Scholars Fund <apply@lakeshorescholars.org>\n"
        "\n"
        "The airline booking needs my passport details: Nigerian passport\n"
        "A09318452, expires March 2031. Name exactly as on it: EZE CHIAMAKA\n"
        "ADAORA.",
        [
            ("US_PASSPORT", "A09318452"),
        ],
    ),
    # scholarship: credit score and a collection in an inline answer
    (
        "Subject: Re: emergency grant application - rent\n"
        "\n"
        "> Why was your apartment application denied?\n"
        "The new landlord pulled my credit. My score is 588 now, it dropped\n"
        "about a hundred points this year. The only thing on the report is:\n"
        "medical collection, Parkside Collections, $2,140, opened 02/2026\n"
        "I'm on a payment plan for it.\n"
        "\n"
        "> How much do you need?\n"
        "$950 for the deposit.\n"
        "\n"
        "Thank you,\n"
        "Nadia Farouk\n"
        "\n"
        "On Thu, Dec 3, 2026 at 1:12 PM Dana Tran <dtran@lakeshorescholars.org> wrote:\n"
        "> Nadia, to process the emergency grant I have two questions.",
        [
            ("CREDIT_SCORE", "588"),
            ("CREDIT_REPORT", "medical collection, Parkside Collections, $2,140, opened 02/2026"),
        ],
    ),
    # scholarship: credit asked about, nothing disclosed
    (
        "Subject: Re: Does a low credit score hurt my chances?\n"
        "\n"
        "> My credit score isn't great because of student loans. Does the fund\n"
        "> check credit?\n"
        "\n"
        "No, never. We don't pull credit reports or ask about scores, late\n"
        "payments or collections for any award. The only financial piece is\n"
        "the household income on your application. If a landlord or lender is\n"
        "giving you trouble, our partner at the financial coaching center can\n"
        "help - I'll send you her info.\n"
        "\n"
        "Malcolm Price\n"
        "Lakeshore Scholars Fund",
        [],
    ),
    # radio: card and code in a voicemail transcript
    (
        "Subject: Fwd: Voicemail from (555) 555-0184 - 1 min 12 sec\n"
        "\n"
        "Membership team - can someone process this pledge? Transcript below.\n"
        "\n"
        "---------- Forwarded message ---------\n"
        "From: KVRP Voicemail <voicemail@kvrp.org>\n"
        "Date: Tue, Dec 1, 2026 at 7:46 PM\n"
        "Subject: Voicemail from (555) 555-0184\n"
        "\n"
        "\"Hi, this is Harold Whitcomb, I'm calling to renew at the $120 level, I\n"
        "missed the drive. My Visa is 4206 7292 1384 0299, expiration is 10/28,\n"
        "and the code on the back is 585. Please mail the tote bag to the same\n"
        'address. Thank you, love the morning show."\n'
        "\n"
        "Transcription may contain errors.",
        [
            ("CREDIT_CARD", "4206 7292 1384 0299"),
            ("CVV", "585"),
        ],
    ),
    # radio: card last four in an inline answer
    (
        "Subject: Re: Re: duplicate charge?\n"
        "\n"
        "> Which card was charged twice? Just the last four digits, please.\n"
        "The Discover, ending 4424. Both charges were $15 on Nov 15, about a\n"
        "minute apart.\n"
        "\n"
        "> Did you get two thank-you emails?\n"
        "Yes, two of them, and two tote bag notices.\n"
        "\n"
        "Linda Sorel\n"
        "\n"
        "On Wed, Dec 2, 2026 at 10:41 AM KVRP Membership <members@kvrp.org> wrote:\n"
        "> Hi Linda, sorry about that! To find the charge, can you answer the\n"
        "> questions below?",
        [
            ("CREDIT_CARD_LAST_DIGITS", "4424"),
        ],
    ),
    # radio: card last four only in the subject line
    (
        "Subject: Re: Mastercard ending 5512 declined - KVRP sustaining gift\n"
        "\n"
        "Thanks for the heads up. I'll call tomorrow with a new card; that one\n"
        "was cancelled when my wallet was stolen at the farmers market.\n"
        "\n"
        "Bev Kowalski\n"
        "\n"
        "On Thu, Dec 3, 2026 at 9:00 AM KVRP Membership <members@kvrp.org> wrote:\n"
        "> Dear Beverly, your monthly sustaining gift of $10 could not be\n"
        "> processed. Please update your payment method at kvrp.org/update or\n"
        "> call (555) 555-0190.",
        [
            ("CREDIT_CARD_LAST_DIGITS", "5512"),
        ],
    ),
    # radio: masked checking account, member number
    (
        "Subject: RE: EFT sustainer - confirm change\n"
        "\n"
        "Hi Mr. Ostrowski, confirming that starting January your $20 monthly\n"
        "gift will be drafted from the new account (checking ending in 6631) on\n"
        "the 5th. Your member number is 0071-4482 and your Passport access is\n"
        "unchanged.\n"
        "\n"
        "KVRP Membership Services\n"
        "(555) 555-0190\n"
        "\n"
        "From: Leon Ostrowski\n"
        "Sent: Wednesday, December 2, 2026 4:15 PM\n"
        "Subject: EFT sustainer\n"
        "\n"
        "I mailed a voided check for the new account. Please confirm you got\n"
        "it.",
        [],
    ),
    # radio: EFT form typed into an e-mail, forwarded
    (
        "Subject: Fwd: sustainer form (typed it instead of mailing)\n"
        "\n"
        "Gift processing - please set up the EFT below. She asked us to confirm\n"
        "by phone, not email.\n"
        "- Janelle\n"
        "\n"
        "---------- Forwarded message ---------\n"
        "From: June Albright <jalbright.home@gmail.com>\n"
        "Date: Sun, Nov 29, 2026 at 8:37 PM\n"
        "Subject: sustainer form (typed it instead of mailing)\n"
        "To: members@kvrp.org\n"
        "\n"
        "Monthly amount: $15\n"
        "Bank: Prairie State Bank\n"
        "Routing number: 302083712\n"
        "Checking account: 392851201394\n"
        "Draft date: the 5th\n"
        "I don't have a printer, hope this is OK.",
        [
            ("ABA_ROUTING_NUMBER", "302083712"),
            ("US_BANK_NUMBER", "392851201394"),
        ],
    ),
    # radio: streaming-account password in an inline answer
    (
        "Subject: Re: Can't get into Passport on the new TV\n"
        "\n"
        "> What email and password are you using to sign in?\n"
        "The email is this one, and the password I set is Bluegrass#Fiddle58.\n"
        'It says "incorrect" every time. My granddaughter set up the TV so\n'
        "maybe she typed something else.\n"
        "\n"
        "Doris Pennington\n"
        "\n"
        "On Fri, Dec 4, 2026 at 11:40 AM KVRP Membership <members@kvrp.org> wrote:\n"
        "> Hi Doris, sorry for the trouble with KVRP Passport streaming! A couple\n"
        "> of questions so we can help.",
        [
            ("PASSWORD", "Bluegrass#Fiddle58"),
        ],
    ),
    # radio: streaming benefit, no password
    (
        "Subject: Re: Did my gift go through?\n"
        "\n"
        "Dear Mr. Aguilar,\n"
        "\n"
        "Yes - thank you for your $60 gift! As a member you can now stream the\n"
        "full archive with KVRP Passport. To activate, sign in at\n"
        "kvrp.org/passport with the email address you gave us; you'll create\n"
        "your own password there. We will never email you a password or ask for\n"
        "one.\n"
        "\n"
        "Member number: 0088-1907\n"
        "Gift receipt: R-2026-55140\n"
        "\n"
        "KVRP Membership Services\n"
        "\n"
        "> On Nov 30, 2026, Raul Aguilar wrote:\n"
        "> Did my gift go through? How do I get the streaming thing?",
        [],
    ),
    # radio: vendor support quotes the secret key
    (
        "Subject: RE: [Ticket #88412] Donation form not syncing to CRM\n"
        "\n"
        "Hi Janelle,\n"
        "\n"
        "Thanks for the screenshots. The sync is failing because the key pair\n"
        "saved in the connector doesn't match your payment account. The log\n"
        "shows the connector sending:\n"
        "\n"
        "  publishable: pk_live_51Hq8mKVRPpubWx7Xa\n"
        "  secret: sk_live_DNnmEMEimQLYo04NEEEFz1k6\n"
        "\n"
        "Paste the current secret key into Settings > Payments and the backlog\n"
        "will replay overnight.\n"
        "\n"
        "Ravi, GiftBridge Support\n"
        "\n"
        "> From: Janelle Ortiz (KVRP)\n"
        "> Sent: Thursday, December 3, 2026 3:02 PM\n"
        "> Our online pledges since Monday aren't showing up in the CRM.",
        [
            ("API_KEY", "sk_live_DNnmEMEimQLYo04NEEEFz1k6"),
        ],
    ),
    # radio: publishable key only
    (
        "Subject: Re: Embedding the pledge form on the new website\n"
        "\n"
        "> Which key goes in the website code?\n"
        "\n"
        "Only the publishable one - it's safe to be public:\n"
        "pk_live_sz9EUAhAdwczA4ZTYfzo9WPQ\n"
        "Account ID: acct_1Q2w7KVRPmember\n"
        "\n"
        "The secret key stays in the CRM connector and never goes in the\n"
        "website or email. If you need it, ask me and I'll share it through the\n"
        "password manager.\n"
        "\n"
        "Janelle Ortiz, Digital Membership\n"
        "KVRP Public Radio",
        [],
    ),
    # radio: a donor's campaign volunteering
    (
        "Subject: Re: Thank you for your gift!\n"
        "\n"
        "Happy to support you, but I'll be honest - I almost cancelled over the\n"
        "debate coverage. I volunteered for Councilmember Ruelas's re-election\n"
        "all fall and your reporter gave her opponent twice the airtime. Please\n"
        "pass that along to the newsroom.\n"
        "\n"
        "Gerald Fenn\n"
        "\n"
        "On Mon, Nov 30, 2026 at 10:00 AM KVRP Membership <members@kvrp.org> wrote:\n"
        "> Dear Gerald, thank you for your gift of $100 during our fall drive.",
        [
            ("political_opinion", ""),
        ],
    ),
    # radio: election-night schedule
    (
        "Subject: Fwd: Election night schedule\n"
        "\n"
        "Members desk - FYI in case listeners call about the schedule.\n"
        "\n"
        "---------- Forwarded message ---------\n"
        "From: KVRP Newsroom <news@kvrp.org>\n"
        "Date: Mon, Nov 2, 2026\n"
        "Subject: Election night schedule\n"
        "\n"
        "Election night coverage runs 7 PM to 1 AM. Mayor Teresa Lam (D) and\n"
        "challenger Rob Harlan (R) will each get ten minutes live; the station\n"
        "does not endorse candidates. Listener call-in line: (555) 555-0191.\n"
        "Regular programming returns Wednesday at 5 AM.",
        [],
    ),
    # radio: a Florida licence for a building badge
    (
        "Subject: Re: Pledge drive phone volunteers - building badge\n"
        "\n"
        "> For the building badge, security needs a photo ID number.\n"
        "Florida driver's license: W326-418-75-902-0. I moved up from Tampa in\n"
        "the spring and haven't switched it yet.\n"
        "\n"
        "See you Saturday at the phones!\n"
        "Corinne Wexler\n"
        "\n"
        "On Wed, Dec 2, 2026 at 2:00 PM KVRP Volunteers <volunteer@kvrp.org> wrote:\n"
        "> Thanks for signing up for the Dec 12 pledge shift! One question below.",
        [
            ("US_DRIVER_LICENSE", "W326-418-75-902-0"),
        ],
    ),
    # radio: a listener praises a strike story
    (
        "Subject: Re: Great story on the nurses' strike\n"
        "\n"
        "> I wanted to say how much I appreciated Tuesday's story on the nurses'\n"
        "> strike at Greenfield.\n"
        "\n"
        "Thanks so much for writing in, Pam! I've passed your note to the\n"
        "reporter, Alma Reyes. If you'd like to hear more, the full interview\n"
        "with the union's president is on our website and podcast feed.\n"
        "\n"
        "KVRP Membership Services\n"
        '"If you value it, support it."',
        [],
    ),
    # radio: Amex and its four-digit front code
    (
        "Subject: Re: Re: Leadership Circle renewal\n"
        "\n"
        "> We can take the card by phone or you can reply here, whichever is\n"
        "> easier.\n"
        "\n"
        "Reply is easier, I'm traveling. Amex 3435 568890 59371, exp 07/29, the\n"
        "four-digit code on the front is 6981. $1,200 for the year, same as\n"
        "before.\n"
        "\n"
        "Margaret Ellison-Shaw\n"
        "---\n"
        "This message and any attachments may contain confidential or\n"
        "privileged information. If you are not the intended recipient, please\n"
        "notify the sender and delete it.\n"
        "\n"
        "On Fri, Dec 4, 2026 at 8:15 AM Tom Ashby <tashby@kvrp.org> wrote:\n"
        "> Margaret, your Leadership Circle year ends December 31.",
        [
            ("CREDIT_CARD", "3435 568890 59371"),
            ("CVV", "6981"),
        ],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_63, "hard63", Path(__file__).with_name("hard-63.jsonl")))
