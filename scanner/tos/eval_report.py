"""Markdown for the evaluation report (docs/eval-tos.md) and the model card."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from scanner.tos.artifact import LinearModel
from scanner.tos.corpus import TEST_GROUPS, TRAIN_GROUPS
from scanner.tos.evaluation import (
    FPR_TARGETS,
    Curve,
    Evaluation,
    brier,
    confusion,
    recall_at_fpr,
    reliability,
)
from scanner.tos.features import feature_index
from scanner.tos.footers import GROUP as FOOTER_GROUP
from scanner.tos.selection import (
    FAIRNESS_PER_LANGUAGE,
    FOOTER_SHARES,
    MULTILINGUAL_GRID,
    PARTIAL_AUC_FPR,
    SELECT_FPR,
    VALIDATION_SYNTHETIC,
    Score,
    Selection,
)
from scanner.tos.spamassassin import SpamAssassinRun

STRIPPED = """\
- the mbox `From ` separator line;
- receiving-side headers: `Received`, `Delivered-To`, `X-Original-To`, `Envelope-To`,
  `X-Envelope-*`, `Delivery-Date`, `Return-Path`;
- spam-filter headers: `X-Spam*`, `X-*SpamCheck`, `X-SpamCop-*`, `X-Spamadvice`, `X-Razor*`,
  `X-Pyzor*`;
- mail-client state: `Status`, `X-Status`, `X-Keywords`, `X-UID`, `X-UIDL`, `X-IMAPbase`,
  `X-Mozilla-Status*`, `X-PMFLAGS`, `X-SLUIDL`, and fetchmail's `X-Delivery-Agent`;
- stamps of relays and receiving servers: virus and content scanners (`*MailScanner*`,
  `X-Virus-Scanned`, `X-Virus-Checked`, `X-AntiVirus*`, `X-Scanned-By`, `X-*-Scanned`,
  `X-UVScan-Result`), sendmail's `X-Authentication-Warning` and `X-MIME-Autoconverted`,
  `X-Lookup-Warning`, `iPlanet-SMTP-Warning`, and envelope copies (`X-Delivered-To`,
  `X-Rcpt-To`, `X-Originally-To`, `X-Received`, `Received-Date`);
- what list servers add, which outbound mail at submission does not carry: `List-*`,
  `Precedence`, `Sender`, `Errors-To`, `X-Beenthere`, `X-Mailman-Version`, `X-Loop`,
  `Mailing-List`, `X-Mailing-List`, `X-List-*`, `X-Egroups-*`, `X-Yahoo-*`,
  `X-Apparently-To`, `X-Original-Sender`, `X-Original-Date`, `X-Unsubscription-Info`,
  `X-Acceptable-Languages`, and a `[list-tag]` at the start of the Subject;
- every address or host name in the collector's domains (`taint.org`, `netnoteinc.com`,
  `slashnull.org`, `jmason.org`), in headers and bodies, replaced by `recipient@example.org`
  or `example.org`;
- list-server footers appended to bodies: Mailman's `listinfo` block, the Yahoo! Groups
  sponsor/terms block and Majordomo's "To unsubscribe, send mail to majordomo@... with
  "unsubscribe LIST" in the body" lines.

Features use only headers a sender's own client writes (see Features)."""

FEATURES = """\
Hashed (MurmurHash3 into 2^20 columns, no vocabulary shipped), log1p counts, L2-normalised,
columns seen in fewer than 2 training messages dropped. Token families: subject words and
shape (caps, `!`, `$`); From display-name words, From TLD, X-Mailer/User-Agent words,
top-level Content-Type and charset, priority headers,
missing Date/MIME-Version/Reply-To/Cc, recipient-count bucket, undisclosed recipients; body
words (plain, HTML-rendered, attachment text) and hidden-HTML words; segment kinds,
HTML-only vs with plain alternative, body length and capitals buckets; link count, link
text like "click here", empty link text, mailto and non-http links, link text whose domain
differs from the href's; URL registrable domains, TLDs, IP-literal hosts, userinfo, path
words, URL and distinct-domain count buckets; attachment extension, sniffed type, declared
type, encryption; MIME defects. Not used, because they describe the sending system or the
year rather than the content: Message-ID (ESPs generate it) and http vs https (the 2002
corpus predates https everywhere)."""


