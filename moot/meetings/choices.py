"""Every vocabulary of the domain, in one place (statuses, roles, kinds, restriction bases)."""

from django.db import models


class Jurisdiction(models.TextChoices):
    ENGLAND = "england", "England"
    WALES = "wales", "Wales"
    OTHER = "other", "Outside the Local Government Act 1972 Part VA"


class MembershipRole(models.TextChoices):
    CHAIR = "chair", "Chair"
    VICE_CHAIR = "vice_chair", "Vice-chair"
    MEMBER = "member", "Member"
    SUBSTITUTE = "substitute", "Substitute"
    CO_OPTEE = "co_optee", "Co-opted member"
    PARTNER = "partner", "Partner representative"
    ADVISER = "adviser", "Adviser"


class MeetingStatus(models.TextChoices):
    SCHEDULED = "scheduled", "Scheduled"
    POSTPONED = "postponed", "Postponed"
    CANCELLED = "cancelled", "Cancelled"
    HELD = "held", "Held"


class MinutesState(models.TextChoices):
    NONE = "none", "No minutes yet"
    DRAFT = "draft", "Draft minutes"
    APPROVED = "approved", "Approved minutes"


class ItemKind(models.TextChoices):
    EVACUATION = "evacuation", "Evacuation procedure"
    APOLOGIES = "apologies", "Apologies for absence"
    DECLARATIONS = "declarations", "Declarations of interest"
    MINUTES = "minutes", "Minutes of the previous meeting"
    MATTERS_ARISING = "matters_arising", "Matters arising and actions"
    EXCLUSION = "exclusion", "Exclusion of the press and public"
    AOB = "aob", "Any other business"
    NEXT_MEETING = "next_meeting", "Date of the next meeting"
    DECISION = "decision", "Report for decision"
    INFORMATION = "information", "Report for information"
    VERBAL = "verbal", "Verbal update"
    URGENT = "urgent", "Urgent item"
    OTHER = "other", "Other business"

    @classmethod
    def procedural(cls) -> set[str]:
        return {
            cls.EVACUATION,
            cls.APOLOGIES,
            cls.DECLARATIONS,
            cls.MINUTES,
            cls.MATTERS_ARISING,
            cls.EXCLUSION,
            cls.AOB,
            cls.NEXT_MEETING,
        }


class Restriction(models.TextChoices):
    """Why an item or a document is kept from the public."""

    NONE = "", "Public"
    EXEMPT = "exempt", "Exempt information (Schedule 12A)"
    CONFIDENTIAL = "confidential", "Confidential information (s.100A(3))"
    RESTRICTED = "restricted", "Restricted for another stated reason"


class DecisionKind(models.TextChoices):
    AGREED = "agreed", "Agreed"
    RESOLVED = "resolved", "Resolved"
    RECOMMENDED = "recommended", "Recommended"
    ORDERED = "ordered", "Ordered"
    NOTED = "noted", "Noted"
    DECIDED = "decided", "Decided"
    OTHER = "other", "Other"


class DocumentKind(models.TextChoices):
    REPORT = "report", "Report"
    APPENDIX = "appendix", "Appendix"
    MINUTES = "minutes", "Minutes"
    AGENDA = "agenda", "Agenda front sheet"
    PACK = "pack", "Reports pack"
    SUPPLEMENT = "supplement", "Supplementary pack"
    PRESENTATION = "presentation", "Presentation"
    OTHER = "other", "Other document"


class AttendanceStatus(models.TextChoices):
    INVITED = "invited", "Expected"
    PRESENT = "present", "Present"
    APOLOGIES = "apologies", "Apologies"
    ABSENT = "absent", "Absent"
    SUBSTITUTE = "substitute", "Substitute"
    IN_ATTENDANCE = "in_attendance", "In attendance"


class InterestKind(models.TextChoices):
    DPI = "dpi", "Disclosable pecuniary interest"
    OTHER_REGISTRABLE = "ori", "Other registrable interest"
    NON_REGISTRABLE = "nri", "Non-registrable interest"
    PERSONAL = "personal", "Personal interest"
    PREJUDICIAL = "prejudicial", "Personal and prejudicial interest"
    OTHER = "other", "Other interest"


class ActionStatus(models.TextChoices):
    OPEN = "open", "Open"
    DONE = "done", "Completed"
    DROPPED = "dropped", "No longer needed"


# Schedule 12A, Part 1 (England). Wales uses its own longer list (Part 4), added when needed.
EXEMPT_PARAGRAPHS = {
    Jurisdiction.ENGLAND: {
        1: "Information relating to any individual",
        2: "Information which is likely to reveal the identity of an individual",
        3: "Information relating to the financial or business affairs of any particular person "
        "(including the authority holding that information)",
        4: "Information relating to any consultations or negotiations, or contemplated "
        "consultations or negotiations, in connection with any labour relations matter",
        5: "Information in respect of which a claim to legal professional privilege could be "
        "maintained in legal proceedings",
        6: "Information which reveals that the authority proposes to give a notice imposing "
        "requirements, or to make an order or direction, under any enactment",
        7: "Information relating to any action taken or to be taken in connection with the "
        "prevention, investigation or prosecution of crime",
    },
}
