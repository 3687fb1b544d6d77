"""The fast path finds exactly what the slow path does.

Reference: every rule's pattern run over the whole text at every position (overlapping), no
candidates, no keyword windows, no size index, no combined finder, every validator and context
search per rule. The engine must report the same hits (and scores) on texts built from valid
numbers, near-misses, trigger words, separators and letters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scanner.categories import SPECIAL_CATEGORIES
from scanner.detectors.engine import DEFAULT_MIN_SCORE, Hit, RuleEngine, _drop_contained
from scanner.detectors.lowering import LOWER_KEEP, Lowered
from scanner.detectors.rules import Rule, compile_rule
from scanner.detectors.validators import VALIDATORS

PIECES = [
    "4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111", "3782 822463 10005",
    "6250 9410 0652 8599 032", "4111 1111 1111 1112", "536-22-1906", "536 22 1906",
    "536221906", "912-78-1234", "021000021", "GB87 BARC 2003 5344 5518 91",
    "DE55500105175408329071", "SSN ", "card ", "routing ", "order ", " ", "-", ".", "1", "9",
    "A", "GB", "x", "\n", "\r\n", " \r\n", "password: ", "Tr0ub4dor&3", "PIN ", "4921",
    "CVV ", "is ", "card ending in ", "4242", "last 4 of SSN: ", "**** ", "XXX-XX-",
    "AKIA4HQX2MZT7RWPLN3K", "account number ", "credit score is ", "580", "Dx: ", "E11.9",
    "passport no. ", "563812947", "driver's license ", "D1234567",
    # the cues and forms added with hard-2 and hard-3 (2026-12-06)
    "4111-1111 1111-1111", "536.22.1906", "SS number ", "(expires 2031)", "(last four): ",
    "Driver's lic. no. ", "Checking ", "Account: ", "bank ", "DE55-5001-0517-5408-3290-71",
    "pass: ", "password — ", "verification code: ", "482 913", " is your verification code.",
    "482913", "API key: ", "9f8e7d6c5b4a39281706f5e4d3c2b1a0", "License #: ", "driver ",
    "DL is ", "FL ", "California ", "for the van: ", "the code on the back is ",
    "security code for the Visa ending in 1111 is ", ", which is ", "6218", "PIN for the ",
    "account at First Bank, #", "came back at ", "secret access key: ",
    "q8Zt3nVx/Lr7pKd2WmYc9Hs4Jf6Gb1Ne5Ua0XoTi", "SG.", "key-", "sk-", "glpat-",
    # the nearer cue wins (2026-12-06, hard-4): a negative word, then a context word
    "SSN 536-22-1906, routing ", "member ID ", "Direct deposit: ",
    # the forms added with hard-4 and hard-5
    "Florida DL ", "CA license is ", "D4827163", "non-driver photo ID, number ", "731 884 092",
    "Use code ", " to finish signing in", "sign-in code for DonorBase is ", "FICO is now ",
    ", up from ", "588", "Experian pull:\n", "Open tradelines: ", "Collections: ", "2",
    "last 4 of his social, ", "patQ2mZaB3cD4eF5g.", "0123456789abcdef" * 4,
    # and with hard-6
    "618-\n", "24-7093", "last-4 (soc): ", "WDLJ8K4PN72B", "(Equifax 611)", "texted it: ",
    "772 914", "state ID (", "score 598", "****6612", "I'm out at work",
    # and with hard-7
    "823-71-4978A", "Medicare ", "PIN written on the card sleeve (", "7391)",
    "California identification card ", "B6081347", "passport book ", "568213947",
    "Texas DL as ", "ssn_last4: ", "postgres://civic_admin:", "Tr4il-M1x-42!@db",
    "TransUnion 548 / Equifax ", "561", "Collections: Midland $1,284", "score went from ",
    " to ", "604", "my experian report still lists the chapter 7", "charged off",
    "The code is ", "305817", "Identity Protection PIN: ", "739204",
    # and with hard-8
    "account ", "4418 2093 57", "code on back ", "texted me a code ", "904417",
    "password for everything, ", "Bluebell1957", "Florida licence is ", "R163-742-58-917-0",
    "California licence, ", "passport, ", "C03917482", "non-driver ID instead, number ",
    "card_last4: ", "FICO is sitting at ", "credit score is like ",
    "account number for the refund is ", "one-time code to log in to the donor portal is ",
    "W-9 ", "604.19.2283", "been clean 18 months", "goes to meeting on First Day",
    # and with hard-11 (a keyword's space also stands for a line break)
    "passport card", "C03829174", "CA lic ", "Georgia license ", "Mass. license (",
    "S72419386", "non-driver), ID# ", "31 694 208", "SS card, number ends ", "the one ending ",
    "last 4 of my license ", "three numbers on the\nback are ", "B 642 719 385 206",
    "Driver license no.: ", "Passport: Ireland, ", "PY7261935", "passport (number ",
    "direct\ndeposit ", "specimen ", "my parole officer", "verification code for the wire ",
    "enter it\nbefore 3? Its ", "804 615",
    # and with hard-12
    "Licencia de manejar (California): ", "D4827153", "passport, numero ", "G48203715",
    "code below to sign in:\n\n", "604918", "Contrasena: ", "Gatito#2019luz",
    "612 (TransUnion)", "Collection account: ", "Midland (for Sync), balance $1,240",
    "90 days past due: ", "Capital One card", "report shows a charged-off card ",
    "a collection from Comcast for $430", "score went from 588 in January to 641",
    "non-driver photo ID card. ", "812 447 309", "verification code a su teléfono: ",
    # and with hard-13
    "Visa x", "3307", "MC ****", "mother's maiden name: ", "Szczepanski", "first pet: ",
    "security questions", "&ssn4=", "2589", "state ID at the office this morning: ",
    "S530-8214-7096", "Pasaporte mexicano: ", "set the PIN to ", "3916", "Middle score: ",
    "587", "Public records:\n", "  - ", "Collections:\n", "Comcast, $186, paid",
    "Card number ", "45461018 88356754",
    # and with hard-14
    "Driver's license, Texas, no. ", "85437299", "Driver licence: NSW ", "21847390",
    '"account_number": "', "574472795714", "card on file ending ", "9204",
    "reset the PIN with you to ", "7305", "code is 604 918", "IP PIN to e-file. You read it: ",
    "482915", '"ssn_last4": "', "0120", "Negative items:\n", "  1. ",
    "60 days late - Capital One", "experian went up to 662 (was 618 in june)", "my wife ",
    "(she/her)", "Aadhaar: XXXX XXXX 4417",
    # and with hard-15
    "driver's license\n(", "P462-5531-8207", "Experian FICO 8: ", "641", "public record: ",
    "Chapter 7 discharged 2021", "debit card (ends in ", "6619", "library card (ending ",
    "Identity Protection PIN, it say ", "570418", 'Security question ("Mother\'s maiden name?"): ',
    "Kowalczyk", "\nhe/him",
    # and with hard-16
    "Collection account - ", "Midland Credit Management, $1,240", "NSW Photo Card no. ",
    "3048917265", "security questions:\n  Q: Name of first pet?   A: ", "Shadowfax",
    "Billing: Acct ", "55-20941",
    # and with hard-17 and hard-18
    "tribal ID ", "0418-27736", "Illinois state ID came today. The number for SNAP is ",
    "R542-3871-9046", "his passport in the office. The number is ", "G28417395",
    "we are disputing two items:\n\n", "1. The Chapter 7 bankruptcy filed 03/2016",
    "your score, currently ", "on her report that worries me is a medical collection of $1,312",
    "Credit score (TransUnion pull, 11/21): ", "740 and above", "680-739",
    "Face match (selfie vs. document portrait): ", "0.71", "similarity 0.97",
    "DOC #", "A482716", "CDCR AB1234", "your contribution of $500 to Friends of Dana Reyes ",
    "for Congress", "groom-and-groom", "your wedding", "set a PIN to activate it: ", "5646",
    "The PIN you chose is ", "3885", "Identity\nProtection PIN that is valid: ", "626652",
    '"What street did you grow up on?" -> ', "Kosciuszko", "security question. The answer is ",
    '"Brookside Elementary"', "Use this code to finish signing in:\n\n    ", "281108",
    "texted the code, its ", "681273", "Ontario licence ", "M2841-39076-51208",
    "UK (DVLA) licence ", "ADEYE751128FA9KL", "Wi-Fi network: Guest\nPassword: ",
    # and with hard-19 and hard-20
    "Passport: Afghan, no. ", "P03918472", "Driver's license / State: ", "D4720193",
    "driving licence number is\n", "BXE 730561", "driver license copy: I can read ",
    "W352-718-46-902-0", "Ohio ID card came. The ID number is ", "RS729416",
    "citizen of the Muscogee Nation; citizenship card number, ", "MCN-048217",
    "last four digits of your SSN, which you gave us: ", "1241",
    "security number on the back is ", "552", "the temporary password ", "Tq8!mR2v-Kd",
    "  Derogatory items:\n", "    60-day late payment - Capital One auto loan, 11/2025",
    "credit score they pulled (Equifax Beacon 9): ", "688", "one-time code to the phone\n",
    "You: it says ", "face match score of ", "0.61",
    # and with hard-21 and hard-22
    "Oregon ID card ", "67508912", "API token (key 8f2c-ops, secret\n",
    "zRkw8vwslTfn8xItJhrKA80IHzAClsPm", "Account&nbsp;#\n", "0388457807", "rtg ", "093221003",
    " / cta ", "2484634116", "Su puntaje (TransUnion): ", "547", "sec code ", "315",
    "you read it to me as ", "644261", "read it to me over the phone as ", "194047",
    "passaporte portugues do seu pai, n.o ", "CB033681", "codigo de un solo uso: ", "881295",
    "DL: ", "272609667", "SSN last 4 provided: ", "2264", "Score pulled (Experian): ", "603",
    "middle scores are\n", "712", "- collection account, Crestline Recovery, $1,240",
    "code that came to his phone was ", "673766", "the 4 digit code on the front is ", "4954",
    "Texas driver license as ", "52996917", "user LindenGardenTreas, password\n",
    "mK7-river-Quill", "re-enrolled right palm\n  template_hash (md5): ",
    "798940ed31be8666a6b420093bccd17f", "Selfie match: ", "61.4%",
    "I canvassed for the Working Families Party", "my DNA kit: it came back 38% Nigerian, ",
    "21% Ghanaian", "phone banking for Dolores Kim's campaign for county supervisor",
    "work full time on the Alvarado for Assembly campaign", "\n  Nigeria ....... 41%",
    # runs of white space inside a keyword ("Credit\n   Score")
    "  ", "\n    ", "Credit", "Driver's", "License", "Identity Protection", "last",
    # and with hard-23 and hard-24
    "rtg/acct: ", "021000021 / ", "8831004217", "DL/ID: NSW ", "71846302", "Gov ID: ",
    "52918374 (Choctaw Nation tribal ID card)", '"type": "driver_license", "number": "',
    'J7106524"', "last 4 of soc sec: ", "Your SSN. Our form has it ending in ", "4187",
    "Your score: ", "Middle scores:\n  Curtis: ", "594\n  Angela: ", "703",
    "  Collection, Lakeview Water, $318, placed 04/2025", "never remembers the PIN, it's ",
    "the code went to my phone. It just came through: ", "402917",
    "driviers licence (Ontario): ", "K4471-30958-21604", "DL no. here: ", "MH12 20110043817",
    "30 day late", '"face_match_score": ', "0.918", "Selfie vs. document portrait: ", "91.2%",
    "Case: People v. ", "Huong Van Pham", ", in custody", "Have you ever been convicted? ", "Yes",
    # and with hard-25, hard-26 and hard-28 (a special category keeps its place on a span)
    "we have the religious exemption from ", "MMR and varicella", " vaccines", "Caleb's ",
    "Score: ", " (VantageScore 3.0)", "Tribal enrollment: ", "Oneida Nation of Wisconsin",
    "Party affiliation: ", "Republican", "State ID card ", "834987618", "CDL number is ",
    "H86321066", "the 4 digits on front are ", "3519", "Last 4 of SSN (for payroll): ",
    "Use this code to finish signing in to your account: ", "641612",
    # and with hard-33 to hard-38 (a context word inside a negative phrase is part of it)
    "our routing number, ", "280215152", "Minnesota (State ID): ", "C429480087654",
    "the 4 digit number on the front is\n", "5527", "Your score came back at ", "723",
    "stub: \"UFCW LOCAL 700 DUES 38.50\"", "OFFENDER: MENSAH, KOFI\n", "tmpl_sha256=",
    # and with the round on hard-53 and hard-55 (keywords that end with a mark, glued values)
    "Score this month: ", "702", "Dues checkoff: yes", "COPE (political action): Yes",
    "Are you or anyone pregnant? ", "Yes", "driver=Loretta Simms ", "match_score=0.58",
    "> Sexual orientation (optional):\n", "Bisexual", "my moms", "positive for THC",
    "DTaP: 5 doses (last 08/2020)\n", "MMR: 2 doses (last 08/2020)", "ID#", "State ID",
    "texts me a code - the last one was ", "X-BP-Client-Secret: ", "License: Wisconsin ",
    "L890-3390-1349-11", "Caleb has not had any vaccines", "DNA ancestry estimate: ", "52% ",
    "Nigerian", "your contribution to Yes for Larkhaven Kids", "I'm Deaf",
    # and with the round on hard-56 and hard-57
    "Secret key: ", "ehsec_Q4SFvAlFC9Jdr8SeT7LqBxEPOSjZnmmO", "passport is number ", "E01531821",
    "Oregon ID card (number ", "3304158)", '"fico_08": ', '"derogatories": [\n',
    '"Charge-off, Summit Store Card, $1,106, 11/2024",', "Rosa's score came back at ",
    "your score moved:\n", "Today: ", "my PIN, which is ", "texted me a code, ",
    "mother's maiden name?\n", "[10:02] Maribel Lopez: ", "Haverford", "College Republicans",
    " paid roster\n", "- Colton Frayne, senior", "is registered with the Disability Resource",
    " Center", "her girlfriend, Marisol, have been together",
    # and with the round on hard-58 and hard-59
    "EQ 748 / TU 714 / EX 733", "tri-merge pulled", "Share draft account ", "48605754518",
    "she's been in recovery for three years", "Denise has been in recovery for ", "goes to NA",
    "I've known Mark and Dana Henderson for twelve years as members of Grace Covenant Church",
    "I'm door-knocking for Ana Beltrán's state senate campaign", "$100 to Vance for Council",
    "(Today's was ", "557768", "It texts a code to my cell", "good for\n10 minutes: ",
    "TILLWORK_SECRET_KEY=", "my tribal ID from Lac du Flambeau, card # ", "009-92363",
    ". I'm an enrolled member", '"card_last4": "', '4496"', "last four of my SSN: ",
    "CA ID number: ", "F6062558", "OR ID ", "Maria's case manager at the Ryan White clinic",
    "my PO moved my check in", "Selfie-to-ID face match\nResult: ", "0.62",
    # and with the round on hard-60 and hard-61
    "Family is ethnic Karen", "She's ethnically Hazara", "Alan and I are members at ",
    "Congregation Beth Shalom", "his OL# ", "TL476401", "password she uses: ", "Ghazal#G9dZ2026",
    "2-step code she read to me: ", "The code that just came to my phone is ", "ppt ",
    "P54773678", "Haitian passport (his is ", "GH8853777", "cc_last4: ", '"cc_cvc":"224"',
    "CREDIT SCORE (VantageScore 4.0) ....... ", "567",
    # and with the round on hard-62 and hard-63
    "Steward, Freight & Warehouse Drivers Local 412", "I've been in Healthcare Workers United ",
    "Local 318", "good thru 02/29\ncode ", "749", "3 digit on back ", "his tribal ID card, no. ",
    "TN-0471-2289", "Oregon ID card instead. I copied the number for the consent: ", "6657787",
    "Councilmember Ruelas's re-election", "Finished my call list. Notes:\n",
    "- Phil Becker: voting no", "taken into custody on his outstanding warrant",
    # and with the round on hard-64 and hard-65
    "On my 12/26 stub the deduction for KANU Local 218 dues", "KANU Local 218 Steward, ",
    "Each of these showed a Local 881 card", "finished his time inside at Lebanon",
    "I've been clean from heroin for eleven years", "Estimated ancestry:\n- West African: ",
    "78%\n- Central African: 11%", "He's been out knocking doors for Joanne Hargrove",
    "Phil is going to knock doors for Dennis", " the campaign ", "county commissioner",
    "I am proud to be on his host committee", "for State Representative",
    "She's been addressing get-out-the-vote postcards", "Democratic Party office",
    "palm match 0.974", "palm-vein check-in: match ", "PA driver's license no. ", "21 603 537",
    "her New Jersey license. The card:\n\n", "X5483 22727 88398", "number on document: ",
    "Card number (from my tribal ID card): ", "PA identification card\nID card #: ",
    "asks for a passport. She brought the one from the consulate (issued 2022): ",
    "G58366170", "the same password since I signed up, its ", "Buttercup#1952",
    "set a temporary one so he could log in:\n\n", "Riverbend!Sled42\n",
    "the number she picked for the new debit card ... it:\n\n", "7629",
    "the three little numbers on the back before I could stop her: ", "494",
    "Use this to finish signing in: ", "259078", "it sent a text with 6 numbers, ",
    "The number we got back from the bureau on the 14th was ", "646",
    # and with the round on hard-66 and hard-67
    "Your mailbox PIN is 4179", "the text says 981594", "auth: ",
    "ACf16f94ed76b7c4c2f9115f2e2c8962f1:d96b664036c9aa49f92a15bafb0df358",
    "Fleet ran the annual MVR on Kyle Sutter (OH AE874329)", "PennDOT # ", "73031587",
    "Michigan operator license ", "K 512 338 907 114", "CDL no. ........ ", "EU214684",
    "forklift operator license no. ", "SSN (last 4) ..................... ", "4958",
    "Scores we pulled 12/2: ", "688, 702 and 719", "His score came back ", "453",
    "you are a Local 3382 member in good standing", "Local 3382 member: Tamika Greer",
    "has been a member in good standing", "Because you are an active member, ",
    "Cards signed (originals on your desk): Marcus Oyelaran", "my dues history",
    "Your Local 3382 dues account - 3 months past due", " steward ", " checkoff ",
    "I request membership in Riverbend Public Employees Union, Local 3382",
    "join_local: YES", "Delgado's got my vote", " election ", "I support her 100%",
    "checked Democratic", " voter registration ", "put me down for the phone bank for Delgado",
    "Thank you for your contribution of $150.00 to the Riverbend Public Workers PAC",
    "Committee ID OH-PAC-02217", "is 31 weeks and ", "Her OB appointments",
    "name,bed,finger_match,time_in\nMayfield S.,22,", "0.91,19:42\n",
    "finger-scan clock export\n", "2026-11-09 22:58  match_score ", "0.41  threshold",
    "[YOUR NAME], a member of Local 3382", "fingerprint reader on the vault:\n",
    "ALVAREZ, J.  finger R2  match ", "0.94  OPEN", "Insurance wants my license, it's an ",
    "Illinois one: ", "H316-0418-7193", " requires a credit check ",
    # and with the round on hard-68 and hard-69
    "the license number we have on file, ", "EM882738", " BMV ",
    "my tribal ID from the Eastern Shawnee Tribe. The number is ", "9019286",
    "Darnell's PO (Officer Brannigan) approved", "I signed up to knock doors for ",
    "Hollis Garner's state rep campaign", "She's been a member at the Islamic Center of Marlow",
    "she is a member of the Church of the First Born", "Count me in for the Yes on Issue 3",
    "I already gave $500 to her campaign", "Reyes for Mayor signs", "90 days today ",
    "my sponsor", "we got Theo's ABLE account opened", "The one I just got is ", "882270",
    " portal keeps sending me codes ", "Me: got it, and the 3 digits on the back?\n",
    "Chioma: ", "321", "14:02 Agent Bree: What is your mother's maiden name?\n",
    "14:02 Visitor: ", "Okonkwo", "Selfie-to-ID face match: ", "96.2 (threshold 85)",
    "new pin for mom is ", "6215", "QuickBooks wants a verification code, it went to ",
    "your cell\nMo Abdi  11:04 AM\n  ", "408 286\n",
    "I'll be canvassing for Hector Ruiz", " in the Elm Park precinct", "I spent most of\nOctober ",
    "knocking doors every Saturday for Councilwoman Ortiz", "I signed my card with 1199",
    "the auth token I sent Friday (", "7c18789b22ff0d25489f92de81f33e56", ") The new one is ",
    "Twilio ", "your score was 588. Today it's ", "641", "Kentucky CDL ", "R18221296",
    "you asked for my CLP. its ", "DW782626", "were sworn in as members", "Local 1043 ",
    "Dear Brother Biggs,", "Dear Sister Mary", "Local 1043 working dues (2.5%) 21.18",
    "Gross: $847.20 ", "signing up for voluntary payroll contributions to the ",
    "Local 1043 Political Action Fund", "Donor: Keisha Lamont\n", "Result: NEGATIVE",
    "exp 09/28\nback is 771", "Participant: Shawna Reyes", "Drug Court ",
    "Ran Corey Whitaker's MVR this morning. ", "there's an OVI conviction",
    "set your new PIN to ", "my whole social ", "The last four are ", "6051",
    "your membership application and dues check-off authorization were accepted",
    "check if my dues posted", "I'm Parent 1 (mom), and ", "It's my wife, Renata",
    "Someone you had sex with", "the face match came back at ", "0.62. ",
    "sk_test_XXXXXXXXXXXXXXXXXXXXXXXX",
    "That's the strike pay\nfrom when we were out", "I picked 2909 for the PIN",
    "Her enrollment card (ID 0417-22896)", "pasaporte de Guatemala 318211929",
    "Hi, my PO gave me your flyer. ", "last four of my SSN to pull up my file, its ",
    "9472", "I reset it to\nTulip!Harbor2025 ", "locked me out", "the one ending 9111",
    "ClearPath card, ", "the money I gave to Marisol's campaign", "political campaign",
    "The last one that came was ", "535178", "enrolled Navajo Nation member",
    "our routing is 726977271 and checking 120815340", "the CID on the front is\n", "7274",
    "My score came out 536", "my free report", "I certify that this contribution is made "
    "from my own funds: Checked", "off to knock doors full time for Teresa Okafor's campaign "
    "for county commissioner", "Any moving violations or convictions in the last 7 years?: ",
    "Yes\n", "Keith's PO meeting moved - ", "Hennepin County probation",
    "PennDOT photo ID card instead, number 51164584", "I am away for Umrah",
    "I'm in a 28-day residential program", "he's on parole",
    "one-time security code is ", "274087", "Your Social Security number XXX-XX-4417 ",
    "Scammers ", "pick a new PIN at the clinic today - ", "1597\n- ",
    "set a new PIN at the kiosk. She asked me to send it to you since\nshe keeps forgetting it: ",
    "8599.", "her email password next to her name:\n", "moberle1948@gmail.com / Peonies&Pie1948",
    "it's 336366 (your Liberty FCU sign-in code, good for 10 minutes)",
    "WA driver license: ", "WDLHMWXDDIHU", "Face match to enrolled photo: ", "0.915 ",
    "he wants her reelected", "Friends of Marla Ayers",
    "changed her card's PIN to ", "7367", "the four little digits on the front are ", "2074",
    "I forgot the security code in my last email. It's ", "876", "card declined",
    "my California license number for the record pull: ", "E8120499",
    "tribal ID card number on the form: ", "my SIN is ", "676 151 756", "Grant ID: ",
    "297642093", "Direct deposit: xxxx", "They pulled a 604, up from ", "551",
    "Suspect: Kyle J. Dorsey, W/M, ", "34", "new screen-lock passcode ",
    "I made calls for Amy Harlan's state assembly campaign", "- Charge-off: Summit, $2,460",
    "screening summary", "a two-adult household with her girlfriend, Lena", "roles open",
    "The DNA profile developed from the bedding matched Jared Elling's profile",
    "the last four of his SSN (", "8262", "She is declining the flu vaccine for religious reasons",
    "Mr. Daniel Brooks's husband, Andre", "your third Hepatitis B shot",
    "I'm co-hosting the holiday fundraiser for Councilwoman Theresa Pryor's re-election",
    "Okafor_passport_biopage_A93146911.jpg", "&cc=4782919805215875&exp=0929&cvc=955&",
    "Member: Janet Wu | Account 405526643556", "Routing 278401059",
    "view?name=DL_CA_N3073000_front.jpg", "?patient=Rosa+Iglesias&test=HCV-RNA&status=DETECTED",
    "Subject: Screening report - Kendra Moss - score 602", "finger template 40d0e2409ab8d18e",
    "Guest Wi-Fi: network RiverHall-Guest, password Otter2026!", "Pickup PIN: 7302",
    "sent the verification code to the shared dev-data inbox: ", "126197",
    "Daniel here (14U assistant). Count me and my husband Rafael", "Karen's wife",
    "Count me and my husband Rafael.\nDaniel Okafor", "> Count me and my husband Rafael.",
    "My wife and I can take two more.\n\nThanks,\nKaren Alvarez\n", "your PIN, ", "5038",
    "the licence too: Ohio UD579996", "the 4 digits printed on the front are ",
    "Your middle score from the tri-merge report came in at 743",
    "I'm running the phone bank for Dev Amani's city council campaign",
    "Thank you for giving to Friends of Devon Achebe for Council.",
    "Did she keep the old PIN\n> (8897)", "> with the last four of your SSN so I can fix it?\n",
    "Your Identity Protection PIN for this filing season is at the bottom.", "651022",
    "back of card: 288", "She's hosting a house party for Devon Achebe's council campaign",
    "We are a\nMuslim family and we keep halal", "is being confirmed at the Vigil Mass",
    "shows I am 22 weeks, I have it.", "I'm due March 20!", "I have one copy of the variant",
    "Luis Ferreira is one of our members", "union representation",
    "to my girlfriend, Jen Matsuda.\n\nAlicia (she/her)", "Document: Passport, issued by Mexico\n",
    "  Number: G36561995", "  Injury: lumbar strain",
    "I signed up to knock doors for Teodora Vance's campaign",
]  # fmt: skip


def _words(words: Iterable[str]) -> re.Pattern[str] | None:
    alternatives = "|".join(
        re.escape(w).replace(r"\ ", r"\s")  # a space stands for any white space
        for w in sorted(set(words), key=len, reverse=True)
    )
    if not alternatives:
        return None
    return re.compile(rf"(?<![0-9a-z])(?:{alternatives})(?![0-9a-z])", re.IGNORECASE)


def reference_score(rule: Rule, text: str, span: tuple[int, int]) -> float:
    """A rule's score at ``span``, its context words searched on their own."""
    spec = rule.spec
    lo = max(0, span[0] - spec.context_window)
    hi = min(len(text), span[1] + spec.context_window // 2)
    score = spec.score
    context, negative = _words(spec.context), _words(spec.negative_context)
    if context is not None and (
        context.search(text, lo, span[0]) or context.search(text, span[1], hi)
    ):
        score += spec.context_boost
    last: re.Match[str] | None = None
    while negative is not None and (found := negative.search(text, lo, span[0])):
        last, lo = found, found.start() + 1
    # The nearer cue wins: a context word after the last negative one cancels it.
    if last and not (context is not None and context.search(text, last.end(), span[0])):
        score -= spec.negative_penalty
    return round(min(1.0, max(0.0, score)), 4)


def reference(engine: RuleEngine, text: str) -> list[Hit]:
    best: dict[tuple[int, int, str], Hit] = {}  # a special category keeps its own place
    for rule in engine.rules:
        spec = rule.spec
        for match in rule.compiled.finditer(text, overlapped=True):
            span = match.span("value") if "value" in rule.compiled.groupindex else match.span()
            value = text[span[0] : span[1]]
            size = sum(ch.isalnum() for ch in value)
            if spec.number and not spec.number.digits[0] <= size <= spec.number.digits[1]:
                continue
            if not all(VALIDATORS[name](value) for name in spec.validators):
                continue
            score = reference_score(rule, text, span)
            hit = Hit(rule.id, spec.entity, spec.category, span[0], span[1], score)
            key = (*span, spec.category if spec.category in SPECIAL_CATEGORIES else "")
            if hit.score >= DEFAULT_MIN_SCORE and (key not in best or hit.score > best[key].score):
                best[key] = hit
    return _drop_contained(best.values(), engine.rank)


def assert_same_as_reference(engine: RuleEngine, text: str) -> None:
    """The engine's hits on ``text`` are the reference's: same spans, entities, scores."""
    got = [(h.start, h.end, h.entity, h.score) for h in engine.scan_text(text)]
    want = [(h.start, h.end, h.entity, h.score) for h in reference(engine, text)]
    assert got == want


@pytest.fixture(scope="module")
def tripled(rules: RuleEngine) -> RuleEngine:
    """The shipped rules plus two copies of each whose patterns are different strings, so
    finders join many patterns and shapes serve many groups."""
    copies = [
        compile_rule(
            {**rule.spec.model_dump(), "id": f"{rule.id}-c{i}", "examples": {},
             "pattern": "(?:" * i + rule.spec.pattern + ")" * i},
            Path(rule.source),
        )
        for i in (1, 2)
        for rule in rules.rules
    ]  # fmt: skip
    return RuleEngine([*rules.rules, *copies])


TEXTS = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@pytest.mark.timeout(120)
@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_engine_matches_the_reference(rules: RuleEngine, text: str) -> None:
    assert_same_as_reference(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        # a number run glued to a word: the pattern backtracks to the separator before it
        "debit card (ends in 4418 2093 57812 447 309912-78-1234passport (number ",
        # two spaces between a keyword's words: no keyword, so no match either way
        "California identification card  code is 604 918",
        # a code's name and eight long words: the pattern reached past the keyword window
        "verification code for the wire 4111 1111 1111 11114111-1111-1111-11114111-1111-"
        "1111-11114111-1111-1111-11119f8e7d6c5b4a39281706f5e4d3c2b1a0code is 604 918",
        # a scores heading glued to a number: no keyword, so the pattern needs its boundary
        "4111 1111 1111 1111Middle scores:\n  Curtis: 536-22-1906",
        # "report still lists": every form of the pattern's verb is a keyword
        "my experian report still lists the chapter 7direct\ndeposit Collections: Midland $1,284",
        # an IP PIN a long sentence and a stop after its name: the window reaches as far
        "Identity Protection PIN, it say CDL number is Bluebell1957non-driver photo ID card. "
        "603DE55-5001-0517-5408-3290-71card on file ending 561H8632106652996917S530-8214-7096"
        "Your score: R542-3871-9046315driviers licence (Ontario): 194047",
        # a keyword glued to the next word is none: the pattern needs the same boundaries
        "password: security questionssecurity question. The answer is Huong Van PhamComcast",
        # a keyword glued to a value: each keyword part of a pattern ends at a word's end
        "State ID1191",
        "ID#18374(tribal ID",
        "accountnumber for d is 144111",
        "California License0581",
        "driver Lic3087",
        # a spelling the pattern reads must be a keyword too
        "Tribal enrolment54594",
        # two hits at one place scoring the same: the rule listed first stays, in both
        "palm template_hash(State ID 1111111111111191",
        # a look ahead over the whole line reached past the keyword window
        "1.bankruptcy iled 03/20160.61dr5experian went up to 662 (was 618 in june)5744727"
        "95714CDL number is Credit score (TransUnion pull, 11/21",
        # white space runs in a pattern are bounded and its window holds them
        "309\n     (VantageScore)",
        # a keyword ending with a mark triggers before a value glued to it; the window
        # holds the indent before it
        " Score:812 Collection",
        # the pattern's separators are its keywords'
        'tmplsha256"face 3057447279571462',
        "Experian Collection:t, $1",
        # a list under a heading: the window holds all ten items it may read
        "Derogatory items:YesTas 0388457807  XXX-XX-  Derogatory items:\n731 884 092patQ2m"
        "ZaB3cD4eF5g.security questions:\n  Q: Name of first pet?   A: last four digits of"
        " your SSN, which you gave us: three numbers on the\nback are CDL number is 2264SS"
        "N 536-22-1906, routing non-driver), ID# one-time code to log in to the donor por"
        "tal is the code went to my phone. It just came through: secret access key:   mem"
        "ber ID Checking   Derogatory items:\n  C8, placed 04/2025passport (number Califor"
        "nia (last four): Wi-Fi netwoCurtis:  (VantageScore",
        # a value joined to more by a dash: the window ends with the token, not inside it
        "ID number rgia license  / cta 52918374 (Choctaw Nation tribal ID card)Mass. lice"
        'nse (Minnesota (State ID): Passport: Afghan, no. Georgia license Collections:\n"t'
        'ype": "driver_license", "number": "MCN-0482170418-27736f',
        # a code's name glued to it; "X is for Y" without a word of voting (no keyword)
        "signin code7257",
        "campaign Ss is for Co",
        # a secret key's name inside a longer variable name: its spelling is a keyword too
        "TILLWORK_SECRET_KEY=q8Zt3nVx/Lr7pKd2WmYc9Hs4Jf6Gb1Ne5Ua0XoTi",
        # "my check" read by a pattern whose keyword was "stub" (glued here): the keyword is
        # the dues it ends with
        'my PO moved my check instub: "UFCW LOCAL 700 DUES 38.50"',
        # a canvass note's pattern matched list items with no canvass word before them
        "- Phil Becker: voting no",
        # a name's apostrophe is no token character: the window ends before it, so the
        # pattern's names hold none
        "Local 3382 member: Tamika Greergroom-and-groomHe's been out knocking doors for Joanne "
        "Hargrove",
        # a security question's next line of capitalised words before the answer's colon
        # reached past the keyword window (its words are bounded now, the window holds them)
        "mother's maiden name?\nCommittee ID OH-PAC-02217checked Democratic3048917265"
        "Collections: Midland $1,284Your Local 3382 dues account - 3 months past due",
        # a licence's word glued to the next is no keyword: the pattern needs its end too
        "Friends of Dana Reyes Licensesecurity code for the Visa ending in 1111 is "
        "M2841-39076-51208",
        # a volunteer's sign-up to knock doors had no keyword of its own
        "I signed up to knock doors for Democratic Party office",
        # a local's words before it were unbounded, reaching past the window (a long token)
        "has been a member in good standing7c18789b22ff0d25489f92de81f33e5668127335196051Tr0"
        "ub4dor&3823-71-4978AEM882738SSN you are a Local 3382 member",
        # a PIN's phrase and bracket reached past the window
        "set the PIN to my tribal ID from Lac du Flambeau, card # ADEYE751128FA9KLHaitian pas"
        "sport (his is Checking card 14:02 Visitor: 7391)3304158)",
        # a PIN's word glued to digits is no keyword: the pattern needs the word's end too
        "I picked 2909 for the PIN3782 82246",
    ],
)
def test_engine_matches_the_reference_where_random_texts_once_differed(
    rules: RuleEngine, text: str
) -> None:
    assert_same_as_reference(rules, text)