PROTOCOL = """\
Every setting was chosen on validation data carved from the training groups
({train}) only; the held-out groups ({test}) are used for no choice, only to score the
final model.

- **Validation split**: each training group is ordered by the time the corpus collector
  received each message (the date of the topmost `Received` header, else `Delivery-Date`,
  else `Date`; read before those headers are stripped, and never a feature) and cut into 5
  consecutive time blocks. Each block is scored by a model trained on the other four; the
  pooled scores are the validation result. Synthetic ham is added on the training side; the
  validation ham also holds {fresh} fresh synthetic nonprofit messages (another seed, never
  trained on, a fifth scored with each block), because outbound newsletters are the
  product's main ham and the corpus has almost none: without them the choice could not see
  that a model trained without synthetic ham holds compliant newsletters.
- **Chosen on validation** (`scanner eval --validation`, docs/eval-tos-validation.md), by
  recall at FPR 0.5% of classifier + rules, a tie going to the earlier (simpler) candidate,
  in three rounds, rerun whole for each model. The first is a coordinate search from the v2
  settings (hinge loss, C=300, 200 synthetic messages, which v2 chose on this protocol with
  a full logistic/hinge and C grid), one setting at a time:
  1. how the rules combine with the classifier: the YAML weights added after Platt
     scaling, or rule weights fitted jointly with the Platt scaling on the training side's
     out-of-fold margins, pulled towards the YAML weights with strength 10, 1, 0.1 or 0.01
     and kept within 0..20 (a rule never lowers the score; one that never fires keeps its
     YAML weight);
  2. optional token families (`scanner/tos/families.py`): header names, top-level
     Content-Transfer-Encoding, subject character 4-grams, URL structure (subdomain labels,
     port, query, escapes, `~`, long numbers, length), From local-part shape and domain,
     body word bigrams; each added alone, then together those that helped alone;
  3. C (100, 300, 1000), a tie going to the smaller C (stronger regularisation);
  4. the amount of synthetic nonprofit ham (200, 400), a tie going to the smaller.

  The second round starts from the first's choice and tries a grid: synthetic non-English
  nonprofit ham on the training side ({multilingual} messages, 800 added for v6; German,
  Spanish, French, Japanese and Chinese newsletters, appeals, receipts and invitations in
  UTF-8, ISO-8859-1, ISO-2022-JP and GB2312, `scanner/tos/synthetic.py`), without and with
  character bigrams of runs of unspaced scripts (CJK, Thai...; the `unspaced-bigrams`
  family: the base word pattern turns such a run into one long unique "word", so the
  model cannot otherwise learn CJK content). No language or script feature is used: it
  would teach "not English = spam".

  The third starts from the second's choice and adds to the training side copies of
  {footer} of its spam wearing the synthetic ham's compliant footer (`List-Unsubscribe`
  headers, an unsubscribe and a `/preferences` link, a postal address;
  `scanner/tos/footers.py`): only the synthetic ham has that footer, so without copies its
  tokens are learned as evidence of ham, and spam that adds it scores lower. Mail sent
  through the provider is bulk mail that must carry such a footer, so this is the evasion
  that matters most here. This round chooses by robustness within the noise of recall: of
  the candidates whose recall at FPR 0.5% is within one binomial standard error of the
  best (about 1.1 points on 500 validation spam), the one that catches the most footer
  copies; a tie goes to the smaller share.
- **Footer robustness**: every candidate also scores a copy of each validation spam with
  that footer added, at the cut where its pooled validation scores flag 0.5% of the
  validation ham; the share still caught shows how much a spammer gains by adding the
  footer (the third round's criterion; reported for every candidate).
- **Fairness check**: every candidate also scores a held-apart set of synthetic nonprofit
  mail, {fair} messages in each of English, German, Spanish, French, Japanese and Chinese,
  from organisations and paragraphs that no training side holds (another seed; a fifth
  scored with each block), at the cut where its pooled validation scores flag 0.5% of the
  validation ham. In the second and third rounds a candidate that flags any language more
  often than English (no tolerance) is not chosen; if none passes, none is. The first round did not
  apply the check; its rows show it for reference.
- **Fixed before validation, not tuned**: the base feature set, `min_df` 2, balanced
  class weights, the rule logic and its YAML weights (the prior of any fitted weight), and
  Platt calibration (fitted on 5-fold out-of-fold margins of whatever the model is trained
  on).
- **Final model**: trained on all training groups with the chosen settings
  (`scanner train`)."""


NOTE_ON_CANDIDATES = (
    "The token families and ways of fitting rule weights of the first round were first tried "
    "in scratch runs on this same validation data (never on the held-out groups) before the "
    "search was written down: the families alone and the three that helped together, and "
    "rule weights fitted afterwards on the pooled validation scores (unbounded or "
    "non-negative, several prior strengths, a plain logistic stack; scored block by block). "
    "None scored better than the first round's choice. The second round's grid, the phrase "
    "banks and the fairness set were written before any of its candidates was scored and "
    "not changed after; the grid was run once before this report as a dry run of the code "
    "(same candidates and data). For v6, scratch runs of the v5 settings on this validation "
    "data listed the missed validation spam; what that led to was fixed before this report "
    "and is not a setting: the `TOS_UNSOLICITED_AD_LABEL` rule (subjects labelled as "
    "unsolicited advertising, `ADV:` or 未承諾広告※; YAML weight 3.0, not tuned), Majordomo "
    "list footers stripped as corpus artefacts, the Spanish unsubscribe pattern no longer "
    'matching "dado de baja", and MIME alternatives of unspaced scripts compared '
    "character by character. Scratch runs also tried 200, 400, 600 and 800 multilingual "
    "messages with the bigrams before 800 was added to the grid. A first full run of the "
    "protocol with these changes chose the header-names family; among the header names "
    "that told spam from ham were stamps of relays and receiving servers (`X-MailScanner` "
    "on 8% of the ham and no spam, `X-Virus-Scanned`, `X-Authentication-Warning`), so "
    "those were stripped as corpus artefacts as well and the protocol was run again (v6). "
    "For v7 the `header-names` family no longer makes tokens of header names that the "
    "corpus stripping removes (`List-*`, `Precedence`, `Sender`, `Received`...), in any "
    "message: v6's weights had `List-Unsubscribe` and `List-Unsubscribe-Post`, which only "
    "the synthetic ham carries, among the strongest evidence of ham, so spam could lower "
    "its score by adding them. The defect was found in v6's weights (its top features), "
    "not in validation or held-out numbers; nothing else changed, and the protocol was "
    "rerun whole. The third round (footer copies of spam) and the footer-robustness column "
    "were added after v7's scoring, to measure the template weakness its model card names; "
    "its grid was run twice before this report, as a scratch run from v7's settings and "
    "as a full run of the protocol, on this validation data (never on the held-out "
    "groups). In both, recall alone chose no copies (93.6% against 93.2% with copies of "
    "25% of the spam, two validation spam apart), while the copies raised the footer "
    "copies caught from 86.3% to 93.6%; the round's criterion (robustness within one "
    "standard error of the best recall) was written after seeing that, and is disclosed "
    "as such. This report is the whole protocol rerun with it."
)

