"""E-mail rules without a network or a database: templates, outgoing messages and their
threading headers, reading incoming messages (numbers, auto-replies, quoted text, signatures,
attachments), satisfaction ratings and the retry schedule.

The transport (SMTP, IMAP) lives in :mod:`deskapp.mail`; what a message does to the desk in
:mod:`deskapp.services.mail_out` and :mod:`deskapp.services.mail_in`.
"""
