"""The SMTP proxy: receive, scan, decide, then relay, hold, reject or temp-fail."""