NOTE_ON_FAIRNESS = (
    "What the fairness set can and cannot show: its messages come from organisations and "
    "body paragraphs that no training side holds, but they share each language's greeting, "
    "footer wording, subject lines, event and activity phrases and layouts with the "
    "synthetic ham that is trained on. A candidate trained on multilingual ham has seen "
    "that template, as every candidate has seen the English one: passing shows that the "
    "languages are treated alike given the same kind of training evidence, not how real "
    "non-English mail from other senders fares."
)

HISTORY = """\
No setting of any model was chosen on the held-out groups, but each time they are scored the
numbers are seen, so every scoring is listed here. This report is the **twelfth** scoring:

1. v1 (logistic loss, C=30, 400 synthetic messages; settings from an earlier protocol):
   recall 96.6% at FPR 0.5%, ROC AUC 0.9987 (classifier + rules).
2. v2 (hinge loss, C=300, 200 synthetic messages; chosen on the time-block validation):
   recall 96.1% at FPR 0.5%, ROC AUC 0.9984. The change from v1 came from a product test (a
   compliant HTML-only newsletter scored just under the hold threshold), not from the
   held-out numbers, which went down.
3. v3: rule combination, token families, C and synthetic amount chosen on the same
   validation protocol (docs/eval-tos-validation.md) before its scoring: recall 96.4% at
   FPR 0.5%, ROC AUC 0.9981. Its misses were mostly Japanese, Chinese and German spam.
4. v4: v3's settings plus 200 synthetic non-English nonprofit messages on the training
   side, chosen in the validation protocol's second round with its fairness check before its
   scoring. Its validation recall at FPR 0.5% is lower than v3's (92.6% against 93.6%); it
   was chosen because v3, at its validation cut, flagged 47-88% of held-apart German,
   Spanish, French, Japanese and Chinese nonprofit mail and none of the English. Held out:
   recall 96.3% at FPR 0.5%, ROC AUC 0.9981.
5. v5: v4's settings, retrained because the bulk-compliance rules' unsubscribe wording and
   postal-address lists (`rules/tos/bulk.yaml`) were localised; no setting was chosen (the
   validation rerun with the new lists chose v4's settings again). Held out: recall 96.4% at
   FPR 0.5%, ROC AUC 0.9981.
6. v6: settings chosen by a rerun of the whole validation protocol after
   changes fixed before it: relay and receiving-server stamps (`X-MailScanner`,
   `X-Virus-Scanned`, `X-Authentication-Warning`...) and Majordomo footers stripped as
   corpus artefacts; the `TOS_UNSOLICITED_AD_LABEL` rule; MIME alternatives of unspaced
   scripts compared character by character; the Spanish unsubscribe pattern no longer
   matching "dado de baja"; 800 multilingual messages added to the second round's grid.
   The first round now chose header names + Content-Transfer-Encoding + URL structure
   (v3-v5: URL structure alone) and C=100, 400 synthetic messages; the second, 200
   multilingual messages without the bigrams. Validation recall at FPR 0.5%: 94.8% (v5's
   settings on the same data in a scratch run: 93.2%). The changes came from validation
   misses, but earlier scorings had said that the held-out misses were mostly Japanese,
   Chinese and German spam (3. above), which pointed there; nothing was checked against the
   held-out groups before this scoring. Held out: recall 97.2% at FPR 0.5%, ROC AUC 0.9985.
7. v7: the `header-names` family no longer makes tokens of header names that
   the corpus stripping removes (`List-*`, `Precedence`, `Sender`...), in any message. The
   change was motivated by a robustness defect seen in v6's weights, not by held-out
   numbers: `List-Unsubscribe` and `List-Unsubscribe-Post`, which only the synthetic ham
   carries, were learned as strong evidence of ham (-1.71 each), so spam could lower its
   score by adding them. The whole validation protocol was rerun with no other change. In
   the first round header names + Content-Transfer-Encoding + URL structure now tied with
   URL structure alone (93.8%) and the tie went to URL structure alone, with C=100 and 400
   synthetic messages; the second round chose 400 multilingual messages with the
   unspaced-script bigrams. Validation recall at FPR 0.5%: 93.6% (v6's run: 94.8%, with the
   defective family). Held out: recall 96.3% at FPR 0.5%, ROC AUC 0.9983.
8. v8: v7's settings plus copies of 25% of the training spam wearing the
   synthetic ham's compliant footer, chosen by the validation protocol's new third round
   (`scanner/tos/footers.py`). Motivated by the template weakness that v7's model card
   names, measured on validation only: at its validation cut v7 caught 93.6% of the
   validation spam but 86.3% of the same spam with the footer added; with the copies,
   93.2% and 93.6%. Mail sent through the provider must carry such a footer, so a model
   that reads it as evidence of ham is easy to evade here. Recall alone would have kept v7
   (the third round's criterion was written after its scratch run, see
   docs/eval-tos-validation.md). Held out: recall 96.4% at FPR 0.5%, ROC AUC 0.9984.
9. v8 again, the same model file with changed rule lists, for defects a
   review found on crafted nonprofit mail: more unsubscribe wording ("update your email
   preferences", "stop receiving these emails"; Swedish, Polish, Russian, Korean), "opt
   out" only as words ("adopt out" is not), unsubscribe wording and postal addresses
   counted in visible text only, and "confirm your email" no longer a credential phrase
   (every double opt-in says it). The fitted rule weights were not refitted. Held out:
   recall 96.4% at FPR 0.5%, ROC AUC 0.9984.
10. v8 again, the same model file and weights. `TOS_LINK_TEXT_DOMAIN_MISMATCH`
   no longer fires when the link goes to the sender's own domain, when the text shows the
   sender's own domain, or through a click-tracking service (`click_tracking_domains`), and
   the default policy holds it whatever the score (a bank-statement phish scored 0.65 and
   passed). Its fitted weight is 0, so no score changes: only its row of the rule table
   does. The exclusions came from crafted nonprofit mail and the training ham it fired on
   (hard-ham-1 newsletters with their own redirectors); its firing counts were looked at
   on every group, the held-out ones included (spam-2: 18, easy-ham-2: 0), before this
   scoring. Also new since the ninth: the MIME decoder reads base64 data after a padding
   `=` (a client may show it; Python's decoder stops there), which four held-out spam
   messages and no training message carry, and limits on hostile MIME that no corpus
   message reaches; so the classifier's scores of those four moved a little. Held out:
   recall 96.4% at FPR 0.5%, ROC AUC 0.9984.
11. v8 again, the same model file and weights: a review found that
   `TOS_LINK_TEXT_DOMAIN_MISMATCH` skipped any link whose text showed the From domain, so a
   forged "From: security@paypal.com" with a "www.paypal.com" link to a third site passed.
   That exemption is gone; donation, event and form platforms were added to the trusted
   targets instead (a nonprofit shows its own address and links to its Give Lively page).
   Its fitted weight is 0: only its row of the rule table can change (corpus firings looked
   at on every group before this scoring: spam-2 19, easy-ham-2 0).
12. v8 again (this report), the same model file and weights, not refitted (as in 9.): a
   plain-text footer that gives an address to write to ("To unsubscribe, send an email to
   news-leave@...") now counts as unsubscribe instructions, as a link did; a compliant
   nonprofit list without links had fired `TOS_BULK_NO_UNSUBSCRIBE_LINK`. Such mail also
   counts as bulk now. Corpus firings looked at on every group before this scoring:
   `TOS_BULK_NO_UNSUBSCRIBE_LINK` spam-1 32 -> 31, spam-2 110 and easy-ham-2 2 unchanged;
   `TOS_BULK_NO_LIST_UNSUBSCRIBE` spam-2 451 -> 460, easy-ham-2 47 -> 48;
   `TOS_BULK_NO_POSTAL_ADDRESS` spam-2 395 -> 402, easy-ham-2 39 -> 40."""


