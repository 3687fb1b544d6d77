// mailguard review UI: keyboard shortcuts, bulk select, one submission per form.
// Loaded as a same-origin file (the CSP forbids inline script); the UI works without it.
"use strict";

// Radio buttons and checkboxes take no text: shortcuts keep working after a label is chosen.
const NOT_TYPED = ["radio", "checkbox", "submit", "button"];

function typing(target) {
  if (!(target instanceof HTMLElement)) {
    return false;
  }
  if (target instanceof HTMLInputElement) {
    return !NOT_TYPED.includes(target.type);
  }
  return target.isContentEditable || ["TEXTAREA", "SELECT"].includes(target.tagName);
}

// A key press clicks the visible element declaring it: <button data-key="r">.
document.addEventListener("keydown", (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) {
    return;
  }
  const target = document.querySelector(`[data-key="${CSS.escape(event.key)}"]`);
  if (target instanceof HTMLElement) {
    event.preventDefault();
    if (target.tagName === "INPUT" && target.type !== "submit") {
      target.focus();
    } else {
      target.click();
    }
  }
});

// "Select all" checkbox for bulk actions.
document.addEventListener("change", (event) => {
  const box = event.target;
  if (box instanceof HTMLInputElement && box.dataset.selectAll !== undefined) {
    for (const item of document.querySelectorAll('input[name="ids"]')) {
      item.checked = box.checked;
    }
  }
});

// A second press of a decision button while the first is in flight sends nothing
// (the server records one decision regardless; this only spares a round trip).
document.addEventListener("submit", (event) => {
  const form = event.target;
  if (form instanceof HTMLFormElement && form.method.toLowerCase() === "post") {
    if (form.dataset.submitted) {
      event.preventDefault();
    } else {
      form.dataset.submitted = "1";
    }
  }
});

// Leaving an item page without a decision (Back, a link, closing the tab) gives its lease
// back, as Esc does, so a colleague can take the item at once. Not once a form was sent
// (a decision, a reveal): those need the lease. A reload's new view renews the lease
// before this page is gone; shown_until makes the server keep a lease renewed since.
window.addEventListener("pagehide", () => {
  const form = document.querySelector("form[data-item]");
  if (!(form instanceof HTMLFormElement) || document.querySelector("form[data-submitted]")) {
    return;
  }
  const csrf = form.elements.namedItem("csrf_token");
  navigator.sendBeacon(
    `${form.dataset.item}/unclaim`,
    new URLSearchParams({
      csrf_token: csrf instanceof HTMLInputElement ? csrf.value : "",
      shown_until: form.dataset.shownUntil,
      beacon: "true",
    }),
  );
});

// Back or forward to a page kept in the browser's back/forward cache: an item page shows a
// lease given back when it was left, so open the item again (which claims it anew); other
// pages get their forms usable again.
window.addEventListener("pageshow", (event) => {
  if (!event.persisted) {
    return;
  }
  const item = document.querySelector("form[data-item]");
  if (item instanceof HTMLFormElement) {
    location.replace(item.dataset.reopen || item.dataset.item); // reopen keeps the queue to return to
    return;
  }
  for (const form of document.querySelectorAll("form[data-submitted]")) {
    delete form.dataset.submitted;
  }
});