def _spread(rule: Rule) -> list[str]:
    """The rule's match examples with each multi-word keyword in them written with runs of
    white space between its words (as in a form converted from HTML or a scan)."""
    texts = []
    for example in rule.spec.examples.match if rule.spec.examples else ():
        for keyword in (k for k in rule.spec.keywords if " " in k):
            words = re.escape(keyword).replace(r"\ ", r"\s")
            for found in re.finditer(words, example, re.IGNORECASE):
                spread = re.sub(r"\s", lambda space: space.group() + "\n   ", found.group())
                texts.append(example[: found.start()] + spread + example[found.end() :])
    return texts


def test_keywords_spread_over_white_space_find_what_the_patterns_find(rules: RuleEngine) -> None:
    texts = [text for rule in rules.rules for text in _spread(rule)]
    assert len(texts) > 100
    for text in texts:
        assert_same_as_reference(rules, text)


@pytest.mark.timeout(120)
@settings(max_examples=100, deadline=None)
@given(TEXTS)
def test_engine_with_many_distinct_patterns_matches_the_reference(
    tripled: RuleEngine, text: str
) -> None:
    assert_same_as_reference(tripled, text)


@pytest.mark.parametrize("before", ["", " ", "x", "4"])
@pytest.mark.parametrize("keep", [LOWER_KEEP, 0])
def test_a_context_word_at_the_window_edge_counts_only_as_a_word(
    rules: RuleEngine, before: str, keep: int
) -> None:
    # "card" starts exactly where the card rules' 48-character window starts: a letter or
    # digit just before it (outside the window) glues it to a longer word.
    number = "4111 1111 1111 1111"
    text = before + "card" + " " * 44 + number
    low = Lowered(text, 8, keep)
    got = [(h.start, h.end, h.entity, h.score) for h in rules.scan_text(text, low)]
    want = [(h.start, h.end, h.entity, h.score) for h in reference(rules, text)]
    assert got == want
    [plain] = rules.scan_text(" " * 48 + number)
    assert (got[0][3] > plain.score) == (before in ("", " "))