_LOSSES = {
    "log": "logistic loss (scikit-learn `LogisticRegression`, liblinear)",
    "hinge": "hinge loss, i.e. a linear SVM (scikit-learn `LinearSVC`, liblinear)",
}


@dataclass(frozen=True)
class ReportInputs:
    """What a report is about."""

    model: LinearModel
    digest: str
    date: str
    evaluation: Evaluation
    spamassassin: SpamAssassinRun | None
    sa_curve: Curve | None
    hold_threshold: float


def eval_markdown(inputs: ReportInputs) -> str:
    """The full evaluation report."""
    ev = inputs.evaluation
    labels = ev.labels
    lines = [
        "# ToS classifier evaluation",
        "",
        f"Generated by `scanner eval` (`make eval`) on {inputs.date}. Model "
        f"`{inputs.model.version}` (sha256 `{inputs.digest}`). Test set: corpus groups "
        f"{', '.join(TEST_GROUPS)} — {int(labels.sum())} spam, {int((1 - labels).sum())} ham, "
        f"none of it seen in training ({', '.join(TRAIN_GROUPS)} and synthetic nonprofit "
        "ham).",
        "",
        "## How the settings were chosen",
        "",
        _protocol(),
        "",
        "## How often the held-out set has been scored",
        "",
        HISTORY,
        "",
        "## Ranking and recall at fixed false-positive rates",
        "",
        _curve_table(_curves(inputs)),
        "",
        "Recall at FPR x% is the share of spam caught at the strictest score cut that flags at "
        "most x% of ham (the FPR actually reached is in brackets). msgs/s is single-threaded "
        "parse + score for mailguard; wall-clock through spamd with 2 children for "
        "SpamAssassin.",
        "",
    ]
    lines += _spamassassin_section(inputs)
    lines += _confusion_section(inputs)
    lines += _reliability_section(ev)
    lines += ["## Top features", "", _features_table(inputs.model.meta), ""]
    lines += ["## Rules on the test set", "", _rules_table(ev), ""]
    lines += [_rules_note(inputs.model), ""]
    lines += [
        f"Per-message cost (parse + features + rules, one core): "
        f"{ev.seconds_per_message * 1000:.2f} ms.",
        "",
    ]
    return "\n".join(lines)


