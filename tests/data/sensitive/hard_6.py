"""Hard set 6: written 2026-12-06 by an independent helper session, held apart from the
detector's development and never used for tuning.

The author read only privacy-policy section 9 and independent_sets.py; no scanner, rules,
docs or other case file. Conventions:

- Identifier values are exact substrings occurring once in their text; a value split over
  a line break is labelled with the line break inside it. Special categories (health,
  genetic, biometric, racial_ethnic_origin, political_opinion, religious_belief,
  trade_union_membership, sexual_orientation, criminal_history) are labelled with "" (the
  whole text) and only when the text discloses that category about an identifiable person:
  someone named, a specific addressed individual, or the writer in the first person.
  Topics, programs, events, aggregate statistics, anonymised stories ("a client we'll call
  M.") and public figures' public positions are decoys.
- Every sensitive item in a positive text is labelled; a decoy has an empty list. DOB,
  names, emails, postal addresses, phone numbers, case numbers, order, invoice and tracking
  numbers, pet microchip numbers and an organisation's EIN are never labelled.
- Masks: a partial SSN shown as such (last four, or "***-**-1234") is US_SSN, labelled on
  the whole token as written; a card's last four alone are CREDIT_CARD_LAST_DIGITS; a bank
  account or API key masked down to its last four characters is not labelled (policy (b)
  needs a number that permits access; the routing number beside it is still labelled).
  Fully masked values ("***-**-****") and template placeholders are decoys.
- Genetic test results are labelled genetic (and health only when a condition or diagnosis
  is also stated). Fingerprint, face or voice templates of a named person are biometric; a
  notice that volunteers must be fingerprinted is a decoy.
- Routine mail of a religious congregation to its members (service times, contribution
  statements) is not religious_belief; a person's stated belief, conversion or religious
  identity is. A tenant union is not a trade union: tenant-union membership is a decoy
  unless a political opinion of a person is stated. A whole staff voting to unionise,
  without a named member, is a decoy; a named steward or member is labelled.
- Traffic and parking tickets are not criminal history; convictions, charges, arrests,
  incarceration and parole are. A non-US passport number has no label and is not used.
- A Zoom/webinar passcode in a public invitation is a decoy; a one-time login, wire or
  verification code sent to one person is ACCESS_CODE; a card PIN is PIN.
"""

from __future__ import annotations

from pathlib import Path

from independent_sets import Case, write

