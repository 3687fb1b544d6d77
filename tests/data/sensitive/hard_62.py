"""Hard set 62 (2026-12-07): a rural fire protection district and its volunteer EMS auxiliary.

Written by an independent helper session working blind. It read only
/work/shared/policy/privacy-policy.txt (all of it), tests/data/sensitive/independent_sets.py,
scanner/categories.py, the output of `grep -n "line-length" pyproject.toml`,
/tmp/mg/conventions.txt and /tmp/mg/brief62.txt. It ran throwaway scripts under
/tmp/hard62_gen/ (ids.py to generate identifiers, parse.py and emit.py to check word counts
and write this module), small inline checks (digit grouping, line lengths, comparing this
module's cases with the script's source), then `PYTHONPATH=. python
tests/data/sensitive/hard_62.py`, `ruff format` and `ruff check` on this file, and
`git add`, `git commit` and `git rev-parse HEAD`. It never looked at the detector, its
rules or any other test set, and ran no scanner command and no make.

Slips: none.

Identifiers: every card, routing number, account, SSN, ITIN, IBAN, licence, ID, passport,
PIN, code and secret was made up. /tmp/hard62_gen/ids.py uses random.Random(6202): card
numbers (Visa, Mastercard, Discover, Amex) are random digits completed with a Luhn check
digit; ABA routing numbers take an allowed Federal Reserve prefix and the ABA 3-7-1 check
digit; bank accounts are 9 to 12 random digits; SSNs follow the SSA rules (no area 000, 666
or 9xx, no zero group or serial); the ITIN is 9XX with group 73; the German IBAN's check
digits are computed by mod-97 over random bank and account digits; Oregon licence and ID
card numbers are 7 random digits; the passport is 9 random digits; PINs, CVVs and the
one-time code are random; the API secrets are random alphanumerics. The last four digits on
the refund and the contribution receipt are the tails of further generated Luhn numbers.
The Washington licence (WDL8R3KT29C1), the tribal ID (TN-0471-2289), passwords and security
answers were made up by hand; so were incident, NFIRS, permit, invoice, PO, order, serial,
radio and locker numbers, door and gate codes and the EIN. Phone numbers are 555-01xx
(1-800-555-01xx for toll-free). All people and organisations (the Cold Creek RFPD, its
Auxiliary, Association and Friends, Firefighters Local 4839, Marrow County, Alder Valley,
Summit Occupational Health, FireLog, MedTrak, VaultLok, the vendors and banks) are
invented; real public agencies and places (OSHA, the IRS, the DMV, the state police, Salem,
Portland, Bend, Dallas) are named only as such.

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
- Earlier sets' agreements are followed as well: a religious exemption from a named
  vaccine is religious_belief and health; an ancestry estimate is genetic and
  racial_ethnic_origin; an organisation's own online-banking password and security
  answer are PASSWORD and its debit-card PIN is PIN; bank details quoted back by the
  payer are labelled; a spaced SSN is labelled as written; an IBAN with its printed
  spaces.
- Codes: station side doors, a bay-gate keypad, a cipher lock, a ranch gate, Knox boxes,
  a weekend classroom door code, locker combinations, a shared guest Wi-Fi password and a
  safe key open no account and are never labelled. The records systems (FireLog RMS,
  MedTrak ePCR) and the payroll portal are online accounts: a temporary RMS password and
  payroll security answers are PASSWORD, and a MedTrak verification code forwarded to
  the admin is ACCESS_CODE. A fleet fuel card's pump PIN opens a card account: PIN. A
  CAD bridge's client_secret and a live secret key are API_KEY; the client_id, a
  publishable key and an account ID are not.
- Unlabelled numbers: incident, NFIRS, burn-permit, invoice, PO, order, transaction,
  approval-code, terminal, customer-account, turnout serial, radio and form numbers, the
  EIN, and an Association account given only as "ending 4471".
- Cards: a purchasing card charged for turnout gear is CREDIT_CARD whoever holds it; "3
  digit on back", "CVC", "code" and an Amex's "4 digits on the front" are CVV. A vendor's
  remit-to routing and account numbers are ABA_ROUTING_NUMBER and US_BANK_NUMBER like any
  other account's.
- Unions: dues to Firefighters Local 4839 on a named member's pay stub, a welcome letter
  confirming a signed membership card, and a volunteer who is shop steward for his
  union local at his day job are trade_union_membership. The volunteer Firefighters'
  Association is a social and benevolent club that says it is no union: a member's
  Association dues are not labelled, nor is the local's open house.
- Onboarding health: a named member's TB result (negative QuantiFERON or positive skin
  test), hep B titer and booster, signed hep B declination (vaccination status), blood
  pressure with lisinopril, PEP with negative baseline labs after a needlestick,
  pregnancy with OB restrictions, and a CO level after smoke inhalation are health. Fit
  testing, screening reminders, the exposure protocol and leave policy are offered to
  all: not labelled.
- Runs: a named patient's STEMI and stents, overdose and naloxone, diabetic emergency in a
  forwarded PCR (its "Race: White" field is racial_ethnic_origin), and chest pain with
  cocaine use are health. A patient taken into custody on a warrant, a driver arrested
  for DUII (his wrist fracture is health), and a patient in the sheriff's custody at the
  jail are criminal_history. An unnamed second driver's surgery discloses nothing. Run
  totals, QA percentages, jail call counts and the county incident summary are aggregate
  or carry no person.
- Peer support: a named member's nightmares and insomnia referred for PTSD work, and
  another's sertraline, are health; a 28-day residential program at "Cedar Ridge
  Recovery" is addiction treatment: health. Debrief notices and contact lists are not.
- Faith: Communion and forty years as an usher at a named parish (beside the bypass:
  health), weekly Jumu'ah, and a Christian Scientist's exemption are religious_belief.
  The chaplain's programme, an engine blessing, a memorial and halal options for all are
  not; the chaplain writing in role discloses nothing of his own.
- Toy drive and installs: a child's father "in the county jail until February" is
  criminal_history; families listed by number are anonymised. A named resident's
  deafness and his wife's home oxygen, and another's dialysis and wheelchair, are
  health; an install list of addresses, ladders and dogs is not.
- Levy and board: walking a precinct for the yes PAC, a contribution receipt (with its
  "Visa ending in" four as CREDIT_CARD_LAST_DIGITS) and a caller's note of a named
  resident's no vote are political_opinion. Board candidates at a public forum and
  county commissioners speaking in session are public figures' public positions: not
  labelled; the district's factual levy notice is not either.
- Background: a DUII conviction with bench probation, and three years "in the state pen"
  with post-prison supervision, are criminal_history; four clean LiveScan checks
  (fingerprints taken for the check) are neither criminal_history nor biometric. A
  driver-eligibility SOP is policy text.
- Biometric: the controlled-substance vault's fingerprint log with match scores for named
  medics is biometric; the vault vendor's aggregate reject rates are not.
- Origin and IDs: a self-ID form's "Race: American Indian or Alaska Native" is
  racial_ethnic_origin and the tribal ID card number beside it is US_STATE_ID; an Oregon
  ID card is US_STATE_ID; the ITIN on a W-9 is US_ITIN; "doesn't have a Social Security
  number" discloses nothing.
- Orientation: a male firefighter's husband as emergency contact, "Megan Foss and her wife
  Ren", and Tyler, who is out and brings his boyfriend, are sexual_orientation.
- Genetic: a child's Duchenne diagnosis confirmed by a genetic test is genetic and health.
- Credit: a bonding credit check's score and a loan denial's score are CREDIT_SCORE; each
  collection, late payment and charge-off is CREDIT_REPORT on its whole line after the
  dash bullet.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.sensitive.independent_sets import Case, write

HARD_62: list[Case] = [
    (
        "Subject: Re: EVOC paperwork\n"
        "\n"
        "Hi Kayla,\n"
        "\n"
        "Got your packet, thanks. The scan only came through on the front side, so Deb still\n"
        "needs the back of your license for the file (the endorsements and restrictions are\n"
        "printed there). For now I keyed what I could read into the driver "
        "qualification sheet:\n"
        "\n"
        "  Name: Kayla R. Brennan\n"
        "  Class C, exp 03/14/2030\n"
        "  No. 5926410\n"
        "\n"
        "Once the back is in, you're on the list for the Dec 12 EVOC range day at the\n"
        "fairgrounds. Wear boots, not sneakers, and bring a water bottle.\n"
        "\n"
        "- Lt. Hal Ostrander\n"
        "Training Officer, Cold Creek RFPD\n"
        "541-555-0142",
        [
            ("US_DRIVER_LICENSE", "5926410"),
        ],
    ),
    (
        "Subject: New member packet - checklist (please print)\n"
        "\n"
        "Volunteer onboarding checklist, Cold Creek RFPD / EMS Auxiliary\n"
        "\n"
        "[ ] Application (form V-1)\n"
        "[ ] Copy of driver license, front and back   No. ____________  State ___\n"
        "[ ] Background check consent (LiveScan appointment at the sheriff's office)\n"
        "[ ] Hepatitis B: [ ] series complete  [ ] in progress  [ ] declined (sign OSHA form)\n"
        "[ ] TB screening within 12 months: date ______  result ______\n"
        "[ ] Respirator medical questionnaire + fit test\n"
        "[ ] Direct deposit form for stipends (voided check attached)\n"
        "[ ] Emergency contact sheet\n"
        "\n"
        "Return the whole packet to the district office, 2210 Station Road, Mon-Thu 8-4.\n"
        "Questions: 541-555-0117.",
        [],
    ),
    (
        "Subject: stipend direct deposit\n"
        "From: Tomas Ruelas\n"
        "To: Deb Farrier\n"
        "\n"
        "Deb, I switched banks so here's the new info for my call stipends. I don't "
        "have checks\n"
        "yet for the new account, so the credit union printed a letter instead (attached, but\n"
        "their scanner makes everything gray).\n"
        "\n"
        "Cascade Valley Credit Union\n"
        "ABA/RTN: 312473244\n"
        "Member share draft acct: 46260894987\n"
        "\n"
        "Please stop the old deposit to the account ending 0915, that one closes "
        "Friday. If the\n"
        "December stipend already went out to the old one, no big deal, I'll move it.\n"
        "\n"
        "Thanks,\n"
        "Tomas",
        [
            ("ABA_ROUTING_NUMBER", "312473244"),
            ("US_BANK_NUMBER", "46260894987"),
        ],
    ),
    (
        "Subject: your occ health results\n"
        "\n"
        "Marcus,\n"
        "\n"
        "Summit Occupational Health faxed your results over this morning. The QuantiFERON was\n"
        "negative, so you're good for TB until next December. Your hep B surface "
        "antibody came\n"
        "back under 10, which they read as non-immune even though you had the series "
        "as a kid,\n"
        "so they want one booster dose and a redraw in 6 weeks. I put you down for "
        "Tuesday the\n"
        "8th at 0900.\n"
        "\n"
        "You can keep riding along on BLS calls in the meantime, but per our exposure control\n"
        "plan no IV starts or blood draws until the redraw comes back.\n"
        "\n"
        "Deb",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: Reminder: hepatitis B and TB screening for 2027\n"
        "\n"
        "All members,\n"
        "\n"
        "Per the district exposure control plan, every member with patient contact is offered\n"
        "the hepatitis B vaccine series and a follow-up titer at no cost. Annual TB screening\n"
        "(QuantiFERON blood test or a two-step skin test) is due in January for everyone,\n"
        "career and volunteer alike.\n"
        "\n"
        "If you decline the hep B vaccine, OSHA requires a signed declination form, "
        "which you can\n"
        "take back at any time and start the series.\n"
        "\n"
        "Summit Occupational Health, 541-555-0188, walk-ins Tuesday and Thursday.\n"
        "\n"
        "Results go to the district's confidential medical file, never your personnel file.\n"
        "\n"
        "Chief Renata Vail",
        [],
    ),
    (
        "Subject: Jenna's physical\n"
        "\n"
        "Chief,\n"
        "\n"
        "Dr. Okafor's note on Jenna Pruett's annual physical: cleared for EMS and "
        "exterior ops,\n"
        "but NOT for SCBA or interior until her blood pressure is rechecked. They got 162/98\n"
        "twice and started her on lisinopril. Recheck is Jan 4.\n"
        "\n"
        "I've pulled her from the interior list on the December roster and told her "
        "it's not a\n"
        "big deal, half the B shift takes the same pill. Please don't bring it up at drill,\n"
        "she's a little embarrassed about it.\n"
        "\n"
        "Hal",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: Fit testing Thurs 12/3 - sign up\n"
        "\n"
        "Fit testing runs 1800-2100 Thursday at Station 1. Bring your own facepiece "
        "if you have\n"
        "one assigned; loaners in small, medium and large are on the training trailer.\n"
        "\n"
        "Reminder that OSHA 1910.134 requires a clean-shaven seal, so if you grew a No-Shave\n"
        "November beard, it comes off before you test. Anyone whose respirator medical\n"
        "questionnaire is more than a year old fills out a new one first; those go "
        "straight to\n"
        "Summit Occupational Health and nobody at the district reads them.\n"
        "\n"
        "Sign-up sheet is on the board by the coffee maker.\n"
        "\n"
        "Lt. Ostrander",
        [],
    ),
    (
        "Subject: Re: 26-001873 Fern Hollow\n"
        "\n"
        "Good work Saturday, both of you.\n"
        "\n"
        "Follow-up for your files: the lady on Fern Hollow (Mrs. Whitcomb, the retired\n"
        "teacher) was a STEMI like you called it. The 12-lead you transmitted got "
        "the cath lab\n"
        "open at Alder Valley before you pulled in. Her daughter Liz stopped by the station\n"
        "yesterday with cookies and said her mom got two stents and should be home by the\n"
        "weekend.\n"
        "\n"
        "One note for next time: the aspirin time didn't make it into the narrative. "
        "Please add\n"
        "an addendum in MedTrak before Friday.\n"
        "\n"
        "- Capt. Joe Mattila, EMS Coordinator",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: November run summary\n"
        "\n"
        "November 2026, Cold Creek RFPD\n"
        "\n"
        "Total incidents: 87 (up from 71 last November)\n"
        "  EMS: 61 (BLS 34, ALS 27)\n"
        "  Fire: 9 (2 structure, 4 chimney, 3 wildland/debris)\n"
        "  MVC: 11\n"
        "  Alarms/public assist: 6\n"
        "Cardiac arrests: 3 (1 ROSC on arrival at Alder Valley)\n"
        "Avg response, Zone A: 7:42; Zone B: 13:05\n"
        "Mutual aid given: 4 / received: 2\n"
        "\n"
        "Busiest day was Thanksgiving with 9 calls, mostly falls and two kitchen "
        "fires. Thanks\n"
        "to everyone who covered holiday shifts.\n"
        "\n"
        "Capt. Mattila",
        [],
    ),
    (
        "Subject: FW: PCR 26-001902 - for billing\n"
        "\n"
        "Oops, this was supposed to go to Marrow Billing Services only, not the "
        "whole officers\n"
        "list. Please delete it.\n"
        "\n"
        "---------- Forwarded message ----------\n"
        "PATIENT: TIBBETTS, LORRAINE A.   DOB 04/19/1951   Sex F   Race: White\n"
        "SSN: 446-06-1114\n"
        "Address: 3318 Quarry Ln, Cold Creek OR\n"
        "Chief complaint: altered mental status\n"
        "History: type 2 diabetes (insulin), CHF, a-fib on Eliquis\n"
        "Findings: BGL 38 mg/dL, GCS 13\n"
        "Treatment: D10 150 mL IV, repeat BGL 112, GCS 15\n"
        "Disposition: transported Alder Valley, priority 2\n"
        "Crew: Mattila / Ruelas",
        [
            ("US_SSN", "446-06-1114"),
            ("health", ""),
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        "Subject: Narcan leave-behind follow up\n"
        "From: Marrow County EMS Office\n"
        "\n"
        "Joe,\n"
        "\n"
        "Following up on Tuesday's overdose on Cutler Road. The patient, Dylan Ames, refused\n"
        "transport after two doses of naloxone, and your crew left a kit with his roommate.\n"
        "Good. For the state leave-behind report I need the kit lot number and whether he was\n"
        "offered the bridge clinic referral for buprenorphine.\n"
        "\n"
        "Also, the deputy's note in CAD says Ames was taken into custody on his outstanding\n"
        "warrant after you cleared. Please make sure that isn't in your narrative, since EMS\n"
        "didn't observe it.\n"
        "\n"
        "Thanks,\n"
        "Paula Grieve, County EMS Coordinator\n"
        "\n"
        "-----Original Message-----\n"
        "From: Joe Mattila\n"
        "Sent: Wednesday, December 2, 2026 7:14 AM\n"
        "Subject: RE: leave-behind kits\n"
        "\n"
        "Paula, we're down to 9 kits at Station 1 and 4 on Medic 21 after the holiday week.\n"
        "Can we pick up the Q1 allotment early? Also, is the bridge clinic still "
        "taking walk-ins\n"
        "on Fridays? Crews keep asking and I don't want to hand out a card that "
        "sends people to\n"
        "a locked door. I'll get you the lot numbers from Tuesday once Tomas "
        "finishes the chart.\n"
        "\n"
        "Joe",
        [
            ("health", ""),
            ("criminal_history", ""),
        ],
    ),
    (
        "Subject: Naloxone leave-behind program - 2027 supply\n"
        "\n"
        "To all Marrow County EMS agencies:\n"
        "\n"
        "The state has renewed the leave-behind naloxone grant for 2027. Each agency will\n"
        "receive 48 kits per quarter. Kits may be left with any patient, family member or\n"
        "bystander after an opioid overdose response, and crews should offer the "
        "Bridge Clinic\n"
        "referral card to every patient, whether or not they accept transport.\n"
        "\n"
        "Report kits distributed monthly (count only, no patient identifiers) on the "
        "county form\n"
        "by the 5th. Training slides are attached; the 20-minute refresher counts for CE.\n"
        "\n"
        "Questions: 541-555-0131.\n"
        "Paula Grieve, County EMS Coordinator",
        [],
    ),
    (
        "Subject: checking in\n"
        "\n"
        "Sam,\n"
        "\n"
        "Just wanted to follow up after we talked in the bay Wednesday. You said you haven't\n"
        "slept more than a couple of hours a night since the Highway 18 call, and the dreams\n"
        "about the car are back like after the 2021 fire. That's not weakness, "
        "that's what this\n"
        "job does to people.\n"
        "\n"
        "The counselor I told you about, Dr. Linh Pham, does first-responder PTSD "
        "work and can\n"
        "see you next week. I already gave her a heads up without using your name. Want me to\n"
        "drive you?\n"
        "\n"
        "- Rosa (peer support team)",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: Debrief - Highway 18 MVC\n"
        "\n"
        "All crews who responded to Sunday's Highway 18 collision, including the tender\n"
        "operators and rehab:\n"
        "\n"
        "A critical incident stress debriefing is scheduled Thursday 12/3 at 1900 in the\n"
        "Station 1 training room. The regional CISM team will facilitate. Attendance is\n"
        "voluntary and what's said in the room stays there; no notes are taken and "
        "nothing goes\n"
        "to the district.\n"
        "\n"
        "If you'd rather talk one-on-one, any peer support team member will meet you "
        "anywhere,\n"
        "any time. Trouble sleeping, irritability or replaying the scene are normal reactions\n"
        "after calls like this one.\n"
        "\n"
        "Chaplain Dave Lindgren and the peer support team",
        [],
    ),
    (
        "Subject: Ryan - roster\n"
        "\n"
        "Captain,\n"
        "\n"
        "Ryan asked me to pass this along since he didn't want to do it over the radio. He'll\n"
        "be off the roster starting today for 28 days. He checked into the "
        "residential program\n"
        "at Cedar Ridge Recovery in Bend on Monday, his wife drove him over. He said "
        "to tell you\n"
        "he's done hiding it and he wants his seat on Engine 21 back when he's out.\n"
        "\n"
        "Can we keep his pager active and just mark him unavailable? And maybe leave "
        "the reason\n"
        "out of the roster notes.\n"
        "\n"
        "Thanks,\n"
        "Shawna",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: Leave of absence procedure (updated)\n"
        "\n"
        "Members,\n"
        "\n"
        "The board adopted the updated leave policy at the November meeting. Summary:\n"
        "\n"
        "- Any member may request up to 6 months of leave for medical, family, "
        "military, work or\n"
        "  personal reasons using form LOA-2.\n"
        "- You do not need to give the district a reason.\n"
        "- Medical leave longer than 30 days requires a return-to-duty clearance from Summit\n"
        "  Occupational Health before you ride again.\n"
        "- Members in treatment for substance use are covered the same as any other medical\n"
        "  leave, and the Firefighters' Association hardship fund is open to "
        "everyone on leave.\n"
        "\n"
        "- Your pager stays active unless you ask us to turn it off, and your seat on the\n"
        "  apparatus is held for you for the whole leave. Nobody loses seniority for taking\n"
        "  leave.\n"
        "- Officers don't discuss the reason for anyone's leave at drills, on the "
        "roster or in\n"
        "  the group text. If you hear someone doing it, tell me.\n"
        "- Stipends stop during leave and restart the first full month you're back.\n"
        "\n"
        "Full text is on the district website. Questions about the process go to Deb in the\n"
        "office, and questions about benefits to the Association secretary.\n"
        "\n"
        "Chief Vail",
        [],
    ),
    (
        "Subject: my stub is wrong again\n"
        "\n"
        "Hey Corinne,\n"
        "\n"
        "Pasting my December 1 stub below. The union dues came out twice, and the "
        "overtime from\n"
        "the Thanksgiving shift isn't on there at all.\n"
        "\n"
        "Gross ................ 2,318.40\n"
        "Fed W/H .............. 201.16\n"
        "OR W/H ............... 158.72\n"
        "PERS 6% .............. 139.10\n"
        "Local 4839 dues ...... 46.50\n"
        "Local 4839 dues ...... 46.50\n"
        "Net .................. 1,726.42\n"
        "\n"
        "Can you fix it before the 15th, or should I go through the local's "
        "grievance process?\n"
        "\n"
        "Ethan Sauve, FF/EMT, B shift",
        [
            ("trade_union_membership", ""),
        ],
    ),
    (
        "Subject: Re: association dues\n"
        "\n"
        "Rick,\n"
        "\n"
        "Got your $25 for 2027 Firefighters' Association dues, thanks. You're paid "
        "through next\n"
        "December, which keeps you on the list for the Christmas party, the Fourth of July\n"
        "booth and the hardship fund.\n"
        "\n"
        "Reminder that the Association is the volunteers' social and benevolent "
        "club. It isn't a\n"
        "union and doesn't bargain with the district about anything; the career staff have\n"
        "Local 4839 for that.\n"
        "\n"
        "- Kari Voss, Association Secretary",
        [],
    ),
    (
        "Subject: Welcome to Local 4839\n"
        "\n"
        "Tyler,\n"
        "\n"
        "Welcome aboard, and congratulations on finishing probation. Your signed "
        "membership card\n"
        "and dues authorization were received on 11/30 and are with our secretary-treasurer;\n"
        "dues start on the January 1 payroll. Your steward on C shift is Ethan.\n"
        "\n"
        "Our next general meeting is Dec 10 at the Grange hall, 1900. Bring your "
        "questions about\n"
        "the new contract's step increases.\n"
        "\n"
        "In solidarity,\n"
        "Marty Kowalczyk\n"
        "President, Firefighters Local 4839",
        [
            ("trade_union_membership", ""),
        ],
    ),
    (
        "Subject: Local 4839 open house & toy drive\n"
        "\n"
        "Firefighters Local 4839 is hosting an open house Saturday, Dec 12, "
        "1000-1400 at Station\n"
        "1, co-sponsored with the Friends of Cold Creek Fire toy drive.\n"
        "\n"
        "Everyone is welcome: volunteers, auxiliary members, families and neighbors. Bring an\n"
        "unwrapped toy; we'll have coffee, cocoa and engine tours for the kids. If you're\n"
        "curious about what the local does, officers will be around to answer questions.\n"
        "\n"
        "Marty Kowalczyk, President",
        [],
    ),
    (
        "Subject: chaplain notes - week of 11/30 (confidential)\n"
        "\n"
        "Chief,\n"
        "\n"
        "Brief notes from this week's visits, shared with permission:\n"
        "\n"
        "- Gary Holm (retired engineer, 31 years) at Alder Valley after his bypass. In good\n"
        "  spirits. He asked me to bring Fr. Mike from St. Bernadette's, where he "
        "has ushered at\n"
        "  the 9:00 Mass for forty years, so he could receive Communion before he goes home.\n"
        "  Done Wednesday.\n"
        "- Stopped at Station 2 Thursday; quiet. Brought cinnamon rolls, which went fast.\n"
        "- Two members asked about the memorial at the December meeting. I'll read "
        "the names of\n"
        "  the four members we lost this year and ring the bell once for each; families have\n"
        "  been invited, and the Auxiliary is doing coffee afterward.\n"
        "- Sat in on Thursday's Highway 18 debrief at the team's request. Nothing "
        "for you there;\n"
        "  the peer team has it in hand.\n"
        "- Next week I'm at Alder Valley again Tuesday and the county jail Bible study is off\n"
        "  until January, so I'm free Thursday evening for the engine blessing rehearsal.\n"
        "\n"
        "As always, these notes stay between us and get shredded at the end of the month.\n"
        "\n"
        "Dave Lindgren, Chaplain",
        [
            ("religious_belief", ""),
            ("health", ""),
        ],
    ),
    (
        "Subject: From the chaplain's desk - December\n"
        "\n"
        "Friends,\n"
        "\n"
        "December is hard for a lot of first responders. The chaplain program is "
        "here for every\n"
        "member and family, of any faith or none; I don't keep notes and I don't "
        "report to the\n"
        "chief.\n"
        "\n"
        "The blessing of the new engine will be held on December 13 after the open house. The\n"
        "December business meeting will open with a moment of silence for the members we lost\n"
        "this year, and their names will be read.\n"
        "\n"
        "If you'd like a visit at home or in the hospital, call or text me any time.\n"
        "\n"
        "Chaplain Dave Lindgren\n"
        "541-555-0170",
        [],
    ),
    (
        "Subject: phone orders - crab feed tickets\n"
        "\n"
        "Kari, three phone orders came in while you were out. Two are paying cash at "
        "the hall.\n"
        "The third one, please run it tonight:\n"
        "\n"
        "Glenna Morrow, 4 tickets @ $45\n"
        "card 4707 0041 1732 9367 exp 08/29\n"
        "3 digit on back 554\n"
        "billing zip same as the Cold Creek post office\n"
        "\n"
        "She wants them held at will call under Morrow.\n"
        "\n"
        "Thanks!\n"
        "Nance",
        [
            ("CREDIT_CARD", "4707 0041 1732 9367"),
            ("CVV", "554"),
        ],
    ),
    (
        "Subject: Re: refund?\n"
        "\n"
        "Hi Mr. Abernathy,\n"
        "\n"
        "So sorry the Santa run route missed Elk Ridge Loop this year! We've "
        "refunded your $30\n"
        "sponsorship in full. It went back to the Mastercard ending in 8362 this morning and\n"
        "should show in 3-5 business days. Reference: FCCF-REF-0447.\n"
        "\n"
        "Santa will make an extra pass on the 19th, promise.\n"
        "\n"
        "Nance Whitley\n"
        "Friends of Cold Creek Fire",
        [
            ("CREDIT_CARD_LAST_DIGITS", "8362"),
        ],
    ),
    (
        "Subject: Your receipt from Friends of Cold Creek Fire\n"
        "\n"
        "Thank you for supporting the Crab Feed!\n"
        "\n"
        "Order #CF-2026-0318        Date 12/01/2026\n"
        "2 x Adult ticket ......... $90.00\n"
        "Payment: card (contactless)\n"
        "Approval code: 04817B\n"
        "Terminal ID: 00221764\n"
        "Transaction: 7f31c0a2\n"
        "\n"
        "Friends of Cold Creek Fire is a 501(c)(3) nonprofit, EIN 93-1847302. Because you\n"
        "received a dinner for your ticket, the deductible portion of this purchase is $0.\n"
        "\n"
        "Questions: 541-555-0155",
        [],
    ),
    (
        "Subject: toy drive referral - Pruitt family\n"
        "\n"
        "Hi Nance,\n"
        "\n"
        "School counselor referral for the toy drive. Family: Amanda Pruitt and "
        "three kids (boy\n"
        "9, girls 6 and 3). Mom is working doubles at the cannery. The kids' dad, "
        "Shane, is in\n"
        "the county jail until at least February, so it's just her this year.\n"
        "\n"
        "Amanda said the 9-year-old would love anything with dinosaurs. Please don't mention\n"
        'Shane when you drop off; the kids think he\'s "working away".\n'
        "\n"
        "Delivery address is on the spreadsheet, row 22.\n"
        "\n"
        "Thanks,\n"
        "Lorna Yates, Cold Creek Elementary",
        [
            ("criminal_history", ""),
        ],
    ),
    (
        "Subject: Toy drive wish list - week 1\n"
        "\n"
        "Here's what we have so far from the school and pantry referrals. Families "
        "are listed by\n"
        "number only; names and addresses stay with Lorna at the school.\n"
        "\n"
        "Family 07: boy 9 (dinosaurs), girl 6, girl 3\n"
        "Family 08: girl 14 (art supplies), boy 11\n"
        "Family 09: boy 2, infant twins\n"
        "Family 10: grandparent raising girl 8 (horses)\n"
        "Family 11: girl 16 (gift card ok)\n"
        "\n"
        "Wrapping night is Thursday 12/10 at the Grange. Engine 22 will do deliveries on the\n"
        "19th with Santa.\n"
        "\n"
        "Nance Whitley",
        [],
    ),
    (
        "Subject: alarm installs Saturday\n"
        "\n"
        "Crew for Saturday's smoke alarm installs: Tomas, Bree, and me.\n"
        "\n"
        "Stop 3 is the Veatch place on Elk Ridge. Harold is profoundly deaf, so the "
        "hearing-loss\n"
        "alarm program is supplying the bed shaker and strobe kit; allow an extra "
        "hour. His wife\n"
        "Joan is on home oxygen (concentrator in the living room, tanks in the hall "
        "closet), so\n"
        "do the no-smoking/no-candles talk and check the tubing isn't near the woodstove.\n"
        "\n"
        "Stop 4 just needs two 10-year sealed units.\n"
        "\n"
        "- Lt. Ostrander",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: Smoke alarm program - December installs\n"
        "\n"
        "Saturday 12/5 installs (Engine 22 crew):\n"
        "\n"
        "1. 1440 Mill Creek Rd - 3 alarms, 2-story, bring the 8' ladder\n"
        "2. 27 Birch Ct - replace 2 expired hardwired units, bring adapters\n"
        "3. 902 Elk Ridge Loop - 4 alarms + CO, dog in yard\n"
        "4. 310 Canyon View - 2 alarms, call ahead 541-555-0129\n"
        "\n"
        "Free alarms and installation are available to every homeowner and renter in the\n"
        "district; sign-up at the office or online. Photos of installs are fine for the\n"
        "newsletter, just no faces or house numbers.",
        [],
    ),
    (
        "Subject: Your burn permit BP-2026-1183\n"
        "\n"
        "Hello,\n"
        "\n"
        "Your residential burn permit BP-2026-1183 for 4480 Hollins Rd is approved for yard\n"
        "debris only. Valid 12/01/2026 through 05/31/2027.\n"
        "\n"
        "Call the burn line (541-555-0102) the morning you plan to burn; if the "
        "recording says\n"
        "it's a no-burn day, it applies to you. Piles no larger than 6' x 6', attended at all\n"
        "times, with a charged hose or shovel and water on hand. No burning of "
        "garbage, tires or\n"
        "construction debris.\n"
        "\n"
        "Cold Creek RFPD Fire Prevention",
        [],
    ),
    (
        "Subject: Station codes changed\n"
        "\n"
        "All members,\n"
        "\n"
        "Because of the Thanksgiving break-in attempt at Station 2, codes changed as of 0800\n"
        "today:\n"
        "\n"
        "Station 1 side door: 7306#\n"
        "Station 2 side door: 4928#\n"
        "Station 2 bay gate keypad: 1849\n"
        "Turnout room cipher lock: 2-4 together, then 5\n"
        "\n"
        "Knox box keys are unchanged. Do not write codes on your helmet tape or the "
        "whiteboard.\n"
        "If you forget, call the duty officer, not the office.\n"
        "\n"
        "Chief Vail",
        [],
    ),
    (
        "Subject: FireLog RMS account\n"
        "\n"
        "Bree,\n"
        "\n"
        "Your FireLog account is set up so you can start entering training hours and "
        "your NFIRS\n"
        "narratives.\n"
        "\n"
        "URL: ccrfpd.firelog-rms.example\n"
        "Username: bhalvorsen\n"
        "Temporary password: Ember!Ridge42\n"
        "\n"
        "It'll make you change it on first login. Don't use your pager number as the new one,\n"
        "half the station did that. Your MedTrak ePCR login is separate; Capt. "
        "Mattila will set\n"
        "that up after your skills check-off.\n"
        "\n"
        "- Deb",
        [
            ("PASSWORD", "Ember!Ridge42"),
        ],
    ),
    (
        "Subject: Re: locked out of MedTrak\n"
        "\n"
        "Joe, it's asking me for the code again. Here's the one that just came to my phone:\n"
        "\n"
        "> MedTrak: Your verification code is 290733. It expires in 10 minutes. Do not share\n"
        "> this code.\n"
        "\n"
        "I know, I know. Can you punch it in from your admin screen and reset my "
        "device? I'm on\n"
        "Medic 21 tonight and need to finish the 26-001944 chart before shift change.\n"
        "\n"
        "Bree",
        [
            ("ACCESS_CODE", "290733"),
        ],
    ),
    (
        "Subject: PO 26-114 payment - Summit Turnout Supply\n"
        "\n"
        "Hi Carla,\n"
        "\n"
        "Please charge invoice 44817 (4 sets of turnouts, 2 pairs of structural boots) to the\n"
        "district's purchasing card. I'd rather do it over the phone, but you said email is\n"
        "fine:\n"
        "\n"
        "Visa 4922 1684 9898 1119\n"
        "exp 11/28, CVC 390\n"
        "Cardholder: Cold Creek RFPD / Deb Farrier\n"
        "\n"
        "Please email the receipt to the office and ship everything to Station 1, attention\n"
        "Lt. Ostrander.\n"
        "\n"
        "Deb",
        [
            ("CREDIT_CARD", "4922 1684 9898 1119"),
            ("CVV", "390"),
        ],
    ),
    (
        "Subject: Invoice 44817 - Summit Turnout Supply\n"
        "\n"
        "Bill to: Cold Creek Rural Fire Protection District, 2210 Station Road\n"
        "Customer account: CCRF-00931    PO: 26-114    Terms: Net 30\n"
        "\n"
        "Qty 4  Structural coat/pant, NFPA 1971, tan PBI     @ 3,180.00\n"
        "       Serials: ST24-118852, ST24-118853, ST24-118860, ST24-118861\n"
        "Qty 2  Leather structural boot, 11W / 9M            @ 489.00\n"
        "\n"
        "Subtotal 13,698.00   Freight 0.00   Total due 13,698.00\n"
        "\n"
        "Pay by check to our lockbox or by ACH (remittance details are on the "
        "customer portal).\n"
        "We never ask for card numbers by email.\n"
        "\n"
        "Thank you for your business!",
        [],
    ),
    (
        "Subject: Yes on 21-204 lit drop\n"
        "\n"
        "Donna,\n"
        "\n"
        "Thank you for signing up to walk for Yes for Cold Creek Fire! You and Walt have the\n"
        "Mill Creek precinct on Saturday, 10-1. Pick up door hangers and your route "
        "map at the\n"
        "Grange. You also asked for a yard sign for your place on Canyon View; Jim "
        "will drop one\n"
        "off Friday.\n"
        "\n"
        "Reminder: campaign work is on your own time and can't be done in uniform or from the\n"
        "station.\n"
        "\n"
        "Pam Hedlund\n"
        "Yes for Cold Creek Fire (PAC)",
        [
            ("political_opinion", ""),
        ],
    ),
    (
        "Subject: candidate forum recap\n"
        "\n"
        "For those who missed Tuesday's forum at the Grange: all three candidates for the\n"
        "Position 3 board seat spoke. Lyle Garver said again that he opposes the "
        "levy and wants\n"
        "to close Station 2 at night; Marisa Ocampo supports the levy and wants a paid\n"
        "paramedic on every shift; Ted Brandt said he hasn't decided.\n"
        "\n"
        "The full video is on the district's YouTube channel. The district takes no "
        "position on\n"
        "candidates or the measure.\n"
        "\n"
        "Deb Farrier, District Clerk",
        [],
    ),
    (
        "Subject: Thank you, Marjorie!\n"
        "\n"
        "Dear Marjorie Keel,\n"
        "\n"
        "Thank you for your contribution of $100 to Yes for Cold Creek Fire on November 30,\n"
        "2026. Your gift helps pay for mailers and yard signs for Measure 21-204.\n"
        "\n"
        "Paid by Visa ending in 1088\n"
        "Transaction ID: YCF-88120\n"
        "\n"
        "Contributions are not tax deductible. Oregon law requires us to report the name and\n"
        "address of contributors who give more than $100 in a calendar year.\n"
        "\n"
        "Pam Hedlund, Treasurer",
        [
            ("political_opinion", ""),
            ("CREDIT_CARD_LAST_DIGITS", "1088"),
        ],
    ),
    (
        "Subject: Measure 21-204 facts\n"
        "\n"
        "The Cold Creek RFPD Board placed Measure 21-204 on the February 2027 ballot. The\n"
        "five-year local option levy of $0.79 per $1,000 of assessed value would "
        "fund two paid\n"
        "EMT positions at Station 2 and replace Tender 21 (1994).\n"
        "\n"
        "A home assessed at $250,000 would pay about $197.50 per year. The district "
        "can't tell\n"
        "you how to vote; this is factual information only. Ballots mail January 20.\n"
        "\n"
        "Questions: 541-555-0117",
        [],
    ),
    (
        "Subject: Cody Marsh application\n"
        "\n"
        "Chief,\n"
        "\n"
        "Background came back on Cody. Nothing violent, but the DMV and court search show a\n"
        "DUII conviction from March 2022 in Lane County, license suspended one year, and he's\n"
        "on bench probation until next spring. He told me about it up front in the interview,\n"
        "which I appreciated.\n"
        "\n"
        "He can't drive apparatus for at least 3 years under SOP 3.14 either way. "
        "I'd still like\n"
        "to bring him on as a firefighter/EMR with no driving. Your call.\n"
        "\n"
        "Hal",
        [
            ("criminal_history", ""),
        ],
    ),
    (
        "Subject: Background checks - fall academy\n"
        "\n"
        "Chief,\n"
        "\n"
        "All four fall academy applicants came back clear: the LiveScan fingerprint checks\n"
        "through the sheriff's office and the DMV driving record checks show no records found\n"
        "for any of them. Certificates are in the locked file.\n"
        "\n"
        "Applicants: Kayla Brennan, Bree Halvorsen, Tomas Ruelas, Isaac Thorne.\n"
        "\n"
        "I'm scheduling their EVOC day and PPE fittings next week.\n"
        "\n"
        "Hal",
        [],
    ),
    (
        "Subject: CONFIDENTIAL - treasurer bonding\n"
        "\n"
        "Board members,\n"
        "\n"
        "Our insurer requires a credit check for anyone bonded to handle Association funds.\n"
        "Results for the treasurer nominee, Wade Lindquist, from the bonding company:\n"
        "\n"
        "- Score: 598\n"
        "- Collection account, Cascade Credit Recovery, $412 (2024)\n"
        "- 60 days late, Northwest Auto Finance, August 2025\n"
        "\n"
        "The bond is still approved at the standard rate. I'm sharing this only because the\n"
        "bylaws require the board to acknowledge it before the vote. Please don't forward.\n"
        "\n"
        "Kari Voss, Secretary",
        [
            ("CREDIT_SCORE", "598"),
            ("CREDIT_REPORT", "Collection account, Cascade Credit Recovery, $412 (2024)"),
            ("CREDIT_REPORT", "60 days late, Northwest Auto Finance, August 2025"),
        ],
    ),
    (
        "Subject: fuel card for Tender 21\n"
        "\n"
        "Isaac,\n"
        "\n"
        "Since you're driving Tender 21 to the shop in Dallas tomorrow, use the "
        "fleet fuel card\n"
        "in the glovebox. At the pump it asks for a driver ID and then the PIN: the "
        "ID is your\n"
        "employee number, the pin is 9269. Get a receipt and write the odometer on it.\n"
        "\n"
        "Don't use it for snacks, Deb will find out.\n"
        "\n"
        "Capt. Mattila",
        [
            ("PIN", "9269"),
        ],
    ),
    (
        "Subject: Hendricks ranch access\n"
        "\n"
        "For anyone responding up Sheep Creek: the Hendricks ranch has a new electric gate at\n"
        "the county road. Gate code is 0613, or use the Knox box on the left post for the\n"
        "override key.\n"
        "\n"
        "Turnaround for the engine is past the second barn; the bridge is rated 20 tons, so\n"
        "tenders are okay. The pre-plan is updated in FireLog.\n"
        "\n"
        "Lt. Ostrander",
        [],
    ),
    (
        "Subject: Med vault log - discrepancy 11/28\n"
        "\n"
        "Joe,\n"
        "\n"
        "Pulled the access log from the fingerprint reader on the Medic 21 "
        "controlled-substance\n"
        "vault for the fentanyl count discrepancy:\n"
        "\n"
        "11/28 02:41  ALVAREZ, J.  finger R2  match 0.94  OPEN\n"
        "11/28 02:43  ALVAREZ, J.  CLOSE\n"
        "11/28 06:58  RUELAS, T.   finger R1  match 0.61  REJECT\n"
        "11/28 06:59  RUELAS, T.   finger R1  match 0.97  OPEN\n"
        "\n"
        "Nothing odd about who opened it; I think it's a documentation error on the "
        "02:41 run.\n"
        "Let's sit down with Jaime before Friday.\n"
        "\n"
        "Amy",
        [
            ("biometric", ""),
        ],
    ),
    (
        "Subject: VaultLok firmware 4.2 release notes\n"
        "\n"
        "VaultLok BX-series controlled substance vaults, firmware 4.2:\n"
        "\n"
        "- Fingerprint reader false-reject rate improved from 3.1% to 1.4% in field testing\n"
        "  across 212 agencies\n"
        "- Fingerprint templates remain stored only on the device and are never sent to the\n"
        "  cloud portal\n"
        "- New audit export in CSV\n"
        "- Fixed a bug where the PIN fallback timed out after 10 seconds\n"
        "\n"
        "Update over Wi-Fi from the admin menu; no action is needed if auto-update is on.\n"
        "\n"
        "VaultLok Support, 1-800-555-0199",
        [],
    ),
    (
        "Subject: roster updates\n"
        "\n"
        "Deb, a few corrections for the emergency contact sheet before it goes in "
        "the apparatus\n"
        "binders:\n"
        "\n"
        "- FF Daniel Okoro: change contact to Marcus Lindqvist (husband), "
        "541-555-0163. They got\n"
        "  married in October so the old one (his sister in Portland) is out of date.\n"
        "- EMT Tomas Ruelas: new cell 541-555-0108.\n"
        "- Capt. Mattila: no change.\n"
        "\n"
        "Thanks,\n"
        "Lt. Sorensen",
        [
            ("sexual_orientation", ""),
        ],
    ),
    (
        "Subject: Isaac Thorne onboarding docs\n"
        "\n"
        "Deb,\n"
        "\n"
        "Isaac's part-time EMT paperwork is complete except the W-4, which he'll "
        "bring Monday.\n"
        "\n"
        "For the I-9 he used his tribal ID card, no. TN-0471-2289, plus his Social "
        "Security card\n"
        "(List C); I saw both originals.\n"
        "\n"
        "Voluntary self-identification form:\n"
        "  Hispanic or Latino: No\n"
        "  Race: American Indian or Alaska Native\n"
        "  Veteran: No\n"
        "  Disability: prefer not to answer\n"
        "\n"
        "Everything goes in the locked cabinet, self-ID separate from his file.\n"
        "\n"
        "Hal",
        [
            ("US_STATE_ID", "TN-0471-2289"),
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        "Subject: Re: I-9 for Bree\n"
        "\n"
        "Deb,\n"
        "\n"
        "Bree's Washington license expired in the move and the Oregon one hasn't "
        "come in the mail\n"
        "yet, so for the I-9 List A she brought her passport. I checked it against her in\n"
        "person and copied the number for section 2: 573218769, expires 2031. The "
        "photocopy is\n"
        "in the I-9 binder, not the personnel file.\n"
        "\n"
        "Everything else for her part-time stipend setup is done.\n"
        "\n"
        "Hal",
        [
            ("US_PASSPORT", "573218769"),
        ],
    ),
    (
        "Subject: w4\n"
        "\n"
        "hi deb sorry for the late reply, phone died on the call Saturday. here's "
        "what you asked\n"
        "for so you can do my stipend paperwork\n"
        "\n"
        "name Wyatt J Brandt\n"
        "social 207 48 6260\n"
        "married filing jointly, 2 kids under 17\n"
        "address same as before on Tamarack\n"
        "\n"
        "let me know if you need me to come in and sign something\n"
        "\n"
        "wyatt",
        [
            ("US_SSN", "207 48 6260"),
        ],
    ),
    (
        "Subject: Benefit dinner for the Sorensen family\n"
        "\n"
        "Association board,\n"
        "\n"
        "As most of you know, Lt. Amy Sorensen's son Caleb (age 5) was diagnosed "
        "with Duchenne\n"
        "muscular dystrophy in October, after the genetic test confirmed a deletion in his\n"
        "dystrophin gene. Amy and Nils have been driving to Portland every two weeks "
        "for clinic\n"
        "visits and trial screening. Amy asked me to say she's grateful and OK with "
        "us sharing\n"
        "this much.\n"
        "\n"
        "Proposal: a spaghetti dinner benefit Jan 16 at the Grange, proceeds to the family. I\n"
        "need a vote by email by Friday.\n"
        "\n"
        "Kari",
        [
            ("genetic", ""),
            ("health", ""),
        ],
    ),
    (
        "Subject: Hardship fund appeal\n"
        "\n"
        "Friends of Cold Creek Fire,\n"
        "\n"
        "This year the Association's hardship fund helped four member families through house\n"
        "fires, job losses and long hospital stays. One of our own spent most of the "
        "fall beside\n"
        "a child's hospital bed in Portland; another lost a home to the Sheep Creek fire. We\n"
        "don't share names, but we do share the bill.\n"
        "\n"
        "Donate at the station, by mail to PO Box 118, or at our pancake breakfast "
        "December 6.\n"
        "Every dollar goes to members' families.\n"
        "\n"
        "With gratitude,\n"
        "The Cold Creek Firefighters' Association",
        [],
    ),
    (
        "Subject: CAD bridge errors since Tuesday\n"
        "\n"
        "Hi Dispatch IT,\n"
        "\n"
        "Our CAD-to-FireLog import has been failing since Tuesday's update, so none of our\n"
        "incidents from 26-001930 on have come across. Log excerpt:\n"
        "\n"
        "POST /api/v2/incidents -> 401 Unauthorized\n"
        "  client_id: ccrfpd-cad-bridge\n"
        "  client_secret: xCiu1XbzJxp2GrJdI0M6cjZP\n"
        "  agency: CCRFPD\n"
        "\n"
        "I didn't change anything on our side. Can you check whether the county rotated keys\n"
        "during the update?\n"
        "\n"
        "Capt. Mattila",
        [
            ("API_KEY", "xCiu1XbzJxp2GrJdI0M6cjZP"),
        ],
    ),
    (
        "Subject: donate button setup\n"
        "\n"
        "Nance,\n"
        "\n"
        "The donate button on the Friends website is working again. For the web "
        "person's notes,\n"
        "the embed only needs the public pieces:\n"
        "\n"
        "publishable key: pk_live_51Qd7TAgV2hLqKz9mTf3Rw\n"
        "account ID: acct_1Qd7TAgV2hLqKz9\n"
        "\n"
        "The secret key lives only in the payment dashboard; nobody should ever "
        "paste it in an\n"
        "email or in the website code. A test donation of $1 went through at 4:12 pm.\n"
        "\n"
        "Jim",
        [],
    ),
    (
        "Subject: Re: toy drive donation page broken\n"
        "\n"
        'Jim, the web guy says the form is throwing "invalid API key" because the '
        "old restricted\n"
        "key expired. He needs the new one for the server config. From the dashboard:\n"
        "\n"
        "sk_live_TrhcUA6tZPxU0rtUls7zhVCH\n"
        "\n"
        "(the pk one is already in there). Can you get it to him today? Giving Tuesday was\n"
        "yesterday and we probably lost donations.\n"
        "\n"
        "Nance",
        [
            ("API_KEY", "sk_live_TrhcUA6tZPxU0rtUls7zhVCH"),
        ],
    ),
    (
        "Subject: drill\n"
        "\n"
        "Hal, sorry I've missed the last two Tuesday drills. I'm 22 weeks now and my "
        "OB said no\n"
        "more interior or SCBA, and honestly the hose drags are getting hard.\n"
        "\n"
        "Can I switch to EMS-only and rehab for the rest of the winter? I'm happy to run the\n"
        "rehab trailer and teach the CPR classes. I'll be out on maternity leave from about\n"
        "March.\n"
        "\n"
        "Thanks,\n"
        "Callie",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: December drill schedule\n"
        "\n"
        "Tue 12/1  - Hose drags and RIT, Station 1 (SCBA required)\n"
        "Tue 12/8  - EMS: OB emergencies and neonatal resuscitation, ALS skills lab\n"
        "Tue 12/15 - Ice rescue classroom\n"
        "Tue 12/22 - No drill (holiday)\n"
        "Tue 12/29 - Apparatus check and open gym\n"
        "\n"
        "Reminders: members who are pregnant or have a temporary medical restriction "
        "can attend\n"
        "any drill in a non-SCBA role; see the district's light-duty policy. Sign-in "
        "sheets go\n"
        "into FireLog.\n"
        "\n"
        "Lt. Ostrander",
        [],
    ),
    (
        "Subject: Hwy 18 MVC follow-up\n"
        "\n"
        "Team,\n"
        "\n"
        "Follow-up on Sunday's Highway 18 collision (26-001911): state police confirmed the\n"
        "pickup driver, Travis Dunn, 34, was arrested at Alder Valley for DUII and vehicular\n"
        "assault once the ED released him with a splinted wrist fracture. The Subaru driver\n"
        "is stable after surgery.\n"
        "\n"
        "Good extrication work, and thanks to Station 2 for the tender shuttle. CISD is\n"
        "Thursday; see the separate email.\n"
        "\n"
        "Capt. Mattila",
        [
            ("criminal_history", ""),
            ("health", ""),
        ],
    ),
    (
        "Subject: 26-001911 - county incident summary\n"
        "\n"
        "Marrow County ECC incident summary\n"
        "Incident: 26-001911   NFIRS: 26-0411   Type: 322 MVC w/ injuries\n"
        "Location: Hwy 18 MP 14.2\n"
        "Units: E21, M21, T21, R22, state police, sheriff\n"
        "Patients: 2 (1 transported ALS, 1 refused)\n"
        "Extrication: yes, 38 min\n"
        "Hazards: fluids contained, 6 bags absorbent\n"
        "Cleared: 17:52\n"
        "Comments: lane closure 2 hrs, road department notified.\n"
        "\n"
        "This summary is auto-generated; do not reply.",
        [],
    ),
    (
        "Subject: flu vaccine requirement\n"
        "\n"
        "Chief Vail,\n"
        "\n"
        "I received the memo that all members with patient contact must get the flu "
        "shot or wear\n"
        "a mask all season. I'm requesting a religious exemption. I'm a Christian "
        "Scientist, we\n"
        "rely on prayer for healing, and I haven't had a vaccine of any kind since I was a\n"
        "child.\n"
        "\n"
        "I'll wear the mask on every EMS call, no problem.\n"
        "\n"
        "Respectfully,\n"
        "Glen Aukerman, FF/EMR",
        [
            ("religious_belief", ""),
            ("health", ""),
        ],
    ),
    (
        "Subject: Flu shot clinic Dec 2\n"
        "\n"
        "Summit Occupational Health will give flu shots to members and their "
        "families at Station\n"
        "1 on Wednesday 12/2, 1600-1900. No cost, with or without insurance.\n"
        "\n"
        "Members with patient contact who don't get a flu vaccine must wear a "
        "surgical mask on\n"
        "EMS calls through March 31 under the district's infection control policy; exemption\n"
        "requests go to the chief. COVID boosters will also be available.",
        [],
    ),
    (
        "Subject: shift swap\n"
        "\n"
        "Joe,\n"
        "\n"
        "Can Bilal Haddad swap his Friday day shift with my Saturday? He goes to "
        "Jumu'ah at the\n"
        "Islamic Center in Salem every Friday, and the new schedule put him on four "
        "Fridays in a\n"
        "row. He didn't want to make a fuss about it, so I'm asking for him. I'm "
        "fine covering.\n"
        "\n"
        "Thanks,\n"
        "Isaac",
        [
            ("religious_belief", ""),
        ],
    ),
    (
        "Subject: Holiday schedule & station events\n"
        "\n"
        "- Dec 13: Blessing of the new Engine 22 by the chaplain after the open house (all\n"
        "  faiths welcome)\n"
        "- Dec 19: Santa run, all districts\n"
        "- Dec 24-25: Office closed; stations staffed normally\n"
        "- Dec 31: New Year's Eve standby at the Grange\n"
        "\n"
        "The Christmas dinner at Station 1 is a potluck; there will be vegetarian and halal\n"
        "options, and the Grange is lending us tables.\n"
        "\n"
        "Deb",
        [],
    ),
    (
        "Subject: boot reimbursement\n"
        "\n"
        "Hi Isaac,\n"
        "\n"
        "The Association approved your $189.99 boot reimbursement at Tuesday's meeting. It'll\n"
        "go by ACH to the account you gave us on your stipend form. Confirming before I hit\n"
        "send, since the bank's portal makes me re-key it:\n"
        "\n"
        "Routing 240372158\n"
        "Account 296859797\n"
        "\n"
        "If either one is wrong, tell me before Friday.\n"
        "\n"
        "Wade, Association Treasurer",
        [
            ("ABA_ROUTING_NUMBER", "240372158"),
            ("US_BANK_NUMBER", "296859797"),
        ],
    ),
    (
        "Subject: FW: auto loan decision\n"
        "\n"
        "Kari, this is the letter I mentioned for the hardship fund application. The "
        "truck died\n"
        "and the credit union said no.\n"
        "\n"
        "---\n"
        "Dear Mr. Fenwick,\n"
        "\n"
        "We are unable to approve your application for a vehicle loan. Your credit score: 571\n"
        "(Equifax, range 300-850). Information from your credit report that affected our\n"
        "decision:\n"
        "- Late payment (60 days), Cascadia Bank Visa, May 2026\n"
        "- Charge-off, Pine Ridge Furniture financing, $1,870\n"
        "\n"
        "Marrow Valley Federal Credit Union, Lending Department",
        [
            ("CREDIT_SCORE", "571"),
            ("CREDIT_REPORT", "Late payment (60 days), Cascadia Bank Visa, May 2026"),
            ("CREDIT_REPORT", "Charge-off, Pine Ridge Furniture financing, $1,870"),
        ],
    ),
    (
        "Subject: Association treasurer's report - November\n"
        "\n"
        "Opening balance 11/1: $14,812.33\n"
        "Deposits: $3,406.00 (crab feed presales $2,160; dues $1,246)\n"
        "Expenses: $1,118.47 (toy drive $640.22; Christmas party deposit $400; "
        "postage $78.25)\n"
        "Closing balance 11/30: $17,099.86\n"
        "\n"
        "Accounts: checking ending 4471 at Marrow Valley FCU; hardship fund savings "
        "ending 0936\n"
        "\n"
        "Outstanding: boot reimbursement, approved, to be paid by ACH this week.\n"
        "\n"
        "Wade Lindquist, Treasurer",
        [],
    ),
    (
        "Subject: hep B paperwork\n"
        "\n"
        "Deb,\n"
        "\n"
        "For the medical file: Brianna Colfax came in and signed the OSHA hepatitis B vaccine\n"
        "declination today. She said she'd rather not do the series right now. I gave her the\n"
        "copy and told her she can change her mind any time.\n"
        "\n"
        "She'll do her TB screen in January with everyone else.\n"
        "\n"
        "Joe",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: phone donation - toy drive\n"
        "\n"
        "Nance,\n"
        "\n"
        "Mrs. Pedersen called the station line wanting to give $200 to the toy drive "
        "in memory\n"
        "of her husband Arne. She doesn't do computers. I wrote it down:\n"
        "\n"
        "Discover 6011 7513 5889 4121\n"
        "good thru 02/29\n"
        "code 749\n"
        "name on card Ingrid Pedersen\n"
        "\n"
        "She'd like a receipt mailed to 66 Larch St. Can you run it and then shred this?\n"
        "\n"
        "Shawna (on duty, Station 1)",
        [
            ("CREDIT_CARD", "6011 7513 5889 4121"),
            ("CVV", "749"),
        ],
    ),
    (
        "Subject: Toy drive: thank you!\n"
        "\n"
        "What a week! With Giving Tuesday and the open house we raised $4,318 and "
        "collected 212\n"
        "toys for 61 kids. Special thanks to Alder Valley Hardware for matching "
        "donations up to\n"
        "$1,000, and to the Local 4839 members who ran the Santa Station.\n"
        "\n"
        "Card donations were processed by our payment provider; we never store card "
        "numbers. If\n"
        "you donated by phone and haven't received a receipt, call Nance at 541-555-0155.\n"
        "\n"
        "Friends of Cold Creek Fire",
        [],
    ),
    (
        "Subject: Abel install - reschedule\n"
        "\n"
        "Hal,\n"
        "\n"
        "Mr. Abel on Quarry Lane called; he can't do Saturday after all. He's at dialysis in\n"
        "Salem Tuesday, Thursday and Saturday mornings and is wiped out afterward. "
        "Can we move\n"
        "him to Wednesday afternoon?\n"
        "\n"
        "Also, he uses a wheelchair, so put the bedroom alarm where he can reach the "
        "test button\n"
        "from the chair, maybe 48 inches, and check that the ramp is clear.\n"
        "\n"
        "Thanks,\n"
        "Tomas",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: Q4 ePCR QA report\n"
        "\n"
        "Documentation compliance, Sept-Nov 2026, Cold Creek RFPD:\n"
        "\n"
        "- Glucose documented for altered mental status: 47/52 (90%)\n"
        "- 12-lead within 10 min for chest pain: 18/21 (86%)\n"
        "- Aspirin given or contraindication documented: 19/21 (90%)\n"
        "- Pain reassessed after analgesia: 33/41 (80%)\n"
        "- Refusal forms complete: 14/15\n"
        "\n"
        "No patient identifiers are in this report. Individual feedback goes to crews through\n"
        "MedTrak.\n"
        "\n"
        "Paula Grieve, County EMS Coordinator",
        [],
    ),
    (
        "Subject: treasurer handover - keep this\n"
        "\n"
        "Wade,\n"
        "\n"
        "Everything you need to take over the books. Please change the password the "
        "first time\n"
        "you log in.\n"
        "\n"
        "Marrow Valley FCU online banking (Association business checking)\n"
        "User ID: ccffa_treasurer\n"
        "Password: Hoseline#1987\n"
        'Security question, "street you grew up on": Tamarack\n'
        "\n"
        "The Association debit card is in the cash box; its PIN is 1158.\n"
        "The safe at the station opens with the yellow key on the ring.\n"
        "\n"
        "- Ron (outgoing treasurer)",
        [
            ("PASSWORD", "Hoseline#1987"),
            ("PASSWORD", "Tamarack"),
            ("PIN", "1158"),
        ],
    ),
    (
        "Subject: Saturday EMT refresher logistics\n"
        "\n"
        "For the outside instructors and students coming Saturday:\n"
        "\n"
        "- Park behind Station 1, not on the bay apron\n"
        "- Guest Wi-Fi: CCRFPD-Guest, password Training2026! (changes monthly)\n"
        "- Classroom door code for the weekend: 5192\n"
        "- Lunch is provided by the Auxiliary\n"
        "- Bring your NREMT number for CE credit\n"
        "\n"
        "Instructor check-in is at 0730.\n"
        "\n"
        "Lt. Ostrander",
        [],
    ),
    (
        "Subject: can't get into paystubs\n"
        "\n"
        "Corinne,\n"
        "\n"
        "The payroll portal locked me out after I changed phones. The reset asked my security\n"
        "questions and said I got them wrong, but I'm sure I put:\n"
        "\n"
        "mother's maiden name: Vandermeer\n"
        "first fire station: Station 2 Sheep Creek\n"
        "\n"
        "Could the old system have them different? Can you reset it on your end? I need my\n"
        "year-end stub for the mortgage guy.\n"
        "\n"
        "Ethan",
        [
            ("PASSWORD", "Vandermeer"),
            ("PASSWORD", "Station 2 Sheep Creek"),
        ],
    ),
    (
        "Subject: volunteer application - Dustin\n"
        "\n"
        "Chief,\n"
        "\n"
        "Dustin Reyes came by about the volunteer academy. He was straight with me: "
        "he did three\n"
        "years in the state pen for a burglary he committed at 19, and he finished "
        "post-prison\n"
        "supervision last summer. He got his EMR through the inmate fire crew program and has\n"
        "been working at the mill since.\n"
        "\n"
        "I think he'd be great. The background check will show it, so I wanted you to hear it\n"
        "from me first.\n"
        "\n"
        "Hal",
        [
            ("criminal_history", ""),
        ],
    ),
    (
        "Subject: SOP 3.14 - driver eligibility (revised)\n"
        "\n"
        "Effective January 1:\n"
        "\n"
        "3.14.2 A member may not operate district apparatus if, within the past 3 years, they\n"
        "have been convicted of DUII or reckless driving or have had their license suspended.\n"
        "3.14.3 Background and driving record checks are run for every applicant and annually\n"
        "for all drivers.\n"
        "3.14.4 A prior conviction does not by itself disqualify an applicant from "
        "membership;\n"
        "the Chief decides case by case.\n"
        "3.14.5 Members must report any new citation within 72 hours.\n"
        "\n"
        "Questions to Lt. Ostrander.",
        [],
    ),
    (
        "Subject: can't make Tuesday\n"
        "\n"
        "Hal,\n"
        "\n"
        "I'm going to miss Tuesday's drill. I'm a shop steward for our union local at the\n"
        "Valley Fresh cannery and we've got a grievance hearing that afternoon "
        "that'll run late.\n"
        "I'll make up the hours at Saturday's open gym.\n"
        "\n"
        "Also, tell Tomas I still have his flashlight.\n"
        "\n"
        "Thanks,\n"
        "Marco Villanueva",
        [
            ("trade_union_membership", ""),
        ],
    ),
    (
        "Subject: Commissioner endorses levy\n"
        "\n"
        "From the Marrow County Courier: County Commissioner Ruth Ambrose told the commission\n"
        "Wednesday she will vote yes on Measure 21-204 and urged residents to do the same,\n"
        'calling rural response times "unacceptable." Commissioner Dale Henley said '
        "he opposes\n"
        "any new property tax this year. The district board voted 4-1 in July to refer the\n"
        "measure; Director Lyle Garver voted no.\n"
        "\n"
        "Posting here for awareness only. Staff, please don't comment on district "
        "social media.\n"
        "\n"
        "Deb",
        [],
    ),
    (
        "Subject: call list - Mill Creek\n"
        "\n"
        "Pam,\n"
        "\n"
        "Finished my call list. Most folks didn't pick up. Notes:\n"
        "\n"
        '- Phil Becker: voting no, "taxes are high enough", wants off our list\n'
        "- June Sato: yes, will take a yard sign\n"
        "- Carl & Donna Rask: undecided, worried about the tender cost\n"
        "- 4 voicemails left\n"
        "\n"
        "Walt",
        [
            ("political_opinion", ""),
        ],
    ),
    (
        "Subject: Christmas party RSVPs\n"
        "\n"
        "Kari,\n"
        "\n"
        "RSVPs so far for the Dec 19 Association party:\n"
        "\n"
        "- Hal + Linda\n"
        "- Capt. Mattila + 3 (kids)\n"
        "- Megan Foss and her wife Ren\n"
        "- Tomas, solo\n"
        "- Shawna + guest (name TBD)\n"
        "\n"
        "Megan asked if she can bring her famous rolls again. Kitchen crew still "
        "needs two more\n"
        "people.\n"
        "\n"
        "Nance",
        [
            ("sexual_orientation", ""),
        ],
    ),
    (
        "Subject: party headcount\n"
        "\n"
        "Current headcount for the Dec 19 party: 54 adults, 17 kids.\n"
        "Plus-ones listed without names: 9.\n"
        "Dietary: 6 vegetarian, 2 gluten-free, 1 shellfish allergy (the caterer has "
        "the list by\n"
        "table, not by name).\n"
        "Gift exchange limit $20.\n"
        "Kitchen crew: Nance, Kari, Bree. Need two more.\n"
        "\n"
        "Nance",
        [],
    ),
    (
        "Subject: 801 for Nate\n"
        "\n"
        "Deb,\n"
        "\n"
        "Nate Quill's Form 801 is attached. Summary for the log: during overhaul at "
        "the Birch Ct\n"
        "chimney fire (26-001926), his SCBA low-air alarm went and he pulled his "
        "mask early. He\n"
        "was coughing and short of breath, so Medic 21 took him to Alder Valley: "
        "carbon monoxide\n"
        "level 9%, chest x-ray clear, 4 hours of oxygen, released. He's off two shifts.\n"
        "\n"
        "Lt. Sorensen",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: reminder - reporting injuries\n"
        "\n"
        "Any injury or exposure on a call or at drill, no matter how minor, must be "
        "reported to\n"
        "your officer before the end of the shift, and a Form 801 completed within 24 hours.\n"
        "\n"
        "Exposures to blood or body fluids follow the exposure control plan: call Summit\n"
        "Occupational Health right away at 541-555-0188. Claim numbers from our workers' comp\n"
        "carrier go on the district's log, never on the roster.\n"
        "\n"
        "Chief Vail",
        [],
    ),
    (
        "Subject: Re: Auxiliary volunteer - Ruth\n"
        "\n"
        "Deb,\n"
        "\n"
        "Ruth Galloway (the retired nurse who's going to run our rehab canteen) doesn't drive\n"
        "anymore, so she can't give us a license for the volunteer file. She brought "
        "her Oregon\n"
        "ID card instead. I copied the number for the background consent: 6657787. "
        "The sheriff's\n"
        "office needs her date of birth too, which is on the form.\n"
        "\n"
        "She's a delight. She already reorganized the canteen trailer.\n"
        "\n"
        "Shawna",
        [
            ("US_STATE_ID", "6657787"),
        ],
    ),
    (
        "Subject: travel reimbursement - Jonas\n"
        "\n"
        "Wade,\n"
        "\n"
        "Jonas Becker from the volunteer fire brigade in our sister town spent the "
        "week with us.\n"
        "The Association agreed to cover his train ticket from Portland ($74). He'd like it\n"
        "wired to his German account since he flies home Sunday:\n"
        "\n"
        "IBAN DE87 9627 8340 4661 6991 80\n"
        "Name: Jonas Becker\n"
        "\n"
        "Can the credit union do an international wire for that little, or should we "
        "just give\n"
        "him cash before he leaves?\n"
        "\n"
        "Kari",
        [
            ("IBAN_CODE", "DE87 9627 8340 4661 6991 80"),
        ],
    ),
    (
        "Subject: stipend form for Alejandro\n"
        "\n"
        "Deb,\n"
        "\n"
        "Alejandro Fuentes (Auxiliary, he runs the rehab trailer with Ruth) finally turned in\n"
        "his stipend W-9. He doesn't have a Social Security number; he uses the tax "
        "ID the IRS\n"
        "gave him: 970-73-2295. He said that works for the 1099. Can you confirm? I "
        "don't want\n"
        "him to miss December's check.\n"
        "\n"
        "Shawna",
        [
            ("US_ITIN", "970-73-2295"),
        ],
    ),
    (
        "Subject: W-9s for stipends - due Dec 15\n"
        "\n"
        "Everyone who received a call stipend this year needs a current W-9 on file before we\n"
        "issue 1099s. Fill in your name, address and SSN or ITIN (format "
        "XXX-XX-XXXX) in Part I,\n"
        "then sign and date it.\n"
        "\n"
        "Hand it to Deb in a sealed envelope or upload it through the secure portal; "
        "please do\n"
        "not email tax forms. Stipends over $600 are reported to the IRS.\n"
        "\n"
        "District Office, 541-555-0117",
        [],
    ),
    (
        "Subject: Jon\n"
        "\n"
        "Rosa,\n"
        "\n"
        "Update since you asked: Jon's been seeing Dr. Pham every week since the Sheep Creek\n"
        "fire, and she started him on sertraline about three weeks ago. He says he's sleeping\n"
        "better and wants to come back to EMS calls first, not fire, for a while.\n"
        "\n"
        "He said it's fine to tell the peer team but not the officers.\n"
        "\n"
        "Mel",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: Peer support team contacts (post in each station)\n"
        "\n"
        "If you need to talk, call any of us, any time. Confidential, no reports.\n"
        "\n"
        "Rosa Delgado ........................ 541-555-0174\n"
        "Mel Tran ............................ 541-555-0146\n"
        "Chaplain Dave Lindgren .............. 541-555-0170\n"
        "Regional CISM team (24/7) ........... 1-800-555-0112\n"
        "First responder crisis line (24/7) .. 1-800-555-0134\n"
        "\n"
        "Employee Assistance Program: six free counseling sessions per issue for members and\n"
        "their families. Post this by the phone in each station.",
        [],
    ),
    (
        "Subject: FW: PCR 26-001937 (QA)\n"
        "\n"
        "Joe, forwarding for QA review per your request. This was the jail call "
        "Thursday night.\n"
        "\n"
        "Pt: HOLLOWAY, DERRICK M., 41 M\n"
        "Location: Marrow County Jail, booking area\n"
        "Pt in sheriff's custody since 11/26, c/o chest pain 7/10, hx hypertension, reports\n"
        "cocaine use\n"
        "12-lead: sinus tach 118, no STEMI\n"
        "Tx: ASA 324, NTG x1, O2 2 L\n"
        "Transported Alder Valley with a deputy in the back\n"
        "\n"
        "Nothing stood out to me other than the late vitals.\n"
        "\n"
        "Amy",
        [
            ("criminal_history", ""),
            ("health", ""),
        ],
    ),
    (
        "Subject: county jail call volume\n"
        "\n"
        "Board,\n"
        "\n"
        "Following up on Director Garver's question at the November meeting: in 2026 we have\n"
        "responded to the Marrow County Jail 41 times, 6 of those in November. Most "
        "were medical\n"
        "complaints and two were fire alarms.\n"
        "\n"
        "Under the 2019 agreement the county reimburses $350 per ALS response and "
        "$180 per BLS.\n"
        "We've billed $11,230 so far this year. No patient details are included here.\n"
        "\n"
        "Chief Vail",
        [],
    ),
    (
        "Subject: Kevin's PPD\n"
        "\n"
        "Deb,\n"
        "\n"
        "Kevin Albright's TB skin test read 12 mm today. Summit says that counts as "
        "positive for\n"
        "him, so he needs a chest x-ray before he rides again. Probably an old "
        "exposure from when\n"
        "he worked at the nursing home; he's not sick. They're also talking about "
        "three months\n"
        "of preventive medication.\n"
        "\n"
        "I pulled him off patient contact until the x-ray's back, hopefully next week.\n"
        "\n"
        "Joe",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: re: Christmas party theme\n"
        "\n"
        "lol Hal, I'm in for Viking night. I finally did that DNA ancestry kit my "
        "sister gave me\n"
        "last Christmas: 41% Norwegian, 23% Irish, 19% Scottish and 4% Finnish, so "
        "I'm legally\n"
        "required to wear the horned helmet.\n"
        "\n"
        "Who's bringing the lutefisk? Not me.\n"
        "\n"
        "Erik",
        [
            ("genetic", ""),
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        "Subject: new member lockers\n"
        "\n"
        "Lockers for the fall academy graduates:\n"
        "\n"
        "Brennan - locker 14, combo 22-08-36\n"
        "Halvorsen - locker 15, combo 31-17-04\n"
        "Ruelas - locker 16, combo 09-27-13\n"
        "Thorne - locker 17, combo 18-40-25\n"
        "\n"
        "Pagers are programmed; the group tone for Station 2 volunteers is 2A. Radio IDs are\n"
        "2114 through 2117 in the same order.\n"
        "\n"
        "Lt. Ostrander",
        [],
    ),
    (
        "Subject: exposure follow-up - CONFIDENTIAL\n"
        "\n"
        "Joe,\n"
        "\n"
        "Summit called about Monday's needlestick. The source patient from the "
        "Cutler Road call\n"
        "tested negative for HIV, hep B and hep C, so Mel can stop the PEP after "
        "today's dose.\n"
        "Her own baseline labs were negative too. They'll recheck her at 6 weeks as a\n"
        "precaution, and she's cleared to ride tonight.\n"
        "\n"
        "Please keep this between us; she's already tired of people asking.\n"
        "\n"
        "Deb",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: Needlestick protocol (laminate for the rig)\n"
        "\n"
        "If you have a needlestick or splash:\n"
        "\n"
        "1. Wash with soap and water; flush eyes and mucous membranes for 15 minutes\n"
        "2. Tell your officer immediately\n"
        "3. Call Summit Occupational Health (541-555-0188); after hours, Alder Valley ED\n"
        "4. Ask the receiving hospital to draw source patient labs\n"
        "5. PEP, if recommended, works best within 2 hours\n"
        "6. Complete Form 801 and the exposure report\n"
        "\n"
        "This applies to every member, volunteer or career.",
        [],
    ),
    (
        "Subject: Santa suit\n"
        "\n"
        "Nance, the costume shop in Salem won't hold the good Santa suit without a "
        "card, and the\n"
        "Association debit card is locked. Just use mine and I'll get reimbursed:\n"
        "\n"
        "AmEx 3710 567208 91756\n"
        "exp 10/27\n"
        "4 digits on the front: 2607\n"
        "Name: Kari L. Voss\n"
        "\n"
        "Pickup by the 17th. The beard needs steaming.\n"
        "\n"
        "Kari",
        [
            ("CREDIT_CARD", "3710 567208 91756"),
            ("CVV", "2607"),
        ],
    ),
    (
        "Subject: Saturday's comments\n"
        "\n"
        "Chief,\n"
        "\n"
        "I need to put this in writing. At Saturday's apparatus check, two members made\n"
        "comments about Tyler in front of the probies after he mentioned bringing "
        "his boyfriend\n"
        "to the Christmas party. Tyler laughed it off, but he told me later he's "
        "been out since\n"
        "high school and didn't expect it here.\n"
        "\n"
        "I told them to knock it off. I think this needs to go through the harassment policy\n"
        "process, and Tyler is OK with me reporting it.\n"
        "\n"
        "Lt. Sorensen",
        [
            ("sexual_orientation", ""),
        ],
    ),
    (
        "Subject: driver list for the insurance renewal\n"
        "\n"
        "Deb, the insurer wants the named drivers for the apparatus policy renewal. "
        "Here's the\n"
        "list with liscense numbers:\n"
        "\n"
        "Mattila, Joseph ...... OR 2336801\n"
        "Ostrander, Harold .... OR 1492201\n"
        "Sorensen, Amy ........ OR 6529652\n"
        "Halvorsen, Bree ...... WA WDL8R3KT29C1 (OR pending)\n"
        "Thorne, Isaac ........ not yet, EVOC in Dec\n"
        "\n"
        "They also want the MVR dates; I'll send those separately.\n"
        "\n"
        "Hal",
        [
            ("US_DRIVER_LICENSE", "2336801"),
            ("US_DRIVER_LICENSE", "1492201"),
            ("US_DRIVER_LICENSE", "6529652"),
            ("US_DRIVER_LICENSE", "WDL8R3KT29C1"),
        ],
    ),
    (
        "Subject: Summit Turnout Supply - updated remit-to\n"
        "\n"
        "Accounts payable,\n"
        "\n"
        "Effective December 1 our bank has changed. Please update your vendor file "
        "before paying\n"
        "invoice 44817 or any other open invoice:\n"
        "\n"
        "Bank: Pacific Crest Bank\n"
        "ABA 626343002\n"
        "Acct 227690128584\n"
        "Account name: Summit Turnout Supply LLC\n"
        "\n"
        "If you receive any email asking you to change our details and it does not come from\n"
        "this address, call us first at 541-555-0191. Fraudsters target fire departments at\n"
        "year end.\n"
        "\n"
        "Carla Dunmore, Summit Turnout Supply",
        [
            ("ABA_ROUTING_NUMBER", "626343002"),
            ("US_BANK_NUMBER", "227690128584"),
        ],
    ),
]


if __name__ == "__main__":
    raise SystemExit(write(HARD_62, "hard62", Path(__file__).with_name("hard-62.jsonl")))