def model_card(inputs: ReportInputs) -> str:
    """The model card committed beside the artifact."""
    model = inputs.model
    trained: dict[str, Any] = model.meta.get("trained", {})
    params = trained.get("params", {})
    libraries = trained.get("libraries", {})
    curves = _curves(inputs)
    lines = [
        f"# Model card: ToS classifier `{model.version}`",
        "",
        f"- **File**: `tos-{model.version}.zip`, sha256 `{inputs.digest}` (also in "
        f"`tos-{model.version}.zip.sha256`; the loader refuses a file that does not match).",
        f"- **Card generated**: {inputs.date} by `scanner eval --model-card`.",
        "- **Purpose**: score outbound mail for Terms-of-Service violations (spam, phishing, "
        "scams); `scores.tos` in verdicts, held at `[policy] tos_hold_threshold`.",
        f"- **Model**: L2-regularised linear model, {_LOSSES.get(params.get('loss'), '?')} "
        f"(C={params.get('C')}, class_weight={params.get('class_weight')}) over hashed "
        "features; Platt scaling (sigmoid) fitted on "
        f"{params.get('folds')}-fold out-of-fold decision values of the training set "
        f"(fold seed {params.get('seed')}). {_rule_weights_sentence(model)}",
        "- **Format**: zip of `meta.json` + `indices.npy`/`coef.npy` (numpy, loaded with "
        "`allow_pickle=False`); no pickle.",
        f"- **Libraries**: {', '.join(f'{k} {v}' for k, v in libraries.items())}.",
        "",
        "## Data",
        "",
        f"Apache SpamAssassin public corpus (2002–2003, PDDL 1.0 / CC0 1.0), "
        f"`{trained.get('sources', {}).get('corpus', '?')}`. Training: groups "
        f"{_groups(trained.get('groups', {}))} — {trained.get('spam')} spam, "
        f"{trained.get('ham')} ham (sha256 of training data "
        f"`{str(trained.get('data_sha256', ''))[:16]}…`). Test: {', '.join(TEST_GROUPS)} "
        "(newer mail, never trained on). Other sources: "
        f"{_sources(trained.get('sources', {}))}.",
        "",
        "### Stripped before feature extraction",
        "",
        STRIPPED,
        "",
        "## Features",
        "",
        FEATURES,
        "",
        "Optional token families (`scanner/tos/families.py`) this model also uses: "
        f"{', '.join(f'`{f}`' for f in model.families) or 'none'}.",
        "",
        "## What was chosen on what",
        "",
        _protocol(),
        "",
        "## Metrics on the held-out groups",
        "",
        _curve_table(curves),
        "",
        "Full report with confusion matrices, reliability table, top features and rules: "
        "`docs/eval-tos.md`.",
        "",
        "## Limits and caveats",
        "",
        "- Training mail is inbound, English-dominated and 20 years old; outbound nonprofit "
        "mail (newsletters, appeals, receipts) looks different. Expect drift; retrain with "
        "reviewer labels (`scanner train --labels`).",
        "- Calibration is to the training class balance "
        f"({trained.get('spam')} spam : {trained.get('ham')} ham); the test set is about "
        "50/50 and real outbound traffic has far less spam, so the probability of a flagged "
        "message being spam is lower in production than the score suggests.",
        _rule_caveat(model),
        "- Registrable domains use a built-in approximation of the Public Suffix List.",
        "- The SpamAssassin row is SpamAssassin without its network tests (DNSBL, URIBL, "
        "Razor, Pyzor), without Bayes and without Received headers (stripped as artefacts): "
        "a lower bound of what a deployed SpamAssassin does, not its best.",
        "- Synthetic nonprofit ham (`scanner/tos/synthetic.py`, written for this project, same "
        "licence as the code) is template text: it teaches that compliant HTML newsletters "
        "are not spam, but its organisations' domains and phrasing are learned too. Its "
        "German, Spanish, French, Japanese and Chinese part (`synthetic-multilingual-ham` "
        "above, when listed) keeps such mail from being flagged more than English on a "
        "held-apart synthetic set (fairness table in `docs/eval-tos-validation.md`); real "
        "mail in those or other languages, with other wording, was not measured.",
        "- The bulk-compliance rules (`rules/tos/bulk.yaml`) know unsubscribe wording in "
        "English, German, Spanish, French, Italian, Portuguese, Dutch, Swedish, Polish, "
        "Russian, Japanese, Chinese and Korean (visible text only: hidden text does not "
        "count), "
        "and postal addresses written with a street word and house number or a postcode "
        "label or shape (US, Canada, UK, German-speaking countries, France, Belgium, Spain, "
        "Mexico, Italy, Portugal, Brazil, the Netherlands, Japan, China, Taiwan, Hong "
        "Kong): in other languages, or for an address written otherwise, "
        "`TOS_BULK_NO_UNSUBSCRIBE_LINK` and `TOS_BULK_NO_POSTAL_ADDRESS` fire on compliant "
        "newsletters and are listed as their reasons. Italian, Portuguese, Dutch, Swedish, "
        "Polish, Russian and Korean wording is tested on crafted messages only; the training "
        "data has none.",
        *_family_caveat(model),
        *_template_caveat(model),
        "- `TOS_UNSOLICITED_AD_LABEL` knows two legal labels for unsolicited advertising, "
        "`ADV:` at the start of a subject (US state laws before CAN-SPAM) and Japan's "
        "未承諾広告※; other countries' labels (Korea's (광고), for one) are not listed, and "
        "mail that carries neither is left to the classifier.",
        "- The corpus package replaced bytes that were not valid text: 8-bit subjects and "
        "bodies in legacy charsets without MIME encoding (Chinese, Korean, Thai and some "
        "Japanese spam among them; in the training groups 84 of the 500 spam and 175 of the "
        "2,750 ham messages hold some) arrive as replacement characters, so their content "
        "cannot be learned or scored there; real mail keeps those bytes.",
        "",
    ]
    return "\n".join(lines)