HARD_6: list[Case] = [
    # ---- legal aid clinic intake ----
    (
        "Hi Renata, forwarding the intake for tomorrow's eviction-defense clinic. Client: "
        "Marcus Delahaye, SSN 527-81-4039, needs the fee waiver form completed before the "
        "hearing on 12/14. His lease and the 3-day notice are attached.\n\n"
        "Priya Raman, Intake Coordinator, Eastside Legal Aid",
        [("US_SSN", "527-81-4039")],
    ),
    (
        "Reminder: our free Record Clearing Night is Thursday, Jan 8, 5-8 pm at the Central "
        "Library, Room B. Volunteer attorneys will explain expungement eligibility for old "
        "convictions, DUI records and juvenile records. No appointment needed; bring any "
        "court paperwork you have. Questions: (503) 555-0148.",
        [],
    ),
    (
        "Intake note (Mobility & Work clinic): Mr. Reginald Obi's California driver license "
        "D4417093 was suspended in 2024 for unpaid parking and traffic tickets, and he needs "
        "it back to keep his delivery job. Please screen him for the DMV ability-to-pay "
        "program before his Dec 19 appointment.",
        [("US_DRIVER_LICENSE", "D4417093")],
    ),
    (
        "Consult prep for Ms. Leticia Banda: she naturalized in 2018 and her U.S. passport "
        "number is 548213097, so the only open question is her son's status adjustment. "
        "I've put the I-130 checklist in her folder.",
        [("US_PASSPORT", "548213097")],
    ),
    # ---- refugee resettlement casework ----
    (
        "Case update, Haidari family (RS-2291): Mr. Farid Haidari and his wife are Hazara and "
        "were threatened in Kabul because of it; their asylum narrative also notes they are "
        "Shia Muslims. Please match them with a Dari interpreter for the Jan 5 benefits "
        "appointment.",
        [("racial_ethnic_origin", ""), ("religious_belief", "")],
    ),
    (
        "Hi Tom, Ms. Nour Al-Khatib asked us to send the rest of her relocation stipend to "
        "her sister's account in Amman since her US account isn't open yet:\n"
        "IBAN: JO62 CBJO 0170 7727 8552 7438 7271 40\n"
        "Can finance confirm whether we're allowed to pay a third party?",
        [("IBAN_CODE", "JO62 CBJO 0170 7727 8552 7438 7271 40")],
    ),
    (
        "FY2026 resettlement summary for the State Refugee Coordinator: we welcomed 214 "
        "people from Afghanistan, the DRC, Syria and Ukraine; 61% were women and children, 38 "
        "households asked for halal food boxes, and 12 arrived with a chronic medical "
        "condition. Full tables are in the attached workbook.",
        [],
    ),
    (
        "VITA site note: Yusuf Adeyemi's wife does not have an SSN yet. Her ITIN is "
        "912-78-4406; please use it for the joint return and leave the dependent section "
        "blank until the kids' cards arrive.",
        [("US_ITIN", "912-78-4406")],
    ),
    (
        "Arrival alert: family of five landing Thursday on QR 707 into JFK at 16:20. Case "
        "number RS-2026-0871. Please bring two car seats and the welcome kit; a Tigrinya "
        "interpreter is confirmed for the airport.",
        [],
    ),
    # ---- food bank ----
    (
        "Here's the Tuesday home-delivery list for the drivers:\n"
        "client_id,name,household,pickup,diet_notes\n"
        "1042,Rosa Jimenez,4,Tue,diabetic - no sugary cereal\n"
        "1043,Tom Ellery,1,Tue,none\n"
        "1044,Gloria Pratt,2,Tue,celiac (gluten-free box)",
        [("health", "")],
    ),
    (
        "Volunteers: Saturday's distribution served 1,312 households (up 9%). The "
        "diabetic-friendly boxes ran out at 11:40, so we'll pack 150 more next week. Feeding "
        "America order FB-2026-11873 arrives Friday, UPS tracking 1Z8F4W720366481190.",
        [],
    ),
    # ---- youth sports league ----
    (
        "New submission: Winter Futsal U10 Registration\n"
        "Player: Eli Navarro\n"
        "Parent/guardian: Carmen Navarro\n"
        "Medical conditions / allergies: asthma (inhaler in bag), peanut allergy - EpiPen\n"
        "Payment: Visa ending 2655 - $85.00 approved",
        [("health", ""), ("CREDIT_CARD_LAST_DIGITS", "2655")],
    ),
    (
        "Reminder to all families: every player needs a current physical on file before the "
        "first practice, and the league's concussion protocol is attached. Registration "
        "closes Dec 20; the fee is $85 and scholarships are available. Confirmation numbers "
        "start with YSL-.",
        [],
    ),
    (
        "Hi Coach Dan, the online form kept timing out so here's my card for Mateo's spring "
        "fee: 5548 1371 8116 1470, exp 09/28, security code 392. Billing zip is 60623. "
        "Thanks!",
        [("CREDIT_CARD", "5548 1371 8116 1470"), ("CVV", "392")],
    ),
    (
        "Your Riverside Youth Soccer uniform order is confirmed!\n"
        "Order number: 7305 2281 4496 0137\n"
        "Items: 1 jersey (YM), 1 shorts (YM), 2 pairs socks\n"
        "Pickup at the equipment shed on Jan 10.",
        [],
    ),
    # ---- congregations ----
    (
        "Advent at St. Brendan's: Lessons and Carols on Dec 21 at 4 pm, Christmas Eve "
        "services at 5 and 10:30 pm. The youth group's coat drive runs through Sunday. Parish "
        "office: 412-555-0172.",
        [],
    ),
    (
        "Dear Rabbi Stern, I wanted to tell you in confidence that I've decided to begin the "
        "conversion process to Judaism. My family doesn't know yet, so please don't mention "
        "it at the Hanukkah party.\n\nWarmly, Claire Dumont",
        [("religious_belief", "")],
    ),
    (
        "Salaam Brother Imran, for the monthly building-fund debit please use my checking "
        "account 003918275604, routing 056726972. Start it in January and stop the old "
        "card payments.\n\nKhalid",
        [("US_BANK_NUMBER", "003918275604"), ("ABA_ROUTING_NUMBER", "056726972")],
    ),
    (
        "The Chevra Kadisha will meet Tuesday evening. Yahrzeit notices for January are "
        "posted in the lobby. Membership dues statements went out by mail this week; invoice "
        "numbers begin with TBE- and can be paid through the portal.",
        [],
    ),
    (
        "Dear Mr. and Mrs. Lindahl, thank you for your faithful support. Your 2026 "
        "contribution statement shows total gifts of $2,460. No goods or services were "
        "provided in exchange. Grace Lutheran Church, EIN 36-4471920.",
        [],
    ),
    # ---- university alumni office ----
    (
        "Class of 2001: reunion registration closes May 1. For your tax records, the Alumni "
        "Association's EIN is 04-2103580. Questions? Reply to this email or call the alumni "
        "office at 413-555-0166.",
        [],
    ),
    (
        "Gift processing: please match the incoming stock transfer to Gregory Tan '89 - the "
        "broker's letter only lists last-4 (soc): 8817 and no address. It should be 200 "
        "shares of VTI.",
        [("US_SSN", "8817")],
    ),
    (
        "Hi Jen, note for the donor profile: Mr. Whitfield told me at the gala that he's a "
        "lifelong Libertarian and will pull his pledge if the Law School hosts the senator "
        "again. Let's seat him away from the policy center table in March.",
        [("political_opinion", "")],
    ),
    (
        "Alumni news: Congresswoman Dana Reyes '94 (D-NM) will give this year's commencement "
        "address. She has championed the bipartisan rural water bill and chairs the "
        "appropriations subcommittee. No tickets are required for alumni.",
        [],
    ),
    (
        "Records update for Dr. Miriam Achebe '78: new address 2210 Linden Ave, Evanston IL "
        "60201; phone 847-555-0136; DOB 04/17/1956 confirmed by phone. Please update Raiser's "
        "Edge and resend the Heritage Society letter.",
        [],
    ),
    # ---- research study recruitment and consent ----
    (
        "We are recruiting adults with type 2 diabetes for a 12-week study of a walking "
        "program at the Clinical Research Center. Participants receive up to $150. IRB "
        "#2026-0418. To see if you qualify, call 617-555-0193.",
        [],
    ),
    (
        "Dear Mr. Castellano, your results from the Heritage Genome Project are ready: you "
        "carry one copy of the BRCA2 c.5946delT variant. A genetic counselor will call you "
        "this week to talk through what this means for you and your daughters.",
        [("genetic", "")],
    ),
    (
        "Study coordinator update: participant P-0147 (Janelle Brooks) finished enrollment "
        "today. Attached are her voiceprint enrollment file and the face template generated "
        "for the study app's login; please store them on the secure share, not email.",
        [("biometric", "")],
    ),
    (
        "Attached is the revised consent form for the saliva sub-study. Section 4 reads: "
        "'I, ______, agree to provide a saliva sample for DNA analysis and understand that my "
        "results will not be returned to me.' Please send comments to the IRB by Dec 15.",
        [],
    ),
    (
        "Study payments: participant Hallie Ng (sleep apnea study, cohort B - diagnosed with "
        "moderate OSA at her screening visit) completed visit 3. Please load $75 onto her "
        "ClinCard 4696 8639 8921 0937.",
        [("health", ""), ("CREDIT_CARD", "4696 8639 8921 0937")],
    ),
    # ---- hospice volunteer coordination ----
    (
        "Volunteer training: our 16-hour hospice volunteer course covers grief support, "
        "dementia communication and infection control. The next cohort starts Feb 3. A "
        "background check is required and its cost is covered by us.",
        [],
    ),
    (
        "Background check result for applicant Travis Monroe: one 2015 felony conviction "
        "(second-degree burglary), parole completed in 2019. Per policy the Director must "
        "review before any patient-facing placement.",
        [("criminal_history", "")],
    ),
    (
        "Schedule change: Ruth Ingram can't take Thursday shifts anymore because of her own "
        "chemo schedule, so I've moved her to Monday mornings. Can someone cover the "
        "Thursday 2-5 slot at Maple House?",
        [("health", "")],
    ),
    # ---- animal rescue ----
    (
        "Congratulations on adopting Biscuit! Attached are her vaccination records (rabies "
        "tag 22-4471, DHPP booster due 3/2027) and her microchip number, 985141004729382. "
        "Her heartworm test was negative.",
        [],
    ),
    (
        "Foster update: Pepper is on antibiotics for kennel cough and has a vet recheck "
        "Tuesday. She was spayed last week and the incision looks great. Please keep her "
        "crated while you're at work.",
        [],
    ),
    # ---- tenant union organising ----
    (
        "Welcome to the Maple Court Tenants Union, Denise! Your membership is confirmed and "
        "we've added you to the 4th-floor building committee. Our next general meeting is "
        "Dec 11 in the community room.",
        [],
    ),
    (
        "Hi Luis, just confirming that your SEIU Local 1021 membership card came through; "
        "dues will come out of your paycheck starting in January. See you at stewards' "
        "training on the 14th.",
        [("trade_union_membership", "")],
    ),
    (
        "Door-knocking notes, Bldg B:\n"
        "Apt 2C - Mrs. Ferreira: says she's a committed socialist, will vote yes on the "
        "rent-control measure.\n"
        "Apt 3A - Mr. Kwan: votes Republican, thinks the campaign is a waste of time.",
        [("political_opinion", "")],
    ),
    # ---- re-entry program ----
    (
        "Intake for Jerome Whitaker: released from Stateville on 11/18 after six years for "
        "armed robbery; his parole agent is Agent Hill. He has an Illinois state ID "
        "(S530-6281-9074) but no driver's license yet.",
        [("criminal_history", ""), ("US_STATE_ID", "S530-6281-9074")],
    ),
    (
        "Second Chance Job Fair, Dec 12 at the Civic Center: employers committed to "
        "fair-chance hiring will interview people with records on the spot. Bring a resume; "
        "we can help you get a state ID beforehand.",
        [],
    ),
    (
        "Hey Ms. Tran, I got the warehouse job!! I told them about my conviction like you "
        "said and they didn't even care. Thank you for everything.\n- Andre",
        [("criminal_history", "")],
    ),
    (
        "Marcus, your reloadable card for the transitional stipend arrived and is at the "
        "front desk. The temporary PIN is 2804 - please change it the first time you use an "
        "ATM.",
        [("PIN", "2804")],
    ),
    # ---- board minutes ----
    (
        "Minutes, Board of Directors, Nov 20: the Treasurer reported $412,300 in unrestricted "
        "reserves. The motion to adopt the updated whistleblower and data-privacy policies "
        "passed 9-0. The board discussed the new medical leave policy in general terms; no "
        "individual cases were raised.",
        [],
    ),
    (
        "HR update to the board: Facilities Coordinator Pat Greer has been elected shop "
        "steward for the new AFSCME unit. Counsel reminded directors that no one may treat "
        "him differently because of his union role.",
        [("trade_union_membership", "")],
    ),
    # ---- grant reports ----
    (
        "Q3 report to the Hollis Foundation: 87 clients served; 42% identified as Black or "
        "African American and 31% as Hispanic/Latino; 19 disclosed a disability and 11 were "
        "formerly incarcerated. The average credit score among coaching participants rose "
        "from 581 to 624.",
        [],
    ),
    (
        "Our PrEP navigation program enrolled 143 new clients this year, 68% of whom identify "
        "as gay or bisexual men, and 97% stayed on medication for at least six months. The "
        "full outcome report is attached for the Ryan White committee.",
        [],
    ),
    (
        "Success story for the SAMHSA report (shared with her written permission): Tanya "
        "Morales, 34, got sober after twelve years of opioid addiction and now works with us "
        "as a peer recovery coach.",
        [("health", "")],
    ),
    (
        "Impact story draft: one client, whom we'll call 'M.', fled persecution in his home "
        "country for being gay. Within a year of arriving he had housing, work authorization "
        "and a place in our ESL class. Names and details are changed.",
        [],
    ),
    # ---- auto-generated notifications ----
    (
        "Report: Major Gifts Pipeline (exported 12/05/2026 09:12)\n"
        "Donor | Stage | Next step | Notes\n"
        "E. Lindqvist | Cultivation | Lunch 1/9 | pays by Amex 3731 757151 02017\n"
        "R. Oduya | Solicitation | Proposal | prefers check",
        [("CREDIT_CARD", "3731 757151 02017")],
    ),
    (
        "[Ticket #48213] Password reset for j.moreno@harborhouse.org\n"
        "Your temporary password is Qv7#mLp2!rTz\n"
        "You will be asked to change it at first login. - Harbor House IT Helpdesk",
        [("PASSWORD", "Qv7#mLp2!rTz")],
    ),
    (
        "Your Donorbox verification code is 604913. It expires in 10 minutes. If you didn't "
        "try to sign in, you can ignore this email.",
        [("ACCESS_CODE", "604913")],
    ),
    (
        "Join our webinar 'Year-End Giving Trends' on Dec 10 at 2 pm ET.\n"
        "Webinar ID: 872 4419 3065\nPasscode: 551208\n"
        "Feel free to share this invitation with your whole development team!",
        [],
    ),
    (
        "Here's the SendGrid key for the newsletter integration: "
        "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 - please put "
        "it in the vault and delete this email.",
        [("API_KEY", "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")],
    ),
    (
        "Payroll notification: employee Maria Soto updated her direct deposit.\n"
        "New routing number: 088993045\nNew account: ****6612\n"
        "If you did not expect this change, contact your administrator.",
        [("ABA_ROUTING_NUMBER", "088993045")],
    ),
    (
        "New Jotform submission - Volunteer Stipend W-9\n"
        "Name: Odile Baptiste\n"
        "Taxpayer ID (SSN or EIN): 604 71 3382\n"
        "Classification: Individual/sole proprietor",
        [("US_SSN", "604 71 3382")],
    ),
    (
        "Zapier: your Zap 'Stripe -> Salesforce gifts' failed 3 times.\n"
        "Request: POST /v1/charges\n"
        "Authorization: Bearer sk_live_51QfT8rKc2Lw9XyZbN0aVmD4pHs7EuJgR1tYq3oCiW6nB5kMx\n"
        "Error: 401 Unauthorized",
        [("API_KEY", "sk_live_51QfT8rKc2Lw9XyZbN0aVmD4pHs7EuJgR1tYq3oCiW6nB5kMx")],
    ),
    (
        "Your password was changed on Dec 3 at 9:14 AM from Chrome on Windows. If this was "
        "you, no action is needed. If it wasn't, reset your password now and contact "
        "support@civicrm-host.example.",
        [],
    ),
    (
        "Security notice: the API key ending in ...x7Qa for your Mailchimp audience sync was "
        "rotated automatically after 90 days. Update any integrations that still use the "
        "old key. Ticket ref SEC-20931.",
        [],
    ),
    # ---- forwarded threads ----
    (
        "Sure - user: finance@harborhouse.org, password: Tidewater!2026#ops. Please don't "
        "forward this.\n\n"
        "> On Dec 2, 2026, Kevin Marsh wrote:\n"
        "> Can you send me the login for the Benevity portal? I need the Q4 payouts.",
        [("PASSWORD", "Tidewater!2026#ops")],
    ),
    (
        "Sorry for the delay! It's 618-\n24-7093.\n\n"
        "> On Thu, Dec 4, Accounts Payable wrote:\n"
        "> Please reply with your full SSN so we can issue your 1099 for the speaker fee.",
        [("US_SSN", "618-\n24-7093")],
    ),
    (
        "---------- Forwarded message ---------\n"
        "From: UPS My Choice\n"
        "Subject: Delivery for Harbor House Shelter\n"
        "Tracking number 1Z4V7W860392157721 was delivered at 10:42 AM to the front desk. "
        "Invoice INV-88213 is attached.",
        [],
    ),
    (
        "Hi Keisha, see the notes from our coaching session below.\n\n"
        "> What your TransUnion report shows: score 598 (Equifax 611); a $3,412 collection "
        "from Portfolio Recovery opened 2022; two 30-day late payments on your Chase Freedom "
        "card; utilization 87%.\n"
        "> Goal for March: get utilization under 30%.",
        [
            ("CREDIT_SCORE", "598"),
            ("CREDIT_SCORE", "611"),
            (
                "CREDIT_REPORT",
                "a $3,412 collection from Portfolio Recovery opened 2022; two 30-day late "
                "payments on your Chase Freedom card; utilization 87%",
            ),
        ],
    ),
    # ---- CSV and tab-separated pastes ----
    (
        "Stipends for the December cohort (please enter in ADP today):\n"
        "name\tssn\tstipend\n"
        "Keisha Grant\t431-60-2287\t$600\n"
        "Omar Haddad\t509-33-8164\t$600",
        [("US_SSN", "431-60-2287"), ("US_SSN", "509-33-8164")],
    ),
    (
        "Gala RSVP export:\n"
        "name,guests,meal,table,phone\n"
        "Ana Pires,2,vegetarian,4,401-555-0118\n"
        "Lou Becker,1,chicken,4,401-555-0172\n"
        "June Amari,2,vegan,7,401-555-0190",
        [],
    ),
    (
        "Volunteer driver roster for the insurer (please don't forward):\n"
        "Helen Marsh\tNY DL 714 382 906\tToyota Sienna\n"
        "Dev Patel\tFL DL P314-720-88-412-0\tHonda Odyssey",
        [
            ("US_DRIVER_LICENSE", "714 382 906"),
            ("US_DRIVER_LICENSE", "P314-720-88-412-0"),
        ],
    ),
    # ---- signatures and disclaimers ----
    (
        "Thanks! Lorna\n--\nLorna Feld, CFRE | Director of Development\n"
        "Riverbend Community Health Center | EIN 23-7418850\n"
        "CONFIDENTIALITY NOTICE: This e-mail may contain protected health information. If "
        "you are not the intended recipient, delete it and notify the sender.",
        [],
    ),
    (
        "See you at the meeting.\n--\nJoel Park, Finance Manager\n"
        "Please never email Social Security numbers, bank passwords or full card numbers to "
        "this address; use the secure upload link on the donor portal, which shows SSNs only "
        "as ***-**-****.",
        [],
    ),
    # ---- mixed languages ----
    (
        "Hola Sra. Gutiérrez, le confirmamos la cita de su hijo Diego en la clínica el "
        "martes a las 3. El doctor revisará su diabetes tipo 1 y ajustará la dosis de "
        "insulina. Por favor traiga la tarjeta del seguro.",
        [("health", "")],
    ),
    (
        "Bonjour Amélie, pour le remboursement de vos frais de mission à Dakar, nous avons "
        "bien noté votre IBAN FR58 7579 2748 7698 9350 7113 557. Le virement partira "
        "vendredi.",
        [("IBAN_CODE", "FR58 7579 2748 7698 9350 7113 557")],
    ),
    # ---- LGBTQ, origin, biometric and other special categories ----
    (
        "Case note, drop-in center: Jesse R. (16) came out to staff today as bisexual and "
        "asked that we not tell his parents. He'd like to join Thursday's peer group.",
        [("sexual_orientation", "")],
    ),
    (
        "Hi Marco, for the gala seating chart please put my partner Daniel next to me. I'm "
        "out at work now, so there's no need to list him as a 'guest' anymore.\n- Stefan",
        [("sexual_orientation", "")],
    ),
    (
        "Pride Month is coming! We need 20 volunteers to staff our booth at the June 14 "
        "parade and to hand out resources on LGBTQ+ youth homelessness. Sign up by May 30.",
        [],
    ),
    (
        "Scholarship committee: applicant Shandiin Begay is an enrolled member of the Navajo "
        "Nation, which makes her eligible for the Native American Leaders award; her "
        "transcript and essay are complete.",
        [("racial_ethnic_origin", "")],
    ),
    (
        "Join us for our Hispanic Heritage Month celebration on Sept 20: live music by "
        "Mariachi Sol, a panel on Latino civic participation and free tamales. Open to the "
        "whole community.",
        [],
    ),
    (
        "IT: attached are Joan Pereira's enrolled fingerprint templates (right index and "
        "right thumb) from the new volunteer check-in kiosk, since her enrollment failed to "
        "sync. Please import them manually.",
        [("biometric", "")],
    ),
    (
        "All new youth mentors must complete LiveScan fingerprinting before Jan 15. Any UPS "
        "Store location can do it; bring the attached request form and a photo ID. We "
        "reimburse the $49 fee.",
        [],
    ),
    (
        "Our staff voted last week to unionize with OPEIU Local 8, and management has "
        "agreed to recognize the union and bargain in good faith. Board members with "
        "questions can reach the ED directly.",
        [],
    ),
    (
        "Nonpartisan reminder: the voter registration deadline is Oct 14. Our volunteers "
        "will be at the library every Saturday with forms; we don't endorse candidates or "
        "parties.",
        [],
    ),
    # ---- more credentials, codes, accounts and mixed cases ----
    (
        "Dev handoff for the volunteer portal: staging uses\n"
        "AWS_ACCESS_KEY_ID=AKIAZ4Q7RT2XW9KMPL6E\n"
        "AWS_SECRET_ACCESS_KEY=wJr8Xk2Pq9LzT4vNb7Hs1Dy6FmQc3GeRa5UoKi0S\n"
        "Rotate them after you've set up your own IAM user.",
        [
            ("API_KEY", "AKIAZ4Q7RT2XW9KMPL6E"),
            ("API_KEY", "wJr8Xk2Pq9LzT4vNb7Hs1Dy6FmQc3GeRa5UoKi0S"),
        ],
    ),
    (
        "I'm locked out of the bank portal and the code went to my phone, which is at home. "
        "Can you approve the wire from yours? Actually never mind - my husband just texted "
        "it: 772 914. Entering it now.",
        [("ACCESS_CODE", "772 914")],
    ),
    (
        "Thank you, Ms. Kowalski, for your gift of $50 to the Animal Haven winter fund. "
        "Your Visa ending in 3318 was charged on Dec 5. Receipt no. AH-2026-40917.",
        [("CREDIT_CARD_LAST_DIGITS", "3318")],
    ),
    (
        "Reminder from Catholic Charities: our staff will never ask you for your bank "
        "password, card PIN or a verification code by email or phone. If someone does, "
        "report it to fraud@ccharities.example.",
        [],
    ),
    (
        "Case manager note: Rafael Cruz is HIV-positive and was recently evicted; he has an "
        "undetectable viral load and needs a housing voucher, and his prior Washington "
        "license was WDLJ8K4PN72B, now expired.",
        [("health", ""), ("US_DRIVER_LICENSE", "WDLJ8K4PN72B")],
    ),
    (
        "Your 2026 W-2 from Harbor House is ready in the employee portal.\n"
        "Employee: Tamika Jones\nSSN: ***-**-4471\nBox 1 wages: $31,204.50\n"
        "Log in with your usual credentials to download it.",
        [("US_SSN", "***-**-4471")],
    ),
    (
        "Mental Health First Aid certification for all front-desk staff: an eight-hour "
        "course on Jan 22 covering depression, anxiety, psychosis and substance use "
        "warning signs. Lunch provided; register with HR.",
        [],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_6, "hard6", Path(__file__).with_name("hard-6.jsonl")))
