"""Seat inquiries (förfrågan om plats): one municipality asks another about places in a measure.

An inquiry carries no personal data about the participant; it is a question about a place, not a
referral. Both sides follow it at `/hantera/forfragningar/`, are e-mailed at every step, and every
change is recorded (the timeline of events and django-simple-history).
"""