def validation_markdown(selection: Selection, date: str) -> str:
    """The report of ``scanner eval --validation``: every candidate and the choice."""
    blocks = selection.blocks
    spam = sum(e.spam for block in blocks for e in block)
    ham = sum(len(block) for block in blocks) - spam
    targets = " | ".join(f"recall @ FPR {f:.1%}" for f in FPR_TARGETS)
    rows = [
        f"| candidate | ROC AUC | partial AUC (FPR ≤ {PARTIAL_AUC_FPR:.0%}) | {targets} "
        f"| classifier only @ FPR {SELECT_FPR:.1%} | footer copies caught |",
        "|---|---:|---:|" + "---:|" * (len(FPR_TARGETS) + 2),
    ]
    rows += [_score_row(score, score is selection.chosen) for score in selection.scores]
    sizes = ", ".join(
        f"{len(block)} ({sum(e.spam for e in block)} spam)" for block in selection.blocks
    )
    fair_total = sum(selection.fairness_set.values())
    return "\n".join(
        [
            "# ToS classifier: choosing the settings on validation",
            "",
            f"Generated by `scanner eval --validation` (`make eval`) on {date}. Data: training "
            f"groups {', '.join(TRAIN_GROUPS)} only ({spam} spam, {ham} ham, of which "
            f"{VALIDATION_SYNTHETIC} fresh synthetic), and {fair_total} held-apart synthetic "
            "messages for the fairness check; the held-out groups "
            f"{', '.join(TEST_GROUPS)} are not read.",
            "",
            _protocol(),
            "",
            f"Time blocks, oldest first (messages): {sizes}.",
            "",
            "## Candidates (pooled out-of-block scores, classifier + rules)",
            "",
            *rows,
            "",
            _choice(selection),
            "",
            "## Fairness: held-apart nonprofit mail flagged, per language",
            "",
            *_fairness_rows(selection),
            "",
            f"Each cell: messages flagged / messages, at the cut (log-odds, classifier + rules) "
            f"where the candidate's pooled validation scores flag at most {SELECT_FPR:.1%} of "
            "the validation ham. A candidate passes when no language is flagged more often "
            "than English.",
            "",
            NOTE_ON_FAIRNESS,
            "",
            NOTE_ON_CANDIDATES,
            "",
        ]
    )


def _choice(selection: Selection) -> str:
    first = (
        f"First round's choice: {selection.first.candidate.label}; the "
        "second round starts from it. "
    )
    if selection.second is not None:
        first += (
            f"Second round's choice: {selection.second.candidate.label}; the third round "
            "starts from it. "
        )
    if selection.chosen is None:
        return first + (
            "**Chosen**: none. No candidate of the last round run passed the fairness check."
        )
    return first + (
        f"**Chosen**: {selection.chosen.candidate.label} (row in bold). Recall at FPR x% is "
        "the share of validation spam caught at the strictest cut that flags at most x% of "
        "validation ham."
    )


def _fairness_rows(selection: Selection) -> list[str]:
    languages = list(selection.fairness_set)
    rows = [
        f"| candidate | cut | {' | '.join(languages)} | passes |",
        "|---|---:|" + "---:|" * len(languages) + "---|",
    ]
    for score in selection.scores:
        f = score.fairness
        name = score.candidate.label
        name = f"**{name}**" if score is selection.chosen else name
        cells = " | ".join(f"{f.flagged[code]}/{f.total[code]}" for code in languages)
        verdict = "yes" if f.fair else f"no ({', '.join(f.worse)})"
        rows.append(f"| {name} | {f.threshold:.2f} | {cells} | {verdict} |")
    return rows


def _rule_weights_sentence(model: LinearModel) -> str:
    if model.rule_weights is None:
        return "Rule weights from `rules/tos/*.yaml` are added in log-odds after calibration."
    strength = model.meta.get("trained", {}).get("params", {}).get("rule_strength")
    fitted = ", ".join(f"`{name}` {w:+.2f}" for name, w in sorted(model.rule_weights.items()))
    return (
        "Rule weights (log-odds, added to the calibrated classifier) were fitted jointly with "
        "the Platt scaling on the same out-of-fold values, pulled towards the "
        f"`rules/tos/*.yaml` weights with strength {strength} and kept within 0..20, so a "
        "rule never lowers the score and one the training data never fires keeps its YAML "
        f"weight: {fitted}."
    )


def _rules_note(model: LinearModel) -> str:
    if model.rule_weights is None:
        return (
            "Weights are the YAML ones. Bulk-mail compliance rules have small weights: "
            "missing compliance elements alone do not reach the hold threshold, they tip "
            "borderline mail over it."
        )
    return (
        "Weights are the model's fitted rule weights (see the model card); a rule with "
        "weight 0 still fires and is listed as a reason, and the policy can act on it by name."
    )


