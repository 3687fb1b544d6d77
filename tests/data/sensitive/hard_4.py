"""Held-apart evaluation set "hard-4" for the sensitive-data detector.

Written by an independent helper session on 2026-12-06, without reading the detector's
source, its rules, its documentation or the other evaluation sets and their generators.
This set is held apart: it has never been used to tune the detector and must not be used
for tuning. Every text was written by hand for this set; the identifier values are
generated numbers (never ascending runs or a single repeated digit) with valid check
digits where the format has them (Luhn, ABA checksum, IBAN mod-97, SSA and ITIN rules).

Each case is ``(text, [(label, value), ...])``:

* identifiers and secrets: ``value`` is the exact substring holding the identifier and
  occurs exactly once in the text;
* special categories (health, genetic, biometric, racial_ethnic_origin, political_opinion,
  religious_belief, trade_union_membership, sexual_orientation, criminal_history):
  ``value`` is "" and the label covers the whole text;
* a decoy, which must stay clean, has an empty label list.

Conventions: special categories are labelled only when the text is about an identifiable
person, not when the words are used as a topic (events, appeals with anonymised stories,
advocacy, news about public bodies, job postings, aggregate statistics). A partial SSN
given as such (the last four) is US_SSN; a card's last four digits alone are
CREDIT_CARD_LAST_DIGITS. A passcode in a public webinar or meeting invitation meant to be
shared is a decoy; a one-time login or bank verification code sent to one person is
ACCESS_CODE. An organisation's EIN is a decoy. Dates of birth, names, email addresses,
postal addresses and phone numbers are not labelled. An anonymised story is not about an
identifiable person. A case is right only when the set of reported labels equals the set
labelled here.

Running this module validates every case and writes ``hard-4.jsonl`` next to it.
"""

from __future__ import annotations

from pathlib import Path

from independent_sets import Case, write

