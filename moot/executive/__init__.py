"""Executive arrangements: decisions taken outside committee meetings.

The cabinet, a single cabinet member (a portfolio holder) or an officer under delegated
powers takes many of a council's decisions. The Local Authorities (Executive Arrangements)
(Meetings and Access to Information) (England) Regulations 2012 say how they are announced
in advance (the forward plan of key decisions), recorded (decision notices), published and
when they may be implemented (call-in). See docs/executive.md.
"""