def _family_caveat(model: LinearModel) -> list[str]:
    if "header-names" not in model.families:
        return []
    return [
        "- The `header-names` tokens say which headers a message has, leaving out, in "
        "training and scoring alike, every header the corpus stripping removes (above: "
        "`List-*`, `Precedence`, `Sender`...): the corpus never carries them, so only the "
        "synthetic ham could teach their weight (v6 learned `List-Unsubscribe` and "
        "`List-Unsubscribe-Post`, which every synthetic newsletter has, as strong evidence "
        "of ham, so spam that added them scored lower). The headers the synthetic ham "
        "shares with the corpus (`From`, `To`, `Subject`, `Date`, `Message-ID`, "
        "`MIME-Version`, `Content-Type`, `Content-Transfer-Encoding`) still make tokens."
    ]


# Tokens that the synthetic ham's template has and the training corpus' ham (almost) never
# has (document frequency in the training groups' ham: 0% `up:preferences`, 4%
# `b:preferences`, 9% `b:unsubscribe` against 15% of the spam, 0% `cte:base64`; in 400
# English and 200 multilingual synthetic messages 82%, 56%, 67%, 9%). They are kept: real
# newsletters have them too, and the corpus stripping does not remove them.
TEMPLATE_TOKENS = {
    "up:preferences": "a `/preferences` link",
    "b:preferences": 'the word "preferences"',
    "b:unsubscribe": 'the word "unsubscribe"',
    "cte:base64": "a base64 top-level transfer encoding",
}


def _template_caveat(model: LinearModel) -> list[str]:
    """Which synthetic-template tokens this model weights towards ham, with the weights."""
    columns = dict(zip(model.indices.tolist(), model.coef.tolist(), strict=True))
    families = set(model.families)
    learned = [
        (token, what, columns.get(feature_index(token), 0.0))
        for token, what in TEMPLATE_TOKENS.items()
        if not token.startswith("cte:") or "transfer-encoding" in families
    ]
    ham = [f"{what} (`{token}` {weight:+.2f})" for token, what, weight in learned if weight < 0]
    copies = model.meta.get("trained", {}).get("groups", {}).get(FOOTER_GROUP, 0)
    measured = (
        " How much spam gains by adding the synthetic ham's footer is measured on "
        "validation (footer copies caught, `docs/eval-tos-validation.md`)."
    )
    if copies:
        trained = (
            f"- Training adds {copies} copies of corpus spam wearing the synthetic ham's "
            "compliant footer (`scanner/tos/footers.py`), so that its unsubscribe link, "
            "preferences link, postal address and `List-Unsubscribe` headers are not "
            "evidence of ham by themselves."
        )
        left = f" Ham weights still learned: {', '.join(ham)}." if ham else ""
        return [trained + left + measured]
    if not ham:
        return []
    return [
        "- Some ham weights are learned mostly from the synthetic ham's template, which has "
        "them far more often than the training corpus' ham or spam: "
        f"{', '.join(ham)}. Spam that copies them scores lower for it. Unlike the `List-*` "
        "headers the corpus stripping does not remove them, and real newsletters have them "
        "too, so they stay features." + measured
    ]


def _rule_caveat(model: LinearModel) -> str:
    if model.rule_weights is None:
        return (
            "- Rule weights are policy, not fitted to the corpus. Compare the classifier-only "
            "and classifier + rules columns of `docs/eval-tos-validation.md`: the "
            "bulk-compliance rules fire on the corpus' legitimate newsletters too, whose "
            "`List-*` headers are stripped as artefacts."
        )
    return (
        "- Rule weights were fitted on the corpus, whose `List-*` headers are stripped as "
        "artefacts: rules about a missing `List-Unsubscribe` fire on its legitimate "
        "newsletters too, so the fit gives them little or no weight, although for real "
        "outbound bulk mail a missing `List-Unsubscribe` is a compliance failure. Such rules "
        "still fire and are listed as reasons; to act on them regardless of the score, map "
        "them in the policy (`rules: {RULE: {action}}`). Rules that never fire in the training "
        "data keep their YAML weights, untested by it; rules with weight 0 (above) fired on "
        "the training ham too often to add evidence beyond the classifier's, which says "
        "nothing of their value on mail unlike the corpus."
    )


def _protocol() -> str:
    return PROTOCOL.format(
        train=", ".join(TRAIN_GROUPS),
        test=", ".join(TEST_GROUPS),
        fresh=VALIDATION_SYNTHETIC,
        multilingual=", ".join(str(n) for n in MULTILINGUAL_GRID),
        footer=", ".join(f"{share:.0%}" for share in FOOTER_SHARES),
        fair=FAIRNESS_PER_LANGUAGE,
    )


def _score_row(score: Score, chosen: bool) -> str:
    name = f"**{score.candidate.label}**" if chosen else score.candidate.label
    recalls = " | ".join(f"{r:.1%}" for r in score.recall)
    model_only = score.recall_model[FPR_TARGETS.index(SELECT_FPR)]
    caught, copies = score.footer_caught
    footer = f"{caught / copies:.1%} ({caught}/{copies})" if copies else "-"
    return (
        f"| {name} | {score.auc:.4f} | {score.partial_auc:.4f} | {recalls} | {model_only:.1%} "
        f"| {footer} |"
    )


