"""Alerts for strong matches (desktop, ntfy, webhook), the digest and its e-mail.

What leaves the machine is only each job's title, company, rating and link: alerts are
built from ``AlertItem`` values, which hold nothing else.
"""