HARD_4: list[Case] = [
    # ------------------------------------------------------------------
    # Identifiers and secrets (30)
    # ------------------------------------------------------------------
    (
        "---------- Forwarded message ---------\n"
        "From: Donation Form <noreply@forms.riverbendfoodbank.org>\n"
        "Subject: New submission: Monthly Giving (payment failed)\n"
        "\n"
        "Name: Gloria Estrada\n"
        "Email: gestrada71@gmail.com\n"
        "Gift amount: $35.00 / month\n"
        "Card number: 4914 5856 3074 0774\n"
        "Expiration: 08/29\n"
        "CVV: 613\n"
        "Billing ZIP: 60644\n"
        "\n"
        "Can someone re-run this by hand? The processor timed out. -Tess",
        [("CREDIT_CARD", "4914 5856 3074 0774"), ("CVV", "613")],
    ),
    (
        "Hi Jordan, sorry for the trouble with the online form. You can put the pledge on my "
        "Amex instead: 3773 263695 71272, exp 11/27, the 4-digit code on the front is 5180. "
        "Thanks for all you do! — Walter",
        [("CREDIT_CARD", "3773 263695 71272"), ("CVV", "5180")],
    ),
    (
        "Thanks for calling, Mrs. Pham. As discussed, your monthly gift will now be charged to "
        "the Visa ending in 3591 on the 15th instead of the 1st.",
        [("CREDIT_CARD_LAST_DIGITS", "3591")],
    ),
    (
        "Volunteer Background Screening Authorization — Youth Mentoring Program\n"
        "Applicant: Derrick Olawale\n"
        "Date of birth: 03/14/1990\n"
        "Social Security #: 551-65-5406\n"
        "Driver's license: CA D7291548\n"
        "Address: 2218 Fulton St, Apt 4, Berkeley CA 94704\n"
        "Signed electronically 11/30/2026",
        [("US_SSN", "551-65-5406"), ("US_DRIVER_LICENSE", "D7291548")],
    ),
    (
        "Direct Deposit Enrollment — Payroll\n"
        "Employee: Priya Raman    Employee ID: 10482\n"
        "Bank: Pioneer Valley Credit Union\n"
        "Routing number: 215021955\n"
        "Account number: 299814551159\n"
        "Account type: Checking    Deposit: 100% of net pay\n"
        "Please process starting with the 12/15 payroll.",
        [("ABA_ROUTING_NUMBER", "215021955"), ("US_BANK_NUMBER", "299814551159")],
    ),
    (
        "Here are the fellows for the 1099s, pasted from the sheet:\n"
        "\n"
        "name\ttax_id_type\ttax_id\tstipend_total\n"
        "Aaliyah Brooks\tSSN\t338-39-9158\t$4,800\n"
        "Mateo Quispe\tITIN\t967-53-8621\t$4,800\n"
        "Hannah Lindqvist\tSSN\t773-98-8771\t$3,600\n"
        "\n"
        "Let me know if Mateo's address is still the Oakland one.",
        [("US_SSN", "338-39-9158"), ("US_ITIN", "967-53-8621"), ("US_SSN", "773-98-8771")],
    ),
    (
        "Subject: Laptop + accounts for Keanu (starts Monday)\n"
        "\n"
        "Hi Keanu, your Google Workspace login is kkahale@harborliteracy.org and the temporary "
        "password is Tidepool!8841 — you'll be asked to change it at first sign-in. Ping me "
        "if anything breaks.\n"
        "— Sam (IT)",
        [("PASSWORD", "Tidepool!8841")],
    ),
    (
        "Quick note for everyone at the Elm St office: the router was replaced this morning. "
        "Network: EFC-Staff / password: lantern-orchard-62. The guest network is unchanged.",
        [("PASSWORD", "lantern-orchard-62")],
    ),
    (
        "Hey Ren — for the CRM sync, use this Mailchimp key (it's the one under the "
        "development@ account): 7a603a1547b4fbb2943fe86167e6e76f-us14. Please don't commit "
        "it to the repo this time :)",
        [("API_KEY", "7a603a1547b4fbb2943fe86167e6e76f-us14")],
    ),
    (
        "Jess,\n"
        "The donation page is still pointing at test mode. Swap in the live secret key below "
        "and redeploy:\n"
        "\n"
        "STRIPE_SECRET_KEY=sk_live_DB7XPd2dZTisCUbY1Rxy8qRD\n"
        "\n"
        "Thanks,\n"
        "Omar",
        [("API_KEY", "sk_live_DB7XPd2dZTisCUbY1Rxy8qRD")],
    ),
    (
        "Airtable token for the volunteer base (read/write, expires in 90 days): "
        "patv1QgM0lKAyYzYd.770d5f969dd80ffd5fcfde8cfd65699c5acd52df979e91ee81f577b1665629e2",
        [
            (
                "API_KEY",
                "patv1QgM0lKAyYzYd."
                "770d5f969dd80ffd5fcfde8cfd65699c5acd52df979e91ee81f577b1665629e2",
            )
        ],
    ),
    (
        "Fwd: Your First Commonwealth verification code\n"
        "\n"
        "Use code 482913 to finish signing in to Business Online Banking. This code expires "
        "in 10 minutes. Never share this code with anyone.\n"
        "\n"
        "---\n"
        "Deb, can you log in with this? I'm stuck at the airport.",
        [("ACCESS_CODE", "482913")],
    ),
    (
        "The Bloomerang sign-in code just came to my phone: 730 518. Go ahead and use it "
        "before it expires.",
        [("ACCESS_CODE", "730 518")],
    ),
    (
        "Petty cash debit card is in the top drawer of the finance cabinet. PIN is 8305 — "
        "please keep receipts for anything over $25.",
        [("PIN", "8305")],
    ),
    (
        "Hi Marisol, for the Guatemala service trip the airline needs passport details for "
        "everyone. Mine: Jonathan Reyes, passport no. 152963037, expires 04/2031. Thanks!",
        [("US_PASSPORT", "152963037")],
    ),
    (
        "Travel roster (Amman partner visit)\n"
        "Name, Passport #, Issuing country, Exp\n"
        "Leah Goldfarb, A00579971, USA, 2034-02-10\n"
        "Chris Ndiaye, 276468574, USA, 2029-09-22",
        [("US_PASSPORT", "A00579971"), ("US_PASSPORT", "276468574")],
    ),
    (
        "Client intake (food pantry, first visit)\n"
        "Name: Ruth Kowalczyk\n"
        "ID shown: Ohio state ID card RT482915\n"
        "Household size: 2",
        [("US_STATE_ID", "RT482915")],
    ),
    (
        "For the van driver insurance rider we need Anthony's license: Florida DL "
        "M416-382-57-904-0, exp 2029. He's cleared to drive starting next week.",
        [("US_DRIVER_LICENSE", "M416-382-57-904-0")],
    ),
    (
        "Payment instructions for our translator's December invoice:\n"
        "Payee: Katrin Vogel\n"
        "IBAN: DE04 8398 3453 3035 5930 82\n"
        "BIC: BRUKDEH1XXX\n"
        "Amount: EUR 1,260.00\n"
        "Reference: INV 2026-12 Vogel",
        [("IBAN_CODE", "DE04 8398 3453 3035 5930 82")],
    ),
    (
        "Hi, I'm the UK-based volunteer who paid for the conference booth out of pocket. "
        "Please reimburse to my account — IBAN GB34NWBK89888008131245, name Fiona "
        "Achterberg. Receipt attached.",
        [("IBAN_CODE", "GB34NWBK89888008131245")],
    ),
    (
        "Hello, the tax receipt you sent has my late husband's name on it. For your records "
        "my social security number is 716416091 and the account should be under me, "
        "Evelyn Marsh.",
        [("US_SSN", "716416091")],
    ),
    (
        "Called the client back to confirm identity before releasing the voucher: she gave "
        "DOB 7/22/1984 and last four of SSN 9502. Voucher approved.",
        [("US_SSN", "9502")],
    ),
    (
        "Homebuyer readiness check-in with Tamika Greene: her FICO is now 642, up from 588 in "
        "June. Once she clears 660 we'll refer her to the down-payment assistance program.",
        [("CREDIT_SCORE", "642"), ("CREDIT_SCORE", "588")],
    ),
    (
        "Attaching the summary from Luis Ortega's Experian pull for the loan committee:\n"
        "- Open tradelines: 4\n"
        "- Collections: 2 (utility, $1,140 total)\n"
        "- 30-day lates in past 24 months: 3\n"
        "- Revolving utilization: 71%\n"
        "Recommend we approve the smaller bridge loan.",
        [
            (
                "CREDIT_REPORT",
                "- Open tradelines: 4\n"
                "- Collections: 2 (utility, $1,140 total)\n"
                "- 30-day lates in past 24 months: 3\n"
                "- Revolving utilization: 71%",
            )
        ],
    ),
    (
        "Pasting the failed-payment rows from the export so you can call them:\n"
        "\n"
        "ConstituentID,Name,Phone,PaymentMethod,CardNumber,Exp\n"
        "88213,Roberto Vance,(414) 555-0187,MC,5175715102019206,06/28\n"
        "88240,Lydia Chen,(414) 555-0142,Visa,4526846332142655,02/27",
        [("CREDIT_CARD", "5175715102019206"), ("CREDIT_CARD", "4526846332142655")],
    ),
    (
        "Hi Marcy,\n"
        "New hire paperwork for Sione Taufa (program coordinator, starts 1/5):\n"
        "SSN 450-78-7801\n"
        "Direct deposit: routing 061519145, checking acct 11438315\n"
        "W-4: single, no extra withholding\n"
        "Thanks,\n"
        "Louise",
        [
            ("US_SSN", "450-78-7801"),
            ("ABA_ROUTING_NUMBER", "061519145"),
            ("US_BANK_NUMBER", "11438315"),
        ],
    ),
    (
        "Team — while Dana is out, use the shared admin login for Salesforce: username "
        "admin@northstarhousing.org, pw: Quill&Harbor_2026. I'll rotate it when she's back.",
        [("PASSWORD", "Quill&Harbor_2026")],
    ),
    (
        "Driver Authorization Form\n"
        "Volunteer: Benjamin Okafor\n"
        "TX Driver License No.: 30111695\n"
        "Class: C    Expires: 05/2030\n"
        "Emergency contact: Grace Okafor (512) 555-0133",
        [("US_DRIVER_LICENSE", "30111695")],
    ),
    (
        "VITA clinic follow-up: Mrs. Lucero's ITIN 926-80-1853 expired at the end of 2025, so "
        "she needs to renew with the W-7 before we can e-file. Her kids' SSNs are fine.",
        [("US_ITIN", "926-80-1853")],
    ),
    (
        "I'd like to renew my membership at the Patron level. Card: Discover "
        "6011989210936801, exp 03/30, CVC 247. Please mail the receipt to my home address.",
        [("CREDIT_CARD", "6011989210936801"), ("CVV", "247")],
    ),
    # ------------------------------------------------------------------
    # Decoys shaped like identifiers (21)
    # ------------------------------------------------------------------
    (
        "Your order of 200 tote bags has shipped! UPS tracking: 1Z 8V4 W29 03 4417 6258. "
        "Estimated delivery: Thu 12/10.",
        [],
    ),
    (
        "Thanks for your purchase from the Gala Auction store. Order number "
        "5241 6804 8460 5200 — total $185.00, pickup at the front desk.",
        [],
    ),
    (
        "Invoice INV-2026-00481 from Brightline Printing: 2,500 postcards @ $0.38 = $950.00. "
        "Net 30, due 01/05/2027. Remit to PO Box 7731, Dayton OH 45401-7731.",
        [],
    ),
    (
        "Ticket #58392 — Maria Vasquez can't reset her password for the volunteer portal. I "
        "sent her the self-service reset link; closing this unless she writes back.",
        [],
    ),
    (
        "Great news: our DOJ award came through. Award number 15PBJA-26-GG-04417-MUMU, period "
        "of performance 10/01/2026–09/30/2029, total $749,812.",
        [],
    ),
    (
        "Maya Lindgren | Development Associate\n"
        "Harbor Literacy Council\n"
        "Office: (617) 555-0148 ext. 214 | Cell: 617-555-0199\n"
        "Fax: 617.555.0100",
        [],
    ),
    (
        "Thank you for your gift of $250.00 received on November 18, 2026. Riverbend Food "
        "Bank is a 501(c)(3) organization, EIN 84-2917305. No goods or services were "
        "provided in exchange for this contribution.",
        [],
    ),
    (
        "Mailing list corrections:\n"
        "412 Oak Ridge Dr, Lexington KY 40503-2294\n"
        "PO Box 1187, Bangor ME 04402-1187\n"
        "77 Canal St Unit 3, Lowell MA 01852-5516",
        [],
    ),
    (
        "This month's staff book club pick is 'The Long Table' (paperback, "
        "ISBN 978-1-63149-827-5). Copies are in the break room; we meet the 17th at noon.",
        [],
    ),
    (
        "You're invited! Year-End Giving Strategies for Small Nonprofits — a free public "
        "webinar, Dec 9 at 2pm ET.\n"
        "Join Zoom: https://us02web.zoom.us/j/84172093561\n"
        "Meeting ID: 841 7209 3561  Passcode: 550917\n"
        "Feel free to share with your board.",
        [],
    ),
    (
        "Bounce report from last night's send:\n"
        "2026-12-05T23:14:07Z msgid=0c91f7e2 status=5.1.1 rcpt=old-board@example.org\n"
        "2026-12-05T23:14:09Z msgid=0c91f80a status=4.2.2 rcpt=jtorres@example.net\n"
        "Retry window: 72h",
        [],
    ),
    (
        "Heads up: the donor database will be upgraded from v11.4.2 to v12.0.7 on Saturday; "
        "build 20261212.3 fixes the duplicate-merge bug.",
        [],
    ),
    (
        "Reminder to all program staff: never ask clients to email their Social Security "
        "numbers. Use the secure upload link in the intake portal instead, and delete any "
        "SSN you receive by mail.",
        [],
    ),
    (
        "EMPLOYEE ONBOARDING CHECKLIST\n"
        "Legal name: ____________________\n"
        "SSN: ___-__-____\n"
        "Driver's License #: ____________  State: ____\n"
        "Bank routing #: _________  Account #: ____________\n"
        "Return to HR by your first day.",
        [],
    ),
    (
        "Your new organization debit card will arrive in 7–10 business days. For your "
        "security, the PIN will be mailed separately and will not be included in any email.",
        [],
    ),
    (
        "Case 00193847 has been closed. Subject: Duplicate household records after import. "
        "If the issue persists, reply to this email to reopen.",
        [],
    ),
    (
        "You received a payment of $50.00 USD from Kevin Marsh. Transaction ID: "
        '3PX49218KM4471203. Note from sender: "For the coat drive!"',
        [],
    ),
    (
        "Gala registrations so far:\n"
        "reg_no\tname\ttable\tticket_type\tamount\n"
        "2026-0417\tAnne Bishop\t12\tPatron\t$500\n"
        "2026-0418\tGeorge Liu\t12\tPatron\t$500\n"
        "2026-0422\tSam Whitaker\t7\tGeneral\t$150",
        [],
    ),
    (
        "Your registration confirmation number is 4716 0398 2257 1164. Bring it to the "
        "check-in desk at the Spring Volunteer Summit.",
        [],
    ),
    (
        "IT policy update: passwords must be at least 14 characters, and multi-factor "
        "authentication is now required for email and the donor database. Password managers "
        "are approved; sticky notes are not.",
        [],
    ),
    (
        "If a client's Social Security card was lost, they can call SSA at 1-800-772-1213 "
        "(TTY 1-800-325-0778), Mon–Fri 8:00–7:00 local time.",
        [],
    ),
    # ------------------------------------------------------------------
    # Special categories about an identifiable person (22)
    # ------------------------------------------------------------------
    (
        "Case note 11/20 — Home visit with Walter Briggs (client #4471). Walter's A1C was 9.2 "
        "at his last clinic visit and he's been rationing insulin since he hit the Part D "
        "coverage gap. Referred to the prescription assistance program.",
        [("health", "")],
    ),
    (
        "Hi team,\n"
        "Dana Whitfield will be on medical leave through mid-January while she's in an "
        "outpatient program for depression. Please route her grant reports to me in the "
        "meantime, and thanks for respecting her privacy.\n"
        "— Carla",
        [("health", "")],
    ),
    (
        "Kim — can you swap Keisha Morgan off the Saturday warehouse shift? She's 30 weeks "
        "pregnant and her OB said no lifting. Put her on the check-in table instead.",
        [("health", "")],
    ),
    (
        "RSVP: Yes, 2 attending (Ronald and Ellen Pierce). Accommodation request: Ellen uses a "
        "power wheelchair, so we'll need step-free access and a table near the exit. Thank "
        "you!",
        [("health", "")],
    ),
    (
        "Dear friends at the Foundation,\n"
        "I want to explain why I've increased my gift this year. Last spring my genetic test "
        "came back positive for a BRCA1 mutation, and in September I had a preventive double "
        "mastectomy. Your research made that choice possible.\n"
        "With gratitude,\n"
        "Margaret Ellison",
        [("genetic", ""), ("health", "")],
    ),
    (
        "Family court liaison update: the DNA paternity test results arrived Friday — Devon "
        "Hale was confirmed as the biological father of Kayla (probability 99.98%), so the "
        "child support referral can proceed.",
        [("genetic", "")],
    ),
    (
        "Tomás, the new time clock at the warehouse uses fingerprints. I enrolled your right "
        "index fingerprint template this morning (employee #2207); if it fails to read, use "
        "the backup badge.",
        [("biometric", "")],
    ),
    (
        "Intake summary — Pa Nhia Vang, 64, self-identifies as Hmong and speaks limited "
        "English; prefers a Hmong interpreter for all appointments.",
        [("racial_ethnic_origin", "")],
    ),
    (
        "Call note: spoke with Amal Farah. She and her two sons resettled here from Somalia "
        "as refugees in March and are still waiting on SNAP approval.",
        [("racial_ethnic_origin", "")],
    ),
    (
        "Scheduling for March: Yusuf Demir is fasting for Ramadan, so please don't put him on "
        "the lunch-serving shifts — evening iftar setup works for him.",
        [("religious_belief", "")],
    ),
    (
        "Hi! Count me in for the volunteer appreciation dinner. Just a heads up that I keep "
        "kosher, so a sealed kosher meal would be great if the caterer can do it.\n"
        "— Miriam Adler",
        [("religious_belief", "")],
    ),
    (
        "To the Board:\n"
        "As a lifelong Republican and a precinct committeeman in Hamilton County, I was "
        "disappointed by your newsletter's stance on the ballot measure, and I am pausing my "
        "annual gift.\n"
        "Sincerely,\n"
        "Gerald Fenwick",
        [("political_opinion", "")],
    ),
    (
        "FYI before Thursday: our new treasurer, Priya Nair, volunteered for the Sanders "
        "campaign in 2020 and is active in her local DSA chapter, so some major donors may "
        "ask about it.",
        [("political_opinion", "")],
    ),
    (
        "Payroll question: Lena Hoffmann joined SEIU Local 1021 in October, so starting with "
        "the next cycle we need to deduct union dues of $42.18 per paycheck.",
        [("trade_union_membership", "")],
    ),
    (
        "Intake, youth shelter, 11/28: Jaylen Price (17) disclosed that he's gay and that his "
        "stepfather told him to leave the house after he came out. Placed in bed 6; "
        "follow-up with family mediator Monday.",
        [("sexual_orientation", "")],
    ),
    (
        "From: Mark Delgado\n"
        "RSVP for 2: me and my husband, Daniel Ortiz. Please seat us together at the board "
        "table. Looking forward to it!",
        [("sexual_orientation", "")],
    ),
    (
        "Reentry program referral: Marcus Webb was released from Folsom State Prison on 8/14 "
        "after serving six years for armed robbery. He's on parole through 2028 and needs "
        "transitional housing.",
        [("criminal_history", "")],
    ),
    (
        "Greg Ellis's background check came back with a 2021 DUI conviction, so per policy he "
        "can still volunteer at the pantry but can't drive the delivery van.",
        [("criminal_history", "")],
    ),
    (
        "Tribute gift: $100 in memory of Harold Finch, who passed away on November 2 after a "
        "long battle with ALS. Please send the acknowledgment card to his daughter, Susan "
        "Finch, 18 Willow Lane, Concord NH 03301.",
        [("health", "")],
    ),
    (
        "Spoke w/ Mrs. Alvarez (donor since 2011). She's finishing chemo for ovarian cancer "
        "and asked us to pause her monthly gift until spring. Send a card, no solicitations "
        "until April.",
        [("health", "")],
    ),
    (
        "Case conference notes — Rosa M. (DOB 02/09/1979): HIV-positive, viral load "
        "undetectable as of October labs. Originally from El Salvador, Spanish-speaking; "
        "needs a bilingual case manager.",
        [("health", ""), ("racial_ethnic_origin", "")],
    ),
    (
        "Carlos Mendes has asked for an accommodation under the ADA for his ADHD: "
        "noise-cancelling headphones and written follow-ups after meetings. Please approve "
        "by Friday.",
        [("health", "")],
    ),
    # ------------------------------------------------------------------
    # Special-category words used as topic, about no one identifiable (13)
    # ------------------------------------------------------------------
    (
        "Lace up! The 10th annual Hope Strides 5K for breast cancer research is Saturday, "
        "May 9 at Riverside Park. Register your team by April 20 — every dollar funds "
        "screening for uninsured women.",
        [],
    ),
    (
        "All are welcome at our Interfaith Thanksgiving Service on November 24 at 7 pm, "
        "hosted this year by Temple Beth Shalom with speakers from the Islamic Center, First "
        "Baptist and St. Mark's.",
        [],
    ),
    (
        "ACTION ALERT: The Senate is voting this week on cuts to Medicaid home- and "
        "community-based services. Call your senators today and tell them people with "
        "disabilities deserve to live independently.",
        [],
    ),
    (
        "Dear Friend,\n"
        "Last winter a mother of three came to our pantry after a multiple sclerosis "
        "diagnosis forced her to leave her job. Because of donors like you, her family never "
        "missed a meal. Will you give $50 today?\n"
        "With thanks,\n"
        "The Riverbend Team",
        [],
    ),
    (
        "Policy update: the state legislature passed SB 412, which automatically seals most "
        "misdemeanor criminal records after seven years. Our legal clinic will host info "
        "sessions in January.",
        [],
    ),
    (
        "Now hiring: Reentry Case Manager (full-time). Experience working with people with "
        "criminal records and substance use histories preferred. We are an equal opportunity "
        "employer and do not discriminate on the basis of race, religion, national origin, "
        "sexual orientation, gender identity, disability or union membership.",
        [],
    ),
    (
        "Program update: our LGBTQ+ youth peer support group now meets every Tuesday "
        "4:30–6:00 pm in Room B. Facilitated by licensed counselors; drop-ins welcome, ages "
        "14–20.",
        [],
    ),
    (
        'Join the Nonprofit Leadership Network for "Unions in the Nonprofit Sector: What '
        'Boards Need to Know," a panel on collective bargaining, neutrality agreements and '
        "staff organizing trends.",
        [],
    ),
    (
        "Our nonpartisan voter registration drive is Saturday at the library. As a 501(c)(3), "
        "we do not endorse candidates or parties — volunteers should not wear campaign gear.",
        [],
    ),
    (
        "May is Mental Health Awareness Month. This issue includes tips for managing burnout, "
        "a list of free counseling lines, and a reminder that our EAP offers six confidential "
        "sessions to every staff member.",
        [],
    ),
    (
        "Blood drive Dec 18, 10–3, in the fellowship hall. Donors must be 16+, weigh at least "
        "110 lbs, and feel healthy that day. Sign up for a slot at the front desk.",
        [],
    ),
    (
        "FY26 impact snapshot: we served 4,812 clients; 41% identified as Hispanic or Latino, "
        "27% as Black or African American, and 18% reported a disability. Full report "
        "attached for the board.",
        [],
    ),
    (
        "Free immigration legal clinic: DACA renewals, asylum questions and citizenship "
        "applications. Thursdays 5–8 pm at the community center. Interpreters available in "
        "Spanish, Haitian Creole and Arabic.",
        [],
    ),
]


if __name__ == "__main__":
    raise SystemExit(write(HARD_4, "hard4", Path(__file__).with_name("hard-4.jsonl")))