def _curves(inputs: ReportInputs) -> list[Curve]:
    curves = list(inputs.evaluation.curves)
    if inputs.sa_curve is not None:
        curves.append(inputs.sa_curve)
    return curves


def _curve_table(curves: Sequence[Curve]) -> str:
    header = (
        "| scorer | ROC AUC | recall @ FPR 0.1% | recall @ FPR 0.5% | recall @ FPR 1% | msgs/s |"
    )
    rows = [header, "|---|---:|---:|---:|---:|---:|"]
    for c in curves:
        cells = [f"{o.recall:.1%} ({o.fpr:.2%})" for o in c.operating]
        rows.append(
            f"| {c.name} | {c.auc:.4f} | {' | '.join(cells)} | {c.messages_per_second:.0f} |"
        )
    return "\n".join(rows)


def _spamassassin_section(inputs: ReportInputs) -> list[str]:
    run = inputs.spamassassin
    if run is None:
        return ["SpamAssassin was not run (`scanner eval --spamassassin`).", ""]
    ev = inputs.evaluation
    scores = np.array(run.scores)
    sa = confusion(ev.labels, scores, run.threshold)
    sa_fpr = sa["fp"] / max(sa["fp"] + sa["tn"], 1)
    sa_recall = sa["tp"] / max(sa["tp"] + sa["fn"], 1)
    ours = recall_at_fpr(ev.labels, ev.final_probability, sa_fpr)
    ours_model = recall_at_fpr(ev.labels, ev.model_probability, sa_fpr)
    return [
        f"## SpamAssassin {run.version} at its own threshold",
        "",
        f"spamd `-L -x`, Bayes off, 2 children, same messages (artefacts stripped). At its "
        f"default `required_score` {run.threshold:g}: recall {sa_recall:.1%} at FPR "
        f"{sa_fpr:.2%} ({sa['fp']} ham flagged). At the same FPR mailguard reaches recall "
        f"{ours:.1%} (classifier + rules) and {ours_model:.1%} (classifier only). "
        f"SpamAssassin scored {len(scores)} messages in {run.seconds:.0f}s.",
        "",
    ]


def _confusion_section(inputs: ReportInputs) -> list[str]:
    ev = inputs.evaluation
    rows = ["## Confusion matrices (classifier + rules)", ""]
    rows.append(
        "| cut | spam flagged (TP) | spam missed (FN) | ham flagged (FP) | ham passed (TN) |"
    )
    rows.append("|---|---:|---:|---:|---:|")
    final = next(c for c in ev.curves if "rules" in c.name)
    cuts = [(f"policy hold threshold {inputs.hold_threshold:g}", inputs.hold_threshold)]
    cuts += [
        (f"score ≥ {o.threshold:.4f} (FPR ≤ {o.fpr_target:.1%})", o.threshold)
        for o in final.operating
    ]
    for name, threshold in cuts:
        m = confusion(ev.labels, ev.final_probability, threshold)
        rows.append(f"| {name} | {m['tp']} | {m['fn']} | {m['fp']} | {m['tn']} |")
    return [*rows, ""]


def _reliability_section(ev: Evaluation) -> list[str]:
    rows = [
        "## Calibration (reliability table)",
        "",
        "Calibration: Platt scaling (a sigmoid of the linear margin) fitted on out-of-fold "
        "decision values of the training set, so probabilities assume the training class "
        f"balance; rules add log-odds on top. Test spam share: {ev.labels.mean():.1%}.",
        "",
    ]
    for title, scores in (
        ("classifier only", ev.model_probability),
        ("classifier + rules", ev.final_probability),
    ):
        rows += [
            f"{title} — Brier score {brier(ev.labels, scores):.4f}",
            "",
            "| score bin | messages | mean predicted | observed spam share |",
            "|---|---:|---:|---:|",
        ]
        rows += [
            f"| {b} | {n} | {p:.3f} | {o:.3f} |" for b, n, p, o in reliability(ev.labels, scores)
        ]
        rows.append("")
    return rows


def _features_table(meta: dict[str, Any]) -> str:
    top = meta.get("top_features", {})
    spam, ham = top.get("spam", []), top.get("ham", [])
    rows = ["| towards spam | weight | towards ham | weight |", "|---|---:|---|---:|"]
    for (s_name, s_weight), (h_name, h_weight) in zip(spam[:20], ham[:20], strict=False):
        rows.append(f"| `{s_name}` | {s_weight:+.2f} | `{h_name}` | {h_weight:+.2f} |")
    return "\n".join(rows)


def _rules_table(ev: Evaluation) -> str:
    spam_total = int(ev.labels.sum())
    ham_total = int(len(ev.labels) - spam_total)
    rows = ["| rule | weight | fired on spam | fired on ham |", "|---|---:|---:|---:|"]
    for r in ev.rules:
        rows.append(
            f"| `{r.name}` | {r.weight:+.2f} | {r.spam} ({r.spam / max(spam_total, 1):.1%}) | "
            f"{r.ham} ({r.ham / max(ham_total, 1):.1%}) |"
        )
    return "\n".join(rows)


def _groups(groups: dict[str, int]) -> str:
    return ", ".join(f"{name} ({count})" for name, count in groups.items())


def _sources(sources: dict[str, str]) -> str:
    extra = [f"{k} ({v})" for k, v in sources.items() if k != "corpus"]
    return ", ".join(extra) or "none"
