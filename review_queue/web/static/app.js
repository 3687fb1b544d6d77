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
