"""E-mail transport: SMTP out, IMAP in, and the worker that runs both against the desk.

No Qt here: ``deskapp-admin mail run`` uses it on a server, the app on a single-user desk.
"""
