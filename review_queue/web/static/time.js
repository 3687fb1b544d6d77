// mailguard review UI: times in the reader's own time zone.
// The server writes <time datetime="2026-01-02T03:04:05Z" data-style="minute"
// title="2026-01-02 03:04 UTC">2026-01-02 03:04 UTC</time>; this shows the same moment in
// the browser's time zone with its abbreviation, laid out the same way, and leaves the UTC
// text as the title. An element marked data-local="title" shows something else (a
// relative age such as "3h", which stays): its title becomes the local time instead.
// Loaded as a same-origin file (the CSP forbids inline script); without it the UTC text
// stays.
"use strict";

// The fields each data-style shows (review_queue/web/pages.py TIME_STYLES).
const TIME_FIELDS = {
  clock: ["hour", "minute", "second"],
  minute: ["year", "month", "day", "hour", "minute"],
  second: ["year", "month", "day", "hour", "minute", "second"],
};

function localTime(moment, fields) {
  const options = { hourCycle: "h23", timeZoneName: "short" };
  for (const field of fields) {
    options[field] = field === "year" ? "numeric" : "2-digit";
  }
  const parts = {};
  for (const part of new Intl.DateTimeFormat(undefined, options).formatToParts(moment)) {
    parts[part.type] = part.value;
  }
  const date = fields.includes("day") ? `${parts.year}-${parts.month}-${parts.day} ` : "";
  const clock = fields.filter((f) => ["hour", "minute", "second"].includes(f));
  return `${date}${clock.map((f) => parts[f]).join(":")} ${parts.timeZoneName}`;
}

for (const element of document.querySelectorAll("time[datetime][data-style]")) {
  const moment = new Date(element.dateTime);
  const fields = TIME_FIELDS[element.dataset.style];
  if (fields && !Number.isNaN(moment.getTime())) {
    if (element.dataset.local === "title") {
      element.title = localTime(moment, fields);
    } else {
      element.textContent = localTime(moment, fields);
    }
  }
}
