"""The back office: the clerk's screens. A way in: views call the write services in
``moot.meetings.services`` and never write tables themselves."""
